#pragma once

#include "protocol/types/Recalculation.h"
#include "widgets/TotalledListModel.h"

#include <QList>

// The recalculations booked in a range of periods («Перерасчеты»), one row each with the period
// it is booked in, the period it corrects (the current one, or a past one) and its reason, and a
// last «ИТОГО» row. Their sum per period is what the charges show as «Перерасчет».
class RecalculationListModel : public TotalledListModel
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
    explicit RecalculationListModel(QObject* parent = nullptr);

    void setRecalculations(const QList<Recalculation>& recalculations);
    const QList<Recalculation>& recalculations() const { return m_items; }

    // A recalculation for the period it is booked in, rather than for an earlier one.
    static bool correctsCurrentPeriod(const Recalculation& recalculation);

    Money totalForCurrentPeriods() const { return m_current; }
    Money totalForPastPeriods() const { return m_past; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_items.size()); }
    Money itemAmount(int row) const override { return m_items.at(row).amount; }
    QString itemText(int row, int column) const override;

private:
    QList<Recalculation> m_items;
    Money m_current;
    Money m_past;
};
