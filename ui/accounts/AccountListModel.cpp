#include "accounts/AccountListModel.h"

#include "accounts/BalanceText.h"

#include <QBrush>

AccountListModel::AccountListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AccountListModel::setAccounts(const QList<Account>& accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

bool AccountListModel::anyHasMeters() const
{
    return std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                       [](const Account& account) { return account.hasMeters; });
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account& account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NumberColumn:
            return account.number;
        case OwnerColumn:
            return account.ownerName;
        case AddressColumn:
            return account.address;
        case BalanceColumn:
            return BalanceText::text(account.balance);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == BalanceColumn && !account.balance.isZero())
            return QBrush(BalanceText::color(account.balance));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BalanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AccountIdRole:
        return account.id;
    case SortRole:
        return sortValue(account, index.column());
    }
    return {};
}

QVariant AccountListModel::sortValue(const Account& account, int column) const
{
    switch (column) {
    case NumberColumn: {
        // "9" before "16616": numbers of digits compare as numbers. Zero-padding keeps one value
        // type in the column, which QSortFilterProxyModel needs to compare consistently.
        bool isNumber = false;
        account.number.toULongLong(&isNumber);
        return isNumber ? account.number.rightJustified(20, u'0') : account.number;
    }
    case OwnerColumn:
        return account.ownerName;
    case AddressColumn:
        return account.address;
    case BalanceColumn:
        return account.balance.kopecks();
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Account No.");
    case OwnerColumn:
        return tr("Owner");
    case AddressColumn:
        return tr("Address");
    case BalanceColumn:
        return tr("Debt / overpayment");
    }
    return {};
}
