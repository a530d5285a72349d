#pragma once

#include "protocol/types/Account.h"

#include <QAbstractTableModel>
#include <QList>

// The personal accounts of the «Главная» page, one row each: number, owner, address and balance.
// Filled from a snapshot the cache reader sent; it never reads the cache itself.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        OwnerColumn,
        AddressColumn,
        BalanceColumn,
        ColumnCount
    };
    enum Role
    {
        // The account's server id, in every column.
        AccountIdRole = Qt::UserRole + 1,
        // What the column sorts by: numbers as numbers (account numbers of digits included),
        // the balance in kopecks.
        SortRole,
    };

    explicit AccountListModel(QObject* parent = nullptr);

    void setAccounts(const QList<Account>& accounts);
    const QList<Account>& accounts() const { return m_accounts; }
    bool anyHasMeters() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant sortValue(const Account& account, int column) const;

    QList<Account> m_accounts;
};
