#pragma once

#include "protocol/json/BuildingDetails.h"
#include "protocol/json/JsonError.h"

#include <QJsonObject>

#include <optional>

// A house: {"id", "address", "yearBuilt", "floors", "entrances", "flats", "totalAreaCentiM2",
// "livingAreaCentiM2", "wallMaterial", "roofType", "utilities": [text], "fundAccount",
// "works": [CapitalRepairWorkJson], "fund": HouseFundJson}. fundAccount is "regional_operator",
// "special_account" or "unknown" (Building::fundAccountKey()).
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class BuildingJson
{
public:
    BuildingJson() = delete;

    static QJsonObject toJson(const BuildingDetails& buildingDetails);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<BuildingDetails> fromJson(const QJsonObject& object,
                                                   JsonError* error = nullptr);
};
