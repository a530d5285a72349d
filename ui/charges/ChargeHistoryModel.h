#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"
#include "protocol/types/ChargeLine.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QList>
#include <QStringList>

#include <optional>

// «Начисления» over a range of periods: per period its lines, each with the base charge, the
// recalculations booked in the period and the adjusted charge («Итого начислено»). A period with
// several services gets a row of its own with the period's total after its lines; a period of one
// service has that line as its total. A last «ИТОГО» row adds up the range. Every sum is made
// here, in kopecks, from the very lines shown.
class ChargeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PeriodColumn,
        ServiceColumn,
        UnitColumn,
        QuantityColumn,
        TariffColumn,
        BaseColumn,
        RecalculationColumn,
        AdjustedColumn,
        ColumnCount
    };
    enum Role
    {
        // The money columns' amounts in kopecks (qint64); other columns give nothing.
        KopecksRole = Qt::UserRole + 1,
        // The row's RowKind (int).
        RowKindRole,
        // The row's period as Period::toKey(); 0 on the range's total row.
        PeriodKeyRole,
    };
    enum class RowKind
    {
        Line,
        PeriodTotal,
        RangeTotal,
    };

    explicit ChargeHistoryModel(QObject* parent = nullptr);

    // lines in period order, as AccountHistory holds them.
    void setLines(const QList<ChargeLine>& lines);
    const QList<ChargeLine>& lines() const { return m_lines; }

    RowKind rowKind(int row) const;
    QList<Period> periods() const;
    // The sums of one period's lines; zeros for a period not shown.
    Money baseCharge(Period period) const;
    Money recalculation(Period period) const;
    Money adjustedCharge(Period period) const;
    // The sums of the whole range.
    Money totalBase() const { return m_total.base; }
    Money totalRecalculation() const { return m_total.recalculation; }
    Money totalAdjusted() const { return m_total.adjusted; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A long header split at its middle space into two lines, so that the columns of figures
    // fit side by side; a short one unchanged.
    static QString wrappedHeader(const QString& text);

private:
    static QString headerText(int section);

    struct Sums
    {
        Money base;
        Money recalculation;
        Money adjusted;

        void add(const ChargeLine& line);
    };
    struct Row
    {
        RowKind kind = RowKind::Line;
        int line = -1; // index into m_lines for a Line row
        int group = -1; // index into m_groups for a Line or PeriodTotal row
    };
    struct Group
    {
        Period period;
        Sums sums;
    };

    QVariant text(int row, int column) const;
    std::optional<Money> amount(int row, int column) const;
    const Group* groupOf(Period period) const;

    // Made once: a view asks for them for every cell and header it measures or paints.
    QStringList m_headers;
    QFont m_totalFont;
    QList<ChargeLine> m_lines;
    QList<Group> m_groups;
    QList<Row> m_rows;
    Sums m_total;
};
