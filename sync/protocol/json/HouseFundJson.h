#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/HouseFund.h"

#include <QJsonObject>

#include <optional>

// A house's fund: {"chargedKopecks", "paidKopecks", "debtKopecks", "spentKopecks"}. asOf is not on
// the wire in API v1: it is not encoded and decodes as a null date.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class HouseFundJson
{
public:
    HouseFundJson() = delete;

    static QJsonObject toJson(const HouseFund& houseFund);
    // buildingId is the house of the fund: not on the wire.
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<HouseFund> fromJson(const QJsonObject& object, qint64 buildingId,
                                             JsonError* error = nullptr);
};
