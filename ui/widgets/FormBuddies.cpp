#include "widgets/FormBuddies.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace {

bool takesInput(const QWidget* widget)
{
    if (const auto* edit = qobject_cast<const QTextEdit*>(widget))
        return !edit->isReadOnly();
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QPlainTextEdit*>(widget)
        || qobject_cast<const QAbstractButton*>(widget);
}

// The first input among the widgets of layout and its inner layouts, in their order.
QWidget* inputInLayout(QLayout* layout)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        QWidget* found = nullptr;
        if (item->widget())
            found = FormBuddies::inputIn(item->widget());
        else if (item->layout())
            found = inputInLayout(item->layout());
        if (found)
            return found;
    }
    return nullptr;
}

} // namespace

QWidget* FormBuddies::inputIn(QWidget* field)
{
    if (!field)
        return nullptr;
    if (takesInput(field))
        return field;
    // Children in the order they were made, which is the order of the field's layout here.
    const QList<QWidget*> children = field->findChildren<QWidget*>();
    for (QWidget* child : children) {
        // A combo box's own line edit and the like are named through their owner.
        if (takesInput(child) && !qobject_cast<QComboBox*>(child->parentWidget())
            && !qobject_cast<QAbstractSpinBox*>(child->parentWidget()))
            return child;
    }
    return nullptr;
}

QString FormBuddies::plainName(const QString& labelText)
{
    QString text = Qt::mightBeRichText(labelText)
        ? QTextDocumentFragment::fromHtml(labelText).toPlainText()
        : labelText;
    // «&&» is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    text = text.trimmed();
    while (text.endsWith(u'*') || text.endsWith(u':'))
        text = text.chopped(1).trimmed();
    return text;
}

void FormBuddies::bind(QLabel* label, QWidget* field)
{
    QWidget* input = inputIn(field);
    if (!label || !input)
        return;
    label->setBuddy(input);
    if (input->accessibleName().isEmpty())
        input->setAccessibleName(plainName(label->text()));
}

void FormBuddies::bind(QFormLayout* form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        if (!labelItem || !fieldItem)
            continue;
        auto* label = qobject_cast<QLabel*>(labelItem->widget());
        if (!label || label->text().isEmpty())
            continue;
        if (fieldItem->widget()) {
            bind(label, fieldItem->widget());
        } else if (QWidget* input =
                       fieldItem->layout() ? inputInLayout(fieldItem->layout()) : nullptr) {
            bind(label, input);
        }
    }
}
