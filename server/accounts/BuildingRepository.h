#pragma once

#include "accounts/Lookup.h"
#include "protocol/types/Building.h"

#include <optional>

class PortalDatabase;

// The operator's technical passports of the houses (table buildings). The utilities travel as a
// JSON array in one column: they are only ever read with their building.
class BuildingRepository
{
public:
    explicit BuildingRepository(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    // Inserts building (its id is ignored); the new id, std::nullopt on error.
    std::optional<qint64> insert(const Building& building, qint64 changedSeq);
    Lookup<Building> find(qint64 id) const;

private:
    PortalDatabase& m_database;
};
