#pragma once

#include "protocol/types/Building.h"
#include "protocol/types/CapitalRepairWork.h"
#include "protocol/types/HouseFund.h"

#include <QList>

#include <optional>

// One house as the cache holds it, read at once on the reader's thread for BuildingPage.
struct BuildingSnapshot
{
    qint64 buildingId = 0;
    std::optional<Building> building; // absent until a sync has brought the house
    QList<CapitalRepairWork> works;
    std::optional<HouseFund> fund;
};
