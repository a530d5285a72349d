#pragma once

#include "protocol/types/Building.h"
#include "protocol/types/CapitalRepairWork.h"
#include "protocol/types/HouseFund.h"

#include <QList>

// A house with its planned works and its fund, as GET /buildings/{id} answers. The cache keeps the
// three apart (BuildingStore); on the wire they travel together.
struct BuildingDetails
{
    Building building;
    QList<CapitalRepairWork> works; // each with buildingId == building.id
    HouseFund fund; // fund.buildingId == building.id

    friend bool operator==(const BuildingDetails&, const BuildingDetails&) = default;
};
