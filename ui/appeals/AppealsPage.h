#pragma once

#include "protocol/types/Account.h"
#include "protocol/types/Appeal.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class AppealEditor;
class AppealListModel;
class CacheReaderThread;
class CopyableTableView;
class Outbox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;

// The «Обращения» section: the owner's appeals with their status and the operator's answer (read
// from the cache on the reader's thread, merged with what still waits in the outbox), the chosen
// one in full beside the list, and the form for a new one (AppealEditor). An appeal the server
// refused can be taken back into the form to be corrected and sent again.
class AppealsPage : public QWidget
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the page (the page then stops reading).
    explicit AppealsPage(CacheReaderThread* reader, QWidget* parent = nullptr);

    // Not owned; null until the cache is open. The list follows the outbox's changes.
    void setOutbox(Outbox* outbox);

    AppealListModel* model() const { return m_model; }
    CopyableTableView* view() const { return m_view; }
    AppealEditor* editor() const { return m_editor; }
    QTextBrowser* details() const { return m_details; }

public slots:
    // The linked accounts (for the form and the list); also a sign that the cache may have
    // changed, so the appeals are read again.
    void setAccounts(const QList<Account>& accounts);
    // Reads the appeals from the cache again.
    void reload();

signals:
    // A read of the appeals arrived and is shown.
    void reloaded();

private:
    void showAppeals(const QList<Appeal>& appeals);
    void showDetails();
    void editRefused();
    int currentRow() const;

    QPointer<CacheReaderThread> m_reader;
    QPointer<Outbox> m_outbox;
    QList<QMetaObject::Connection> m_outboxConnections;
    QList<Account> m_accounts;
    AppealListModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    CopyableTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_detailsPane = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_editAgain = nullptr;
    AppealEditor* m_editor = nullptr;
};
