#include "widgets/TotalledListModel.h"

#include <QFont>

TotalledListModel::TotalledListModel(int columnCount, int labelColumn, int amountColumn,
                                     QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_labelColumn(labelColumn)
    , m_amountColumn(amountColumn)
{ }

void TotalledListModel::sumAmounts()
{
    m_total = {};
    for (int row = 0; row < itemCount(); ++row)
        m_total += itemAmount(row);
}

QVariant TotalledListModel::itemData(int, int) const
{
    return {};
}

bool TotalledListModel::isTotalRow(int row) const
{
    return itemCount() > 0 && row == itemCount();
}

int TotalledListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || itemCount() == 0)
        return 0;
    return itemCount() + 1;
}

int TotalledListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant TotalledListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totalRow = isTotalRow(row);
    switch (role) {
    case Qt::DisplayRole:
        if (!totalRow)
            return itemText(row, column);
        if (column == m_labelColumn)
            return tr("TOTAL");
        if (column == m_amountColumn)
            return m_total.toString();
        return QString();
    case Qt::TextAlignmentRole:
        if (column == m_amountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KopecksRole:
        if (column == m_amountColumn)
            return totalRow ? m_total.kopecks() : itemAmount(row).kopecks();
        return {};
    }
    return totalRow ? QVariant() : itemData(row, role);
}
