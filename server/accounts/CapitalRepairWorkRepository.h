#pragma once

#include "protocol/types/CapitalRepairWork.h"

#include <QList>

#include <optional>

class PortalDatabase;

// The works of the regional capital-repair programme planned for each house (table
// capital_repair_works). Status is stored as CapitalRepairWork::statusKey().
class CapitalRepairWorkRepository
{
public:
    explicit CapitalRepairWorkRepository(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    std::optional<qint64> insert(const CapitalRepairWork& work, qint64 changedSeq);
    // The works of a house by planned start and id.
    std::optional<QList<CapitalRepairWork>> ofBuilding(qint64 buildingId) const;

private:
    PortalDatabase& m_database;
};
