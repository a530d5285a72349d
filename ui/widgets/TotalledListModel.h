#pragma once

#include "protocol/Money.h"

#include <QAbstractTableModel>

// A table of items with an amount each, and a last «ИТОГО» row with their sum: the shape of the
// portal's lists of payments and of recalculations. The total row is bold, amounts are
// right-aligned and carry their kopecks in KopecksRole; an empty list has no total row.
//
// Subclasses hold the items: they change them between beginResetModel() and endResetModel() and
// call sumAmounts() before the end.
class TotalledListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        KopecksRole = Qt::UserRole + 1,
        // Subclasses number their own roles from here.
        FirstItemRole,
    };

    bool isTotalRow(int row) const;
    Money total() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    // labelColumn shows «ИТОГО» on the total row, amountColumn the amounts and their sum.
    TotalledListModel(int columnCount, int labelColumn, int amountColumn, QObject* parent);

    void sumAmounts();

    virtual int itemCount() const = 0;
    virtual Money itemAmount(int row) const = 0;
    virtual QString itemText(int row, int column) const = 0;
    // Further roles of an item row; nothing by default.
    virtual QVariant itemData(int row, int role) const;

private:
    const int m_columnCount;
    const int m_labelColumn;
    const int m_amountColumn;
    Money m_total;
};
