#include "accounts/ChargeTableModel.h"

#include "accounts/DecimalText.h"

#include <QFont>

ChargeTableModel::ChargeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ChargeTableModel::setLines(const QList<ChargeLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    m_sumCharged = {};
    m_sumRecalculation = {};
    m_sumTotal = {};
    for (const ChargeLine& line : m_lines) {
        m_sumCharged += line.baseCharge;
        m_sumRecalculation += line.recalculation;
        m_sumTotal += line.total;
    }
    endResetModel();
}

bool ChargeTableModel::isTotalRow(int row) const
{
    return !m_lines.isEmpty() && row == m_lines.size();
}

int ChargeTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_lines.isEmpty())
        return 0;
    return int(m_lines.size()) + 1;
}

int ChargeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Money> ChargeTableModel::amount(int row, int column) const
{
    const bool total = isTotalRow(row);
    switch (column) {
    case TariffColumn:
        if (total)
            return std::nullopt; // a sum of tariffs means nothing
        return m_lines.at(row).tariff;
    case ChargedColumn:
        return total ? m_sumCharged : m_lines.at(row).baseCharge;
    case RecalculationColumn:
        return total ? m_sumRecalculation : m_lines.at(row).recalculation;
    case TotalColumn:
        return total ? m_sumTotal : m_lines.at(row).total;
    }
    return std::nullopt;
}

QVariant ChargeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return isTotalRow(row) ? totalText(column) : lineText(row, column);
    case Qt::TextAlignmentRole:
        if (column >= QuantityColumn)
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
        if (const std::optional<Money> money = amount(row, column))
            return money->kopecks();
        break;
    }
    return {};
}

QVariant ChargeTableModel::lineText(int row, int column) const
{
    const ChargeLine& line = m_lines.at(row);
    switch (column) {
    case ServiceColumn:
        return line.service;
    case UnitColumn:
        return line.unit;
    case QuantityColumn:
        return DecimalText::hundredths(line.quantityHundredths);
    default:
        if (const std::optional<Money> money = amount(row, column))
            return money->toString();
    }
    return {};
}

QVariant ChargeTableModel::totalText(int column) const
{
    if (column == ServiceColumn)
        return tr("TOTAL");
    if (const std::optional<Money> money = amount(int(m_lines.size()), column))
        return money->toString();
    return QString();
}

QVariant ChargeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case UnitColumn:
        return tr("Unit");
    case QuantityColumn:
        return tr("Area");
    case TariffColumn:
        return tr("Contribution rate");
    case ChargedColumn:
        return tr("Charged");
    case RecalculationColumn:
        return tr("Recalculation");
    case TotalColumn:
        return tr("Total charged");
    }
    return {};
}
