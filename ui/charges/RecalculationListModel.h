#pragma once

#include "protocol/Money.h"
#include "protocol/types/Recalculation.h"

#include <QAbstractTableModel>
#include <QList>

// The recalculations booked in a range of periods («Перерасчеты»), one row each with the period
// it is booked in, the period it corrects (the current one, or a past one) and its reason, and a
// last «ИТОГО» row. Their sum per period is what the charges show as «Перерасчет».
class RecalculationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AppliedInColumn,
        CorrectsColumn,
        KindColumn,
        AmountColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        KopecksRole = Qt::UserRole + 1,
    };

    explicit RecalculationListModel(QObject* parent = nullptr);

    void setRecalculations(const QList<Recalculation>& recalculations);
    const QList<Recalculation>& recalculations() const { return m_items; }

    // A recalculation for the period it is booked in, rather than for an earlier one.
    static bool correctsCurrentPeriod(const Recalculation& recalculation);

    bool isTotalRow(int row) const;
    Money total() const { return m_total; }
    Money totalForCurrentPeriods() const { return m_current; }
    Money totalForPastPeriods() const { return m_past; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant text(int row, int column) const;

    QList<Recalculation> m_items;
    Money m_total;
    Money m_current;
    Money m_past;
};
