#pragma once

#include "protocol/types/Building.h"
#include "protocol/types/CapitalRepairWork.h"
#include "protocol/types/HouseFund.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// Houses («Технические характеристики МКД»), their planned capital-repair works and their funds.
// Removing a house removes its works and fund.
class BuildingStore
{
public:
    explicit BuildingStore(QSqlDatabase db);

    // Inserts the house or overwrites the one with the same id.
    bool upsertBuilding(const Building& building);
    bool removeBuilding(qint64 buildingId);
    // std::nullopt when there is no such house (lastError() invalid) or on failure.
    std::optional<Building> building(qint64 buildingId) const;

    // Inserts the work or overwrites the one with the same id.
    bool upsertWork(const CapitalRepairWork& work);
    // Makes the cache hold exactly these works for the house. Fails, changing nothing, when a work
    // belongs to another house.
    bool replaceWorks(qint64 buildingId, const QList<CapitalRepairWork>& works);
    // Ordered by planned start, then by id.
    std::optional<QList<CapitalRepairWork>> works(qint64 buildingId) const;

    // Inserts or overwrites the fund of fund.buildingId.
    bool saveHouseFund(const HouseFund& fund);
    std::optional<HouseFund> houseFund(qint64 buildingId) const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    StoreConnection m_connection;
};
