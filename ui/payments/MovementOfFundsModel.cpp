#include "payments/MovementOfFundsModel.h"

#include "accounts/BalanceText.h"

#include <QColor>
#include <QFont>

#include <algorithm>
#include <limits>

MovementOfFundsModel::MovementOfFundsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MovementOfFundsModel::setMovement(const std::optional<MovementOfFunds>& movement,
                                       Period lastClosed)
{
    beginResetModel();
    m_movement = movement;
    m_lastClosed = lastClosed;
    endResetModel();
}

int MovementOfFundsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_movement ? 0 : RowCount;
}

int MovementOfFundsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Money MovementOfFundsModel::amount(int row) const
{
    switch (row) {
    case OpeningRow:
        return m_movement->opening;
    case ChargedRow:
        return m_movement->charged;
    case RecalculatedRow:
        return m_movement->recalculated;
    case PaidRow:
        return m_movement->paid;
    case ClosingRow:
        return m_movement->closing;
    }
    return {};
}

QString MovementOfFundsModel::itemText(int row) const
{
    const QString start = m_movement->from.firstDay().toString(QStringLiteral("dd.MM.yyyy"));
    const Period last = m_lastClosed.isValid() && m_lastClosed >= m_movement->from
        ? std::min(m_movement->to, m_lastClosed)
        : m_movement->to;
    const QString end = last.lastDay().toString(QStringLiteral("dd.MM.yyyy"));
    const Money balance = amount(row);
    switch (row) {
    case OpeningRow:
        if (balance.isPositive())
            return tr("Debt at the start of the period (%1)").arg(start);
        if (balance.isNegative())
            return tr("Overpayment at the start of the period (%1)").arg(start);
        return tr("No debt at the start of the period (%1)").arg(start);
    case ChargedRow:
        return tr("Charged");
    case RecalculatedRow:
        return tr("Recalculations");
    case PaidRow:
        return tr("Payments received");
    case ClosingRow:
        if (balance.isPositive())
            return tr("Debt at the end of the period (%1)").arg(end);
        if (balance.isNegative())
            return tr("Overpayment at the end of the period (%1)").arg(end);
        return tr("No debt at the end of the period (%1)").arg(end);
    }
    return {};
}

QString MovementOfFundsModel::amountText(int row) const
{
    const Money value = amount(row);
    if (row != OpeningRow && row != ClosingRow)
        return value.toString();
    // The word in the first column carries the sign; checkedNegate() fails only at the most
    // negative qint64, where saturating is right for display.
    const Money magnitude = value.isNegative()
        ? value.checkedNegate().value_or(Money::fromKopecks(std::numeric_limits<qint64>::max()))
        : value;
    return magnitude.toString();
}

QVariant MovementOfFundsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == ItemColumn ? itemText(row) : amountText(row);
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row == OpeningRow || row == ClosingRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (row == OpeningRow || row == ClosingRow) {
            const QColor color = BalanceText::color(amount(row));
            if (color.isValid())
                return color;
        }
        break;
    case KopecksRole:
        if (column == AmountColumn)
            return amount(row).kopecks();
        break;
    }
    return {};
}

QVariant MovementOfFundsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case AmountColumn:
        return tr("Amount, ₽");
    }
    return {};
}
