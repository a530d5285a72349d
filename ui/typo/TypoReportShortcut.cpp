#include "typo/TypoReportShortcut.h"

#include "outbox/Outbox.h"
#include "typo/TypoReportDialog.h"
#include "typo/TypoSelection.h"
#include "widgets/ElidedLabel.h"
#include "widgets/ThemeColors.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>

namespace {

bool isReportKey(const QKeyEvent* key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && (key->modifiers() & Qt::ControlModifier)
        && !(key->modifiers() & (Qt::AltModifier | Qt::MetaModifier | Qt::ShiftModifier));
}

// A click lands on a text edit's or a table's viewport, not on the widget that has the selection.
QWidget* textWidgetAt(QWidget* widget)
{
    if (!widget)
        return nullptr;
    if (TypoSelection::isSelectableText(widget))
        return widget;
    if (auto* area = qobject_cast<QAbstractScrollArea*>(widget->parentWidget());
        area && area->viewport() == widget && TypoSelection::isSelectableText(area))
        return area;
    return nullptr;
}

constexpr int messageMs = 8000;

} // namespace

TypoReportShortcut::TypoReportShortcut(QWidget* scope, QObject* parent)
    : QObject(parent ? parent : scope)
    , m_scope(scope)
{
    setObjectName(QStringLiteral("typoReportShortcut"));
    qApp->installEventFilter(this);
    // The portal's footer line, where a window has room for it.
    if (auto* window = qobject_cast<QMainWindow*>(scope ? scope->window() : nullptr)) {
        // Shortened with «…» where the window is narrow (a kiosk's screen), the whole in its
        // tooltip; it widened the window and was cut off at its edge.
        auto* hint =
            new ElidedLabel(tr("Noticed a mistake in the text? Select it and press Ctrl+Enter"),
                            window->statusBar());
        hint->setObjectName(QStringLiteral("typoHint"));
        hint->setStyleSheet(
            QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::hint())));
        window->statusBar()->addPermanentWidget(hint);
        m_hint = hint;
    }
}

TypoReportShortcut::~TypoReportShortcut()
{
    qApp->removeEventFilter(this);
    delete m_hint;
}

void TypoReportShortcut::setOutbox(Outbox* outbox)
{
    disconnect(m_queueFailed);
    m_outbox = outbox;
    if (outbox)
        m_queueFailed = connect(outbox, &Outbox::queueFailed, this,
                                [this](const QString& key, const QString& error) {
                                    if (m_queuedKeys.remove(key))
                                        showMessage(tr("The report of the mistake could not be "
                                                       "saved: %1")
                                                        .arg(error));
                                });
}

bool TypoReportShortcut::inScope(const QWidget* widget) const
{
    if (!m_scope || !widget)
        return false;
    const QWidget* window = widget->window();
    if (qobject_cast<const TypoReportDialog*>(window))
        return false;
    // The window itself, or a dialog it opened (perhaps through another dialog).
    for (const QWidget* w = window; w;
         w = w->parentWidget() ? w->parentWidget()->window() : nullptr)
        if (w == m_scope->window())
            return true;
    return false;
}

void TypoReportShortcut::noteSelection(QWidget* widget)
{
    QWidget* text = textWidgetAt(widget);
    if (text && inScope(text))
        m_lastSelected = text;
}

QWidget* TypoReportShortcut::selectionSource(QWidget* focus) const
{
    const auto usable = [this](QWidget* widget) {
        return widget && widget->isVisible() && inScope(widget)
            && TypoSelection::of(widget).has_value();
    };
    // The selection made last, by mouse or keys: a label takes no focus when its text is
    // selected, so the focus alone would miss it.
    if (usable(m_lastSelected))
        return m_lastSelected;
    if (usable(focus))
        return focus;
    // Any text selected in the window. Not tables: one of their rows is nearly always selected.
    QWidget* window = focus ? focus->window() : (m_scope ? m_scope->window() : nullptr);
    if (!window)
        return nullptr;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if ((qobject_cast<QLabel*>(widget) || qobject_cast<QTextEdit*>(widget)
             || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QLineEdit*>(widget))
            && usable(widget))
            return widget;
    }
    return nullptr;
}

bool TypoReportShortcut::reportSelection(QWidget* focus)
{
    if (m_dialog)
        return false;
    QWidget* source = selectionSource(focus);
    if (!source)
        return false;
    const std::optional<TypoSelection> selection = TypoSelection::of(source);
    if (!selection)
        return false;
    auto* dialog = new TypoReportDialog(*selection, source->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TypoReportDialog::sendRequested, this, &TypoReportShortcut::send);
    m_dialog = dialog;
    dialog->open();
    emit dialogOpened(dialog);
    return true;
}

void TypoReportShortcut::send(const TypoReportForm& form)
{
    if (!m_dialog)
        return;
    if (!m_outbox) {
        m_dialog->showProblem(tr("The report cannot be saved now: the cabinet's data is not open "
                                 "yet. Try again in a moment."));
        return;
    }
    const QString key = m_outbox->queueTypoReport(form);
    m_queuedKeys.insert(key);
    m_dialog->accept();
    showMessage(tr("Thank you! The report goes to the operator's editors as soon as the server "
                   "can be reached."));
    emit reportQueued(key, form);
}

void TypoReportShortcut::showMessage(const QString& text)
{
    if (auto* window = qobject_cast<QMainWindow*>(m_scope ? m_scope->window() : nullptr))
        window->statusBar()->showMessage(text, messageMs);
}

bool TypoReportShortcut::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonRelease:
        if (watched->isWidgetType())
            noteSelection(static_cast<QWidget*>(watched));
        break;
    case QEvent::KeyRelease:
        // Shift+arrows select too.
        if (watched->isWidgetType() && watched == QApplication::focusWidget())
            noteSelection(static_cast<QWidget*>(watched));
        break;
    case QEvent::KeyPress: {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (!isReportKey(key) || !watched->isWidgetType())
            break;
        auto* target = static_cast<QWidget*>(watched);
        if (!inScope(target))
            break;
        QWidget* focus = QApplication::focusWidget();
        // The editors' own Ctrl+Enter (the appeal's text sends the appeal with it). Decided by the
        // focus, not by the receiver: a key the editor ignores comes here again for each parent.
        if (focus && TypoSelection::isEditable(focus))
            break;
        if (m_dialog || key->isAutoRepeat())
            return m_dialog != nullptr;
        if (reportSelection(focus))
            return true;
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
