#include "store/PaymentStore.h"

#include "store/StoreValues.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

Payment fromRow(const QSqlQuery& row)
{
    Payment payment;
    payment.id = row.value(0).toLongLong();
    payment.accountId = row.value(1).toLongLong();
    payment.date = StoreValues::toDate(row.value(2));
    payment.amount = Money::fromKopecks(row.value(3).toLongLong());
    payment.source = row.value(4).toString();
    return payment;
}

StoreConnection::Bindings rangeBindings(qint64 accountId, QDate from, QDate to)
{
    return {{u":account"_s, accountId},
            {u":from"_s, StoreValues::fromDate(from)},
            {u":to"_s, StoreValues::fromDate(to)}};
}

} // namespace

PaymentStore::PaymentStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

bool PaymentStore::upsert(const Payment& payment)
{
    return m_connection.upsert(
        u"UPDATE payments SET account_id = :account, paid_on = :date, amount_kopecks = :amount, "
        "source = :source WHERE id = :id"_s,
        u"INSERT INTO payments (id, account_id, paid_on, amount_kopecks, source) "
        "VALUES (:id, :account, :date, :amount, :source)"_s,
        {{u":id"_s, payment.id},
         {u":account"_s, payment.accountId},
         {u":date"_s, StoreValues::fromDate(payment.date)},
         {u":amount"_s, payment.amount.kopecks()},
         {u":source"_s, payment.source}});
}

bool PaymentStore::replacePayments(qint64 accountId, QDate from, QDate to,
                                   const QList<Payment>& payments)
{
    if (!from.isValid() || !to.isValid() || from > to) {
        return m_connection.fail(
            QCoreApplication::translate("PaymentStore", "The date range is not valid."));
    }
    const bool inRange = std::all_of(payments.cbegin(), payments.cend(), [&](const Payment& p) {
        return p.accountId == accountId && p.date >= from && p.date <= to;
    });
    if (!inRange) {
        return m_connection.fail(QCoreApplication::translate(
            "PaymentStore",
            "A payment belongs to another account or date than the range being replaced."));
    }
    return m_connection.replace(u"DELETE FROM payments WHERE account_id = :account "
                                "AND paid_on BETWEEN :from AND :to"_s,
                                rangeBindings(accountId, from, to), payments,
                                [this](const Payment& payment) { return upsert(payment); });
}

std::optional<QList<Payment>> PaymentStore::payments(qint64 accountId, QDate from, QDate to) const
{
    return m_connection.list(u"SELECT id, account_id, paid_on, amount_kopecks, source "
                             "FROM payments WHERE account_id = :account "
                             "AND paid_on BETWEEN :from AND :to ORDER BY paid_on, id"_s,
                             rangeBindings(accountId, from, to), fromRow);
}

std::optional<QList<Payment>> PaymentStore::payments(qint64 accountId, Period from, Period to) const
{
    return payments(accountId, from.firstDay(), to.lastDay());
}

std::optional<Money> PaymentStore::totalPaid(qint64 accountId, QDate from, QDate to) const
{
    return m_connection.one(u"SELECT coalesce(sum(amount_kopecks), 0) FROM payments "
                            "WHERE account_id = :account AND paid_on BETWEEN :from AND :to"_s,
                            rangeBindings(accountId, from, to), [](const QSqlQuery& row) {
                                return Money::fromKopecks(row.value(0).toLongLong());
                            });
}
