#include "login/RegistrationField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

RegistrationField::RegistrationField(QWidget* input, const QString& rule, QWidget* parent)
    : QWidget(parent)
    , m_input(input)
    , m_rule(new QLabel(rule, this))
    , m_message(new QLabel(this))
{
    m_input->setParent(this);
    m_rule->setObjectName(QStringLiteral("rule"));
    m_rule->setWordWrap(true);
    m_rule->setFixedWidth(260);
    m_rule->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_input);
    column->addWidget(m_message);
    // The rule beside may be taller than the input: the message stays right under the input.
    column->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(column, 1);
    layout->addSpacing(10);
    layout->addWidget(m_rule, 0, Qt::AlignTop);
    // A field without a rule keeps the column's width, so that the inputs line up.
    if (rule.isEmpty()) {
        QSizePolicy keepWidth = m_rule->sizePolicy();
        keepWidth.setRetainSizeWhenHidden(true);
        m_rule->setSizePolicy(keepWidth);
        m_rule->hide();
    }
}

QString RegistrationField::rule() const
{
    return m_rule->text();
}

QString RegistrationField::message() const
{
    return m_message->text();
}

void RegistrationField::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    const bool marked = !text.isEmpty();
    if (marked == m_marked)
        return;
    m_marked = marked;
    // The page's style sheet frames invalid line edits in red; a property change needs a re-polish.
    const QList<QLineEdit*> edits = findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        edit->setProperty("invalid", marked);
        edit->style()->unpolish(edit);
        edit->style()->polish(edit);
    }
}
