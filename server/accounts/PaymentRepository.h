#pragma once

#include "accounts/Lookup.h"
#include "protocol/Money.h"
#include "protocol/types/Payment.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>

#include <optional>

class PortalDatabase;

// Money the operator received on accounts (table payments). Dates are stored as ISO text, which
// sorts and compares like the dates themselves.
class PaymentRepository
{
public:
    explicit PaymentRepository(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    // Prepared once per repository. The new id, or std::nullopt on error.
    std::optional<qint64> insert(const Payment& payment, qint64 changedSeq);

    // The payments dated from..to (both included), by date and id.
    std::optional<QList<Payment>> between(qint64 accountId, QDate from, QDate to) const;
    std::optional<Money> total(qint64 accountId, QDate from, QDate to) const;
    // The payments on the latest date any payment of the account has (usually one); an empty
    // list when the account has none.
    std::optional<QList<Payment>> lastDay(qint64 accountId) const;

private:
    PortalDatabase& m_database;
    std::optional<QSqlQuery> m_insert;
};
