#pragma once

#include "charges/HistoryRange.h"
#include "protocol/types/Account.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class CacheReaderThread;
class QWidget;
class StatementDialog;
class StatementSaver;

// «Выписка…» wherever a window offers it (the «Платежи» page, the account card): the dialog over
// the owner (this account or all, which periods, which format), then the file to save to, then
// the saving (StatementSaver: the cache read and the file written off the GUI thread), with what
// became of it as a status line and, on failure, a message box. A statement is only ever a file,
// so none is offered where files may not be written (FileOutputPolicy, a kiosk).
class StatementAction : public QObject
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the action. owner is the dialogs' parent.
    StatementAction(CacheReaderThread* reader, QWidget* owner);

    // Whether the window may offer «Выписка…» at all.
    static bool isOffered();

    bool isBusy() const;
    // The open dialog, if any.
    StatementDialog* dialog() const;
    StatementSaver* saver() const { return m_saver; }

    // Asks for the file to save to (parent, suggested name, filter) -> path, empty to cancel.
    // QFileDialog::getSaveFileName unless a test sets another.
    using FileChooser = std::function<QString(QWidget*, const QString&, const QString&)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Opens the dialog (window-modal, not blocking) for account, starting at range, offering
    // the months of bounds. Nothing when one is open or a statement is being saved, the account
    // is not known (id 0) or no statement is offered here.
    void open(const Account& account, HistoryRange range, HistoryRange bounds);

signals:
    // What became of the last statement, for a line beside the button: being saved, where it
    // was saved, or why it was not.
    void statusChanged(const QString& text);
    void busyChanged(bool busy);

private:
    void save(const QString& accountNumber);
    void onSaved(const QString& path, const QString& error);

    QWidget* m_owner = nullptr;
    StatementSaver* m_saver = nullptr;
    QPointer<StatementDialog> m_dialog; // deletes itself when closed
    FileChooser m_chooseFile;
};
