#pragma once

#include "protocol/types/MovementOfFunds.h"

#include <QAbstractTableModel>

#include <optional>

// «Движение финансов» as a two-column table: the debt or overpayment at the start of the range,
// what was charged, recalculated and paid in it, and the debt or overpayment at the end. A
// balance reads as a word and an unsigned amount, as everywhere in the app (BalanceText); the
// movements keep their sign (a recalculation in the owner's favour is negative).
class MovementOfFundsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row
    {
        OpeningRow,
        ChargedRow,
        RecalculatedRow,
        PaidRow,
        ClosingRow,
        RowCount
    };
    enum Column
    {
        ItemColumn,
        AmountColumn,
        ColumnCount
    };
    enum Role
    {
        // The amount in kopecks, signed as in MovementOfFunds (a positive balance is a debt).
        KopecksRole = Qt::UserRole + 1,
    };

    explicit MovementOfFundsModel(QObject* parent = nullptr);

    // std::nullopt empties the table (nothing to show, or the sums overflowed). lastClosed: the
    // balance at the end is dated the end of the range or of the last closed period, whichever
    // is earlier, since nothing after the latter counts yet.
    void setMovement(const std::optional<MovementOfFunds>& movement, Period lastClosed = {});
    const std::optional<MovementOfFunds>& movement() const { return m_movement; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Money amount(int row) const;
    QString itemText(int row) const;
    QString amountText(int row) const;

    std::optional<MovementOfFunds> m_movement;
    Period m_lastClosed;
};
