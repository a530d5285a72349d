#include "payments/PaymentListModel.h"

#include <QFont>

PaymentListModel::PaymentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PaymentListModel::setPayments(const QList<Payment>& payments)
{
    beginResetModel();
    m_payments = payments;
    m_total = {};
    for (const Payment& payment : m_payments)
        m_total += payment.amount;
    endResetModel();
}

bool PaymentListModel::isTotalRow(int row) const
{
    return !m_payments.isEmpty() && row == m_payments.size();
}

int PaymentListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_payments.isEmpty())
        return 0;
    return int(m_payments.size()) + 1;
}

int PaymentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentListModel::text(int row, int column) const
{
    if (isTotalRow(row)) {
        if (column == DateColumn)
            return tr("TOTAL");
        if (column == AmountColumn)
            return m_total.toString();
        return QString();
    }
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

QVariant PaymentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalRow(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case KopecksRole:
        if (column == AmountColumn)
            return isTotalRow(row) ? m_total.kopecks() : m_payments.at(row).amount.kopecks();
        break;
    case DateRole:
        if (!isTotalRow(row))
            return m_payments.at(row).date;
        break;
    }
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
