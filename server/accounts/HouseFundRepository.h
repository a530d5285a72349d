#pragma once

#include "accounts/Lookup.h"
#include "protocol/types/HouseFund.h"

class PortalDatabase;

// The figures of each house's capital-repair fund (table house_funds, one row per building).
class HouseFundRepository
{
public:
    explicit HouseFundRepository(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    // Inserts or replaces the figures of fund.buildingId.
    bool store(const HouseFund& fund, qint64 changedSeq);
    Lookup<HouseFund> find(qint64 buildingId) const;

private:
    PortalDatabase& m_database;
};
