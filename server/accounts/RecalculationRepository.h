#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"
#include "protocol/types/Recalculation.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

class PortalDatabase;

// The operator's recalculations (table recalculations): each is booked in one period
// (applied_in) and corrects another (corrects). The amounts are what the movement of funds calls
// "recalculated"; the charge line of the booking period shows their sum.
class RecalculationRepository
{
public:
    explicit RecalculationRepository(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    // Prepared once per repository. The new id, or std::nullopt on error.
    std::optional<qint64> insert(const Recalculation& recalculation, qint64 changedSeq);

    // Those booked in the periods from..to, by booking period and id.
    std::optional<QList<Recalculation>> bookedIn(qint64 accountId, Period from, Period to) const;
    std::optional<Money> total(qint64 accountId, Period from, Period to) const;

private:
    PortalDatabase& m_database;
    std::optional<QSqlQuery> m_insert;
};
