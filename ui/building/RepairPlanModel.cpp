#include "building/RepairPlanModel.h"

#include "widgets/ThemeColors.h"

#include <QColor>
#include <QPalette>

namespace {

QString monthText(Period period)
{
    return QStringLiteral("%1.%2").arg(period.month(), 2, 10, QChar(u'0')).arg(period.year());
}

} // namespace

RepairPlanModel::RepairPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RepairPlanModel::setWorks(const QList<CapitalRepairWork>& works)
{
    beginResetModel();
    m_works = works;
    endResetModel();
}

QString RepairPlanModel::periodText(Period from, Period to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    // Plans are made by years; a period of whole years reads as such.
    if (from.month() == 1 && to.month() == 12) {
        if (from.year() == to.year())
            return QString::number(from.year());
        return QStringLiteral("%1–%2").arg(from.year()).arg(to.year());
    }
    if (from == to)
        return monthText(from);
    return QStringLiteral("%1 – %2").arg(monthText(from), monthText(to));
}

QString RepairPlanModel::statusText(CapitalRepairWork::Status status)
{
    switch (status) {
    case CapitalRepairWork::Status::Planned:
        return tr("Planned");
    case CapitalRepairWork::Status::InProgress:
        return tr("In progress");
    case CapitalRepairWork::Status::Completed:
        return tr("Completed");
    case CapitalRepairWork::Status::Postponed:
        return tr("Postponed");
    case CapitalRepairWork::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int RepairPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_works.size());
}

int RepairPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepairPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapitalRepairWork& work = m_works.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(work, column);
    case Qt::TextAlignmentRole:
        if (column == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            switch (work.status) {
            case CapitalRepairWork::Status::Completed:
                return ThemeColors::success();
            case CapitalRepairWork::Status::InProgress:
                return ThemeColors::accent();
            case CapitalRepairWork::Status::Postponed:
                return ThemeColors::warning();
            case CapitalRepairWork::Status::Cancelled:
                return QPalette().color(QPalette::Disabled, QPalette::Text);
            case CapitalRepairWork::Status::Planned:
                break;
            }
        }
        if (column == CostColumn && !work.cost)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        break;
    case WorkIdRole:
        return work.id;
    case KopecksRole:
        if (column == CostColumn && work.cost)
            return work.cost->kopecks();
        break;
    case PeriodKeysRole:
        return QVariant::fromValue(QList<int> {work.plannedFrom.toKey(), work.plannedTo.toKey()});
    case StatusKeyRole:
        if (column == StatusColumn)
            return CapitalRepairWork::statusKey(work.status);
        break;
    }
    return {};
}

QVariant RepairPlanModel::text(const CapitalRepairWork& work, int column) const
{
    switch (column) {
    case WorkColumn:
        return work.name;
    case PeriodColumn:
        return periodText(work.plannedFrom, work.plannedTo);
    case StatusColumn:
        return statusText(work.status);
    case CostColumn:
        return work.cost ? work.cost->toString() : tr("not estimated");
    }
    return {};
}

QVariant RepairPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WorkColumn:
        return tr("Work");
    case PeriodColumn:
        return tr("Planned period");
    case StatusColumn:
        return tr("Status");
    case CostColumn:
        //: ₽ is the rouble sign
        return tr("Cost, ₽");
    }
    return {};
}
