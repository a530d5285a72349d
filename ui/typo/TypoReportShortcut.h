#pragma once

#include "protocol/json/TypoReportForm.h"
#include "typo/TypoReportDialog.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class Outbox;
class QWidget;

// «Заметили ошибку в тексте? Выделите ее мышкой и нажмите Ctrl+Enter» for one window and the
// dialogs it opens: an event filter on the application that, on Ctrl+Enter, takes the text the
// user last selected (TypoSelection: a selectable label, a read-only text browser, text edit or
// line edit, the selected cells of a table), opens TypoReportDialog with it, and queues the report
// in the outbox. In a main window it says so in the status bar, as the portal's footer does.
//
// Ctrl+Enter stays the editors' own: when the focus is in something the user types into (the
// appeal's text, where it sends the appeal; any editable line, text box, spin box or combo box) the
// key goes on to it untouched, even with some label's text selected. Without a selection the key
// goes on too. Ctrl+Return and Ctrl+Enter on the keypad both count.
class TypoReportShortcut : public QObject
{
    Q_OBJECT

public:
    // Watches scope's window; deleted with parent (with scope when none is given).
    explicit TypoReportShortcut(QWidget* scope, QObject* parent = nullptr);
    ~TypoReportShortcut() override;

    // Not owned; null until the cache is open (the dialog then says it cannot send).
    void setOutbox(Outbox* outbox);
    // The dialog being shown, if any.
    TypoReportDialog* dialog() const { return m_dialog; }

    // Opens the dialog for the latest selection in scope (focus first when it has one); false
    // when nothing is selected or a dialog is open already.
    bool reportSelection(QWidget* focus);

signals:
    void dialogOpened(TypoReportDialog* dialog);
    // The report is in the outbox's hands (queued() follows from the outbox).
    void reportQueued(const QString& idempotencyKey, const TypoReportForm& form);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool inScope(const QWidget* widget) const;
    QWidget* selectionSource(QWidget* focus) const;
    void noteSelection(QWidget* widget);
    void send(const TypoReportForm& form);
    void showMessage(const QString& text);

    QPointer<QWidget> m_scope;
    QPointer<Outbox> m_outbox;
    QPointer<QWidget> m_lastSelected;
    QPointer<TypoReportDialog> m_dialog;
    QPointer<QWidget> m_hint; // «Заметили ошибку в тексте?…» in the window's status bar
    QSet<QString> m_queuedKeys;
    QMetaObject::Connection m_queueFailed;
};
