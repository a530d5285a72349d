#include "charges/RecalculationListModel.h"

#include "widgets/PeriodText.h"

RecalculationListModel::RecalculationListModel(QObject* parent)
    : TotalledListModel(ColumnCount, AppliedInColumn, AmountColumn, parent)
{ }

bool RecalculationListModel::correctsCurrentPeriod(const Recalculation& recalculation)
{
    return recalculation.corrects >= recalculation.appliedIn;
}

void RecalculationListModel::setRecalculations(const QList<Recalculation>& recalculations)
{
    beginResetModel();
    m_items = recalculations;
    m_current = {};
    m_past = {};
    for (const Recalculation& item : m_items)
        (correctsCurrentPeriod(item) ? m_current : m_past) += item.amount;
    sumAmounts();
    endResetModel();
}

QString RecalculationListModel::itemText(int row, int column) const
{
    const Recalculation& item = m_items.at(row);
    switch (column) {
    case AppliedInColumn:
        return PeriodText::text(item.appliedIn);
    case CorrectsColumn:
        return PeriodText::text(item.corrects);
    case KindColumn:
        return correctsCurrentPeriod(item) ? tr("Current period") : tr("Past period");
    case AmountColumn:
        return item.amount.toString();
    case ReasonColumn:
        return item.reason;
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
