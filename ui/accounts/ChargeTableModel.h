#pragma once

#include "protocol/Money.h"
#include "protocol/types/ChargeLine.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// The charges of one period as figure 6 of the portal shows them: a row per service and a final
// «ИТОГО» row with the sums of the money columns. The sums are computed here, in kopecks, from
// the very lines shown, so the total always matches the rows above it.
class ChargeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn,
        UnitColumn,
        QuantityColumn,
        TariffColumn,
        ChargedColumn,
        RecalculationColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role
    {
        // The money columns' amounts in kopecks (qint64); other columns give nothing.
        KopecksRole = Qt::UserRole + 1,
    };

    explicit ChargeTableModel(QObject* parent = nullptr);

    void setLines(const QList<ChargeLine>& lines);
    const QList<ChargeLine>& lines() const { return m_lines; }

    // The «ИТОГО» row is last and exists only when there are lines.
    bool isTotalRow(int row) const;
    Money totalCharged() const { return m_sumCharged; }
    Money totalRecalculation() const { return m_sumRecalculation; }
    Money total() const { return m_sumTotal; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant lineText(int row, int column) const;
    QVariant totalText(int column) const;
    std::optional<Money> amount(int row, int column) const;

    QList<ChargeLine> m_lines;
    Money m_sumCharged;
    Money m_sumRecalculation;
    Money m_sumTotal;
};
