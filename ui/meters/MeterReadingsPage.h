#pragma once

#include "meters/MeterSnapshot.h"
#include "protocol/types/Account.h"
#include "widgets/AccountChooser.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class CacheReaderThread;
class CopyableTableView;
class MeterListModel;
class MeterReadingEditor;
class MeterReadingHistoryModel;
class Outbox;
class QLabel;

// The «Показания» section, for accounts that have meters: the account's meters with their last
// reading, the chosen meter's history, and the form for a new reading (MeterReadingEditor), which
// goes through the outbox. It shows the window's current account when that one has meters, else
// the first account that has; the account can be changed here. Everything is read from the cache
// on the reader's thread and merged with what still waits in the outbox.
class MeterReadingsPage : public QWidget
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the page (the page then stops reading).
    explicit MeterReadingsPage(CacheReaderThread* reader, QWidget* parent = nullptr);

    // Not owned; null until the cache is open.
    void setOutbox(Outbox* outbox);

    qint64 accountId() const;
    MeterListModel* meters() const { return m_meters; }
    MeterReadingHistoryModel* history() const { return m_history; }
    CopyableTableView* meterView() const { return m_meterView; }
    CopyableTableView* historyView() const { return m_historyView; }
    MeterReadingEditor* editor() const { return m_editor; }
    // Chooses the meter whose history and form are shown; false when the account has no such.
    bool selectMeter(qint64 meterId);

public slots:
    // The linked accounts; also a sign that the cache may have changed, so it is read again.
    void setAccounts(const QList<Account>& accounts);
    // The window's current account (MainWindow::currentAccountChanged).
    void setCurrentAccountId(qint64 accountId);
    void reload();

signals:
    // A read of the meters arrived and is shown.
    void reloaded();

private:
    void showSnapshot(const MeterSnapshot& snapshot);
    void showMeter();
    void fitMeterTable();
    std::optional<qint64> currentMeterId() const;

    QPointer<CacheReaderThread> m_reader;
    QPointer<Outbox> m_outbox;
    QList<QMetaObject::Connection> m_outboxConnections;
    QList<Account> m_accounts;
    AccountChooser* m_account = nullptr;
    QLabel* m_noMeters = nullptr;
    MeterListModel* m_meters = nullptr;
    CopyableTableView* m_meterView = nullptr;
    QLabel* m_historyTitle = nullptr;
    MeterReadingHistoryModel* m_history = nullptr;
    CopyableTableView* m_historyView = nullptr;
    MeterReadingEditor* m_editor = nullptr;
};
