#pragma once

#include "protocol/Money.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

// Named values as a two-column table («what», «value»), so that a block of facts such as the
// house's passport can be selected, copied and walked with the keyboard like any other table.
class FieldTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        // The field's key (QString), on every column.
        KeyRole = Qt::UserRole + 1,
        // The amount in kopecks (qint64) of a money field, on the value column.
        KopecksRole,
    };

    struct Field
    {
        QString key; // stable, e.g. "yearBuilt": for finding a row, never shown
        QString name;
        QString value;
        std::optional<Money> money; // the exact amount behind value, when it is one
        bool known = true; // false: value says that the operator has not given it

        friend bool operator==(const Field&, const Field&) = default;
    };

    explicit FieldTableModel(QObject* parent = nullptr);

    void setFields(const QList<Field>& fields);
    const QList<Field>& fields() const { return m_fields; }
    // -1 when no field has key.
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Field> m_fields;
};
