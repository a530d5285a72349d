#include "accounts/PaymentRepository.h"

#include "accounts/AccountRepository.h"
#include "accounts/SqlText.h"
#include "storage/PortalDatabase.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
Payment paymentFrom(const QSqlQuery& query, qint64 accountId)
{
    Payment payment;
    payment.id = query.value(0).toLongLong();
    payment.accountId = accountId;
    payment.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    payment.amount = Money::fromKopecks(query.value(2).toLongLong());
    payment.source = query.value(3).toString();
    return payment;
}
} // namespace

PaymentRepository::PaymentRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool PaymentRepository::ensureSchema(PortalDatabase& database)
{
    return AccountRepository::ensureSchema(database)
        && database.ensureSchema(
            u"payments"_s,
            {
                {u"CREATE TABLE payments (id INTEGER PRIMARY KEY, "
                 "account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                 "paid_on TEXT NOT NULL, amount_kopecks INTEGER NOT NULL, "
                 "source TEXT NOT NULL, changed_seq INTEGER NOT NULL)"_s,
                 u"CREATE INDEX payments_account ON payments (account_id, paid_on)"_s,
                 u"CREATE INDEX payments_changed ON payments (changed_seq)"_s},
            });
}

std::optional<qint64> PaymentRepository::insert(const Payment& payment, qint64 changedSeq)
{
    if (!m_insert) {
        m_insert.emplace(m_database.database());
        if (!m_insert->prepare(u"INSERT INTO payments (account_id, paid_on, amount_kopecks, "
                               "source, changed_seq) VALUES (?, ?, ?, ?, ?)"_s)) {
            m_insert.reset();
            return std::nullopt;
        }
    }
    m_insert->bindValue(0, payment.accountId);
    m_insert->bindValue(1, payment.date.toString(Qt::ISODate));
    m_insert->bindValue(2, payment.amount.kopecks());
    m_insert->bindValue(3, SqlText::of(payment.source));
    m_insert->bindValue(4, changedSeq);
    if (!m_insert->exec())
        return std::nullopt;
    return m_insert->lastInsertId().toLongLong();
}

std::optional<QList<Payment>> PaymentRepository::between(qint64 accountId, QDate from,
                                                         QDate to) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT id, paid_on, amount_kopecks, source FROM payments "
                  "WHERE account_id = ? AND paid_on BETWEEN ? AND ? ORDER BY paid_on, id"_s);
    query.bindValue(0, accountId);
    query.bindValue(1, from.toString(Qt::ISODate));
    query.bindValue(2, to.toString(Qt::ISODate));
    if (!query.exec())
        return std::nullopt;
    QList<Payment> payments;
    while (query.next())
        payments.append(paymentFrom(query, accountId));
    return payments;
}

std::optional<Money> PaymentRepository::total(qint64 accountId, QDate from, QDate to) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT COALESCE(SUM(amount_kopecks), 0) FROM payments "
                  "WHERE account_id = ? AND paid_on BETWEEN ? AND ?"_s);
    query.bindValue(0, accountId);
    query.bindValue(1, from.toString(Qt::ISODate));
    query.bindValue(2, to.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Money::fromKopecks(query.value(0).toLongLong());
}

std::optional<QList<Payment>> PaymentRepository::lastDay(qint64 accountId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT id, paid_on, amount_kopecks, source FROM payments "
                  "WHERE account_id = ? AND paid_on = "
                  "(SELECT MAX(paid_on) FROM payments WHERE account_id = ?) ORDER BY id"_s);
    query.bindValue(0, accountId);
    query.bindValue(1, accountId);
    if (!query.exec())
        return std::nullopt;
    QList<Payment> payments;
    while (query.next())
        payments.append(paymentFrom(query, accountId));
    return payments;
}
