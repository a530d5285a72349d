#pragma once

#include "protocol/types/Payment.h"
#include "widgets/TotalledListModel.h"

#include <QList>

// The payments received in a range of periods: date, amount and where the money came from, one
// row each, oldest first, and a last «ИТОГО» row with their sum in kopecks.
class PaymentListModel : public TotalledListModel
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
        // The payment's date as a QDate; nothing on the total row.
        DateRole = FirstItemRole,
    };

    explicit PaymentListModel(QObject* parent = nullptr);

    void setPayments(const QList<Payment>& payments);
    const QList<Payment>& payments() const { return m_payments; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_payments.size()); }
    Money itemAmount(int row) const override { return m_payments.at(row).amount; }
    QString itemText(int row, int column) const override;
    QVariant itemData(int row, int role) const override;

private:
    QList<Payment> m_payments;
};
