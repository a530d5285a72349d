#include "ScreenChecks.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabBar>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ScreenChecks {

namespace {

QString rectText(const QRect& rect)
{
    return u"%1×%2 at (%3, %4)"_s.arg(rect.width()).arg(rect.height()).arg(rect.x()).arg(rect.y());
}

QString textOf(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->text();
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
        return edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    return {};
}

QString shortText(const QWidget* widget)
{
    QString text = textOf(widget).simplified();
    if (text.size() > 40)
        text = text.left(37) + u"…"_s;
    return text.isEmpty() ? QString() : u" «"_s + text + u"»"_s;
}

// The height widget's text needs at its present width.
int neededHeight(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget)) {
        if (label->wordWrap() || label->hasHeightForWidth())
            return label->heightForWidth(label->width());
    }
    return widget->sizeHint().height();
}

// Laid out by a scroll area: may leave the area's viewport, which scrolls to it.
bool isScrolledContent(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    return parent && qobject_cast<const QAbstractScrollArea*>(parent->parentWidget())
        && static_cast<const QAbstractScrollArea*>(parent->parentWidget())->viewport() == parent;
}

// The part of widget's rectangle the chain of its parents up to window leaves uncovered.
QStringList clipsOf(const QWidget* widget, const QWidget* window)
{
    QStringList clips;
    QRect rect = widget->rect();
    for (const QWidget* child = widget; child != window && child->parentWidget();
         child = child->parentWidget()) {
        if (isScrolledContent(child))
            break;
        const QWidget* parent = child->parentWidget();
        rect.translate(child->pos());
        if (!parent->rect().contains(rect))
            clips.append(u"cut by "_s + describe(parent) + u": "_s + rectText(rect) + u" in "_s
                         + rectText(parent->rect()));
        rect = rect.intersected(parent->rect());
        if (parent == window)
            break;
    }
    return clips;
}

bool isTextWidget(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return !label->text().trimmed().isEmpty();
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget);
}

bool isFocusStop(const QWidget* widget)
{
    return widget->isVisible() && widget->isEnabled()
        && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy()
        && !isPartOfCompound(widget);
}

bool isInput(const QWidget* widget)
{
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QAbstractButton*>(widget)
        || qobject_cast<const QAbstractScrollArea*>(widget);
}

QRect geometryIn(const QWidget* widget, const QWidget* root)
{
    return QRect(widget->mapTo(root, QPoint(0, 0)), widget->size());
}

// Whether b comes before a when reading root: b on an earlier line, or on the same line further
// left. A jump up into a column that starts right of a is reading on, not back.
bool readsBefore(const QRect& b, const QRect& a)
{
    const bool sameLine = b.center().y() >= a.top() && b.center().y() <= a.bottom();
    if (sameLine || (a.center().y() >= b.top() && a.center().y() <= b.bottom()))
        return b.left() < a.left();
    return b.bottom() < a.top() && b.left() < a.right();
}

QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

QString describe(const QWidget* widget)
{
    QString path = QString::fromLatin1(widget->metaObject()->className()) + u' '
        + (widget->objectName().isEmpty() ? u"(no object name)"_s : widget->objectName())
        + shortText(widget);
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_"_s)) {
            path += u" in "_s + parent->objectName();
            break;
        }
    }
    return path;
}

bool isPartOfCompound(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)
            || qobject_cast<const QAbstractItemView*>(parent)
            || qobject_cast<const QScrollBar*>(parent) || qobject_cast<const QTabBar*>(parent))
            return true;
    }
    return widget->objectName().startsWith(u"qt_"_s);
}

QStringList cutTextOf(QWidget* window)
{
    QStringList problems;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisible() || !isTextWidget(widget) || isPartOfCompound(widget))
            continue;
        const int needed = neededHeight(widget);
        if (widget->height() < needed)
            problems.append(u"too low: "_s + describe(widget) + u": "_s
                            + QString::number(widget->height()) + u" of "_s
                            + QString::number(needed));
        const auto* label = qobject_cast<const QLabel*>(widget);
        const bool wraps = label && label->wordWrap();
        if (!wraps && widget->width() < widget->minimumSizeHint().width())
            problems.append(u"too narrow: "_s + describe(widget) + u": "_s
                            + QString::number(widget->width()) + u" of "_s
                            + QString::number(widget->minimumSizeHint().width()));
        for (const QString& clip : clipsOf(widget, window))
            problems.append(clip + u": "_s + describe(widget));
    }
    return problems;
}

QList<QWidget*> tabChainOf(QWidget* root)
{
    QList<QWidget*> chain;
    QWidget* start = root;
    QWidget* widget = root->nextInFocusChain();
    for (int guard = 0; widget != start && guard < 10000; ++guard) {
        if ((widget == root || root->isAncestorOf(widget)) && isFocusStop(widget))
            chain.append(widget);
        widget = widget->nextInFocusChain();
    }
    return chain;
}

QStringList tabOrderProblemsOf(QWidget* root)
{
    QStringList problems;
    QList<QWidget*> chain = tabChainOf(root);
    if (chain.isEmpty())
        return {u"nothing takes the focus with Tab in "_s + describe(root)};
    // Tab goes round: read it from the input the reader meets first.
    const auto first = std::min_element(chain.begin(), chain.end(), [root](QWidget* a, QWidget* b) {
        return readsBefore(geometryIn(a, root), geometryIn(b, root));
    });
    std::rotate(chain.begin(), first, chain.end());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect previous = geometryIn(chain.at(i - 1), root);
        const QRect next = geometryIn(chain.at(i), root);
        if (readsBefore(next, previous))
            problems.append(u"Tab goes back from "_s + describe(chain.at(i - 1)) + u" at "_s
                            + rectText(previous) + u" to "_s + describe(chain.at(i)) + u" at "_s
                            + rectText(next));
    }
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->isVisible() && widget->isEnabled() && isInput(widget)
            && !isPartOfCompound(widget) && !widget->focusProxy() && !chain.contains(widget)
            && widget->focusPolicy() != Qt::NoFocus)
            problems.append(u"never reached with Tab: "_s + describe(widget));
    }
    return problems;
}

QStringList mnemonicProblemsOf(QWidget* root)
{
    QStringList problems;
    QHash<QChar, QString> owners;
    auto claim = [&](const QString& text, const QString& owner) {
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            return;
        const auto known = owners.constFind(key);
        if (known != owners.constEnd())
            problems.append(u"Alt+"_s + key + u" twice: "_s + known.value() + u" and "_s + owner);
        else
            owners.insert(key, owner);
    };
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            if (label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
                continue;
            // Without a buddy a label shows its & as it is.
            if (label->buddy())
                claim(label->text(), describe(label));
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            if (!isPartOfCompound(button))
                claim(button->text(), describe(button));
        } else if (const auto* box = qobject_cast<const QGroupBox*>(widget)) {
            if (box->isCheckable())
                claim(box->title(), describe(box));
        } else if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                claim(tabs->tabText(i), describe(tabs) + u" tab "_s + tabs->tabText(i));
        } else if (const auto* menus = qobject_cast<const QMenuBar*>(widget)) {
            const QList<QAction*> actions = menus->actions();
            for (const QAction* action : actions)
                claim(action->text(), u"menu "_s + action->text());
        }
    }
    return problems;
}

} // namespace ScreenChecks
