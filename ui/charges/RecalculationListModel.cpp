#include "charges/RecalculationListModel.h"

#include <QFont>

RecalculationListModel::RecalculationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

bool RecalculationListModel::correctsCurrentPeriod(const Recalculation& recalculation)
{
    return recalculation.corrects >= recalculation.appliedIn;
}

void RecalculationListModel::setRecalculations(const QList<Recalculation>& recalculations)
{
    beginResetModel();
    m_items = recalculations;
    m_total = {};
    m_current = {};
    m_past = {};
    for (const Recalculation& item : m_items) {
        m_total += item.amount;
        (correctsCurrentPeriod(item) ? m_current : m_past) += item.amount;
    }
    endResetModel();
}

bool RecalculationListModel::isTotalRow(int row) const
{
    return !m_items.isEmpty() && row == m_items.size();
}

int RecalculationListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_items.isEmpty())
        return 0;
    return int(m_items.size()) + 1;
}

int RecalculationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecalculationListModel::text(int row, int column) const
{
    if (isTotalRow(row)) {
        if (column == AppliedInColumn)
            return tr("TOTAL");
        if (column == AmountColumn)
            return m_total.toString();
        return QString();
    }
    const Recalculation& item = m_items.at(row);
    switch (column) {
    case AppliedInColumn:
        return item.appliedIn.toRussianString();
    case CorrectsColumn:
        return item.corrects.toRussianString();
    case KindColumn:
        return correctsCurrentPeriod(item) ? tr("Current period") : tr("Past period");
    case AmountColumn:
        return item.amount.toString();
    case ReasonColumn:
        return item.reason;
    }
    return {};
}

QVariant RecalculationListModel::data(const QModelIndex& index, int role) const
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
            return isTotalRow(row) ? m_total.kopecks() : m_items.at(row).amount.kopecks();
        break;
    }
    return {};
}

QVariant RecalculationListModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AppliedInColumn:
        return tr("Booked in");
    case CorrectsColumn:
        return tr("For period");
    case KindColumn:
        return tr("Recalculation for");
    case AmountColumn:
        return tr("Amount");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}
