#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"
#include "protocol/types/ChargeLine.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

class PortalDatabase;

// The operator's charge lines (table charge_lines): one per account, period and service, with
// the quantity, the tariff, the base charge, the recalculation booked in that period and the
// total. Periods are stored as Period::toKey() (201409), so ranges are integer comparisons.
class ChargeRepository
{
public:
    explicit ChargeRepository(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    // The statement is prepared once per repository, for bulk writers. The new id, or
    // std::nullopt on error.
    std::optional<qint64> insert(const ChargeLine& line, qint64 changedSeq);

    // The lines of the periods from..to (both included), by period and service.
    std::optional<QList<ChargeLine>> lines(qint64 accountId, Period from, Period to) const;
    // The sum of the base charges of the periods from..to.
    std::optional<Money> baseTotal(qint64 accountId, Period from, Period to) const;

private:
    PortalDatabase& m_database;
    std::optional<QSqlQuery> m_insert;
};
