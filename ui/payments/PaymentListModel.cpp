#include "payments/PaymentListModel.h"

PaymentListModel::PaymentListModel(QObject* parent)
    : TotalledListModel(ColumnCount, DateColumn, AmountColumn, parent)
{ }

void PaymentListModel::setPayments(const QList<Payment>& payments)
{
    beginResetModel();
    m_payments = payments;
    sumAmounts();
    endResetModel();
}

QString PaymentListModel::itemText(int row, int column) const
{
    const Payment& payment = m_payments.at(row);
    switch (column) {
    case DateColumn:
        return payment.date.toString(QStringLiteral("dd.MM.yyyy"));
    case AmountColumn:
        return payment.amount.toString();
    case SourceColumn:
        return payment.source;
    }
    return {};
}

QVariant PaymentListModel::itemData(int row, int role) const
{
    if (role == DateRole)
        return m_payments.at(row).date;
    return {};
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AmountColumn:
        return tr("Amount");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}
