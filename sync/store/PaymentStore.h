#pragma once

#include "protocol/Period.h"
#include "protocol/types/Payment.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// Payments received on accounts («Платежи»). Date and period ranges are inclusive at both ends.
class PaymentStore
{
public:
    explicit PaymentStore(QSqlDatabase db);

    // Inserts the payment or overwrites the one with the same id.
    bool upsert(const Payment& payment);
    // Makes the cache hold exactly these payments for the account's dates from..to, as the server
    // sent them. Fails, changing nothing, when a payment belongs to another account or date.
    bool replacePayments(qint64 accountId, QDate from, QDate to, const QList<Payment>& payments);

    // Ordered by date, then by id.
    std::optional<QList<Payment>> payments(qint64 accountId, QDate from, QDate to) const;
    // Paid from the first day of from to the last day of to.
    std::optional<QList<Payment>> payments(qint64 accountId, Period from, Period to) const;
    std::optional<Money> totalPaid(qint64 accountId, QDate from, QDate to) const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    StoreConnection m_connection;
};
