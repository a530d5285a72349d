#pragma once

#include "protocol/Money.h"
#include "protocol/types/Payment.h"

#include <QAbstractTableModel>
#include <QList>

// The payments received in a range of periods: date, amount and where the money came from, one
// row each, oldest first, and a last «ИТОГО» row with their sum in kopecks.
class PaymentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        AmountColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        KopecksRole = Qt::UserRole + 1,
        // The payment's date as a QDate; nothing on the total row.
        DateRole,
    };

    explicit PaymentListModel(QObject* parent = nullptr);

    void setPayments(const QList<Payment>& payments);
    const QList<Payment>& payments() const { return m_payments; }

    bool isTotalRow(int row) const;
    Money total() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant text(int row, int column) const;

    QList<Payment> m_payments;
    Money m_total;
};
