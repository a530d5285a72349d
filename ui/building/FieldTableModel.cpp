#include "building/FieldTableModel.h"

#include <QPalette>

FieldTableModel::FieldTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void FieldTableModel::setFields(const QList<Field>& fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

int FieldTableModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).key == key)
            return row;
    }
    return -1;
}

int FieldTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field& field = m_fields.at(index.row());
    const bool value = index.column() == ValueColumn;
    switch (role) {
    case Qt::DisplayRole:
        return value ? field.value : field.name;
    case Qt::TextAlignmentRole:
        // Amounts line up on their kopecks.
        if (value && field.money)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (value && !field.known)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        break;
    case KeyRole:
        return field.key;
    case KopecksRole:
        if (value && field.money)
            return field.money->kopecks();
        break;
    }
    return {};
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Parameter");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}
