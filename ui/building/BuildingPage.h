#pragma once

#include "building/BuildingSnapshot.h"
#include "protocol/types/Account.h"
#include "widgets/AccountChooser.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class CacheReaderThread;
class CopyableTableView;
class FieldTableModel;
class QLabel;
class RepairPlanModel;

// The «Технические характеристики МКД» section: the house of a personal account (the window's
// current one unless another is chosen here) with its technical passport, its capital-repair plan
// and its fund on the regional operator's account. Everything is read from the cache on the
// reader's thread.
class BuildingPage : public QWidget
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the page (the page then stops reading).
    explicit BuildingPage(CacheReaderThread* reader, QWidget* parent = nullptr);

    // The account whose house is shown; 0 with none.
    qint64 accountId() const;
    const BuildingSnapshot& snapshot() const { return m_snapshot; }
    FieldTableModel* passport() const { return m_passport; }
    RepairPlanModel* plan() const { return m_plan; }
    FieldTableModel* fund() const { return m_fund; }
    CopyableTableView* passportView() const { return m_passportView; }
    CopyableTableView* planView() const { return m_planView; }
    CopyableTableView* fundView() const { return m_fundView; }

public slots:
    // The linked accounts; also a sign that the cache may have changed, so it is read again.
    void setAccounts(const QList<Account>& accounts);
    // The window's current account (MainWindow::currentAccountChanged).
    void setCurrentAccountId(qint64 accountId);
    void reload();

signals:
    // A read arrived and is shown (or there was nothing to read: no account, no house linked).
    void reloaded();

private:
    std::optional<qint64> buildingIdOf(qint64 accountId) const;
    void showSnapshot(const BuildingSnapshot& snapshot);

    QPointer<CacheReaderThread> m_reader;
    QList<Account> m_accounts;
    BuildingSnapshot m_snapshot;
    AccountChooser* m_account = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_state = nullptr;
    QWidget* m_details = nullptr;
    FieldTableModel* m_passport = nullptr;
    CopyableTableView* m_passportView = nullptr;
    RepairPlanModel* m_plan = nullptr;
    CopyableTableView* m_planView = nullptr;
    QLabel* m_noWorks = nullptr;
    QLabel* m_fundTitle = nullptr;
    FieldTableModel* m_fund = nullptr;
    CopyableTableView* m_fundView = nullptr;
    QLabel* m_noFund = nullptr;
};
