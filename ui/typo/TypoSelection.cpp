#include "typo/TypoSelection.h"

#include "protocol/TypoReportRules.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace {

const char screenProperty[] = "typoScreen";

// QTextCursor::selectedText() separates paragraphs with U+2029 and lines with U+2028.
QString plainSelection(QString text)
{
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    text.replace(QChar::Nbsp, u' ');
    return text;
}

// The text as the label shows it, so that its selection's position is a position in it.
QString labelPlainText(const QLabel* label)
{
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QString snakeCase(const QString& name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isUpper()) {
            if (!key.isEmpty() && !key.endsWith(u'_'))
                key += u'_';
            key += c.toLower();
        } else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-'
                   || c == u'_') {
            key += c;
        } else if (!key.isEmpty() && !key.endsWith(u'_')) {
            key += u'_';
        }
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    return key.left(TypoReportRules::maxScreenLength);
}

const QWidget* screenOf(const QWidget* widget)
{
    for (const QWidget* ancestor = widget; ancestor; ancestor = ancestor->parentWidget()) {
        if (ancestor->property(screenProperty).isValid())
            return ancestor;
        if (ancestor->objectName().endsWith(QStringLiteral("Page")))
            return ancestor;
        if (ancestor->isWindow())
            return ancestor;
    }
    return widget;
}

// The selected cells in visual order: columns by tabs, rows by newlines; context: the whole rows.
std::optional<TypoSelection> ofItemView(const QAbstractItemView* view)
{
    if (!view->selectionModel())
        return std::nullopt;
    QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return std::nullopt;
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex& a, const QModelIndex& b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    const QAbstractItemModel* model = view->model();
    QStringList rows;
    QStringList contextRows;
    int lastRow = -1;
    for (const QModelIndex& index : std::as_const(indexes)) {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (index.row() != lastRow) {
            rows.append(text);
            QStringList cells;
            for (int column = 0; column < model->columnCount(index.parent()); ++column)
                cells.append(model->index(index.row(), column, index.parent())
                                 .data(Qt::DisplayRole)
                                 .toString());
            contextRows.append(cells.join(u" | "));
            lastRow = index.row();
        } else {
            rows.last() += u'\t' + text;
        }
    }
    TypoSelection found;
    found.selection = rows.join(u'\n');
    found.context = TypoSelection::contextAround(contextRows.join(u'\n'), 0, 0);
    if (found.selection.trimmed().isEmpty())
        return std::nullopt;
    return found;
}

} // namespace

bool TypoSelection::isEditable(const QWidget* widget)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return !line->isReadOnly();
    if (const auto* edit = qobject_cast<const QTextEdit*>(widget))
        return !edit->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return !plain->isReadOnly();
    if (qobject_cast<const QAbstractSpinBox*>(widget))
        return true;
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return combo->isEditable();
    return false;
}

bool TypoSelection::isSelectableText(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->textInteractionFlags() & Qt::TextSelectableByMouse;
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return line->isReadOnly() && line->echoMode() == QLineEdit::Normal;
    if (const auto* edit = qobject_cast<const QTextEdit*>(widget))
        return edit->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return plain->isReadOnly();
    return qobject_cast<const QAbstractItemView*>(widget) != nullptr;
}

std::optional<TypoSelection> TypoSelection::of(const QWidget* widget)
{
    if (!widget || isEditable(widget) || !isSelectableText(widget))
        return std::nullopt;
    std::optional<TypoSelection> found;
    QString text;
    qsizetype start = -1;
    if (const auto* label = qobject_cast<const QLabel*>(widget)) {
        if (!label->hasSelectedText())
            return std::nullopt;
        found = TypoSelection {};
        found->selection = plainSelection(label->selectedText());
        text = labelPlainText(label);
        start = label->selectionStart();
    } else if (const auto* line = qobject_cast<const QLineEdit*>(widget)) {
        if (!line->hasSelectedText())
            return std::nullopt;
        found = TypoSelection {};
        found->selection = line->selectedText();
        text = line->text();
        start = line->selectionStart();
    } else if (const auto* edit = qobject_cast<const QTextEdit*>(widget)) {
        const QTextCursor cursor = edit->textCursor();
        if (!cursor.hasSelection())
            return std::nullopt;
        found = TypoSelection {};
        found->selection = plainSelection(cursor.selectedText());
        text = plainSelection(edit->document()->toPlainText());
        start = cursor.selectionStart();
    } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget)) {
        const QTextCursor cursor = plain->textCursor();
        if (!cursor.hasSelection())
            return std::nullopt;
        found = TypoSelection {};
        found->selection = plainSelection(cursor.selectedText());
        text = plainSelection(plain->document()->toPlainText());
        start = cursor.selectionStart();
    } else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
        found = ofItemView(view);
    }
    if (!found || found->selection.isEmpty())
        return std::nullopt;
    if (!text.isNull()) {
        // Positions may not match the text exactly (rich text, odd characters): the selection
        // itself then finds its place.
        if (start < 0 || text.mid(start, found->selection.size()) != found->selection)
            start = text.indexOf(found->selection);
        found->context = start < 0 ? contextAround(text, 0, 0)
                                   : contextAround(text, start, found->selection.size());
    }
    found->screenKey = screenKeyOf(widget);
    found->screenTitle = screenTitleOf(widget);
    return found;
}

QString TypoSelection::contextAround(const QString& text, qsizetype start, qsizetype length)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    length = std::clamp<qsizetype>(length, 0, text.size() - start);
    qsizetype from = std::max<qsizetype>(0, start - contextRadius);
    qsizetype to = std::min<qsizetype>(text.size(), start + length + contextRadius);
    // The cuts move inwards to the nearest space, so that no word is cut, but never into the
    // selection.
    if (from > 0) {
        const qsizetype space = text.indexOf(u' ', from);
        if (space >= 0 && space < start)
            from = space + 1;
    }
    if (to < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', to - 1);
        if (space >= start + length)
            to = space;
    }
    QString context = text.mid(from, to - from);
    if (from > 0)
        context.prepend(u'…');
    if (to < text.size())
        context.append(u'…');
    // Only a selection longer than the limit gives so much, and that is refused anyway.
    if (TypoReportRules::length(context) > TypoReportRules::maxContextLength) {
        context.truncate(TypoReportRules::maxContextLength - 1);
        if (!context.isEmpty() && context.back().isHighSurrogate())
            context.chop(1);
        context.append(u'…');
    }
    return context;
}

QString TypoSelection::screenKeyOf(const QWidget* widget)
{
    const QWidget* screen = screenOf(widget);
    if (!screen)
        return {};
    const QVariant property = screen->property(screenProperty);
    QString name = property.isValid() ? property.toString() : screen->objectName();
    if (!property.isValid() && name.endsWith(QStringLiteral("Page")))
        name.chop(4);
    const QString key = snakeCase(name);
    return TypoReportRules::isScreenKey(key) ? key : QString();
}

QString TypoSelection::screenTitleOf(const QWidget* widget)
{
    const QWidget* screen = screenOf(widget);
    if (!screen)
        return {};
    if (const auto* title = screen->findChild<QLabel*>(QStringLiteral("pageTitle")))
        return title->text();
    return screen->window()->windowTitle();
}
