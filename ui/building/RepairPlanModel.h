#pragma once

#include "protocol/types/CapitalRepairWork.h"

#include <QAbstractTableModel>
#include <QList>

// The house's capital-repair plan: a row per work with its planned period, its status and its
// cost where the operator has estimated it, in the order the plan runs.
class RepairPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WorkColumn,
        PeriodColumn,
        StatusColumn,
        CostColumn,
        ColumnCount
    };
    enum Role
    {
        WorkIdRole = Qt::UserRole + 1, // qint64, every column
        // The cost in kopecks (qint64) on the cost column; nothing while it is not estimated.
        KopecksRole,
        // The planned period as year*100+month keys (QList<int> {from, to}), every column.
        PeriodKeysRole,
        // CapitalRepairWork::statusKey() on the status column.
        StatusKeyRole,
    };

    explicit RepairPlanModel(QObject* parent = nullptr);

    void setWorks(const QList<CapitalRepairWork>& works);
    const QList<CapitalRepairWork>& works() const { return m_works; }

    // "2016" for a whole year, "2016–2018" for whole years, "09.2014" for one month, else
    // "09.2014 – 03.2015".
    static QString periodText(Period from, Period to);
    static QString statusText(CapitalRepairWork::Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant text(const CapitalRepairWork& work, int column) const;

    QList<CapitalRepairWork> m_works;
};
