#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/HouseFund.h"

#include <QJsonObject>

#include <optional>

// A house's fund: {"asOf" (the date of the figures; null when the operator has reported none),
// "chargedKopecks", "paidKopecks", "debtKopecks", "spentKopecks"}.
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
