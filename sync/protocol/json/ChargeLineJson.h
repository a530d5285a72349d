#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/ChargeLine.h"

#include <QJsonObject>

#include <optional>

// A line of an account's charges: {"period", "service", "unit", "quantityHundredths",
// "tariffKopecks", "baseKopecks", "recalculationKopecks", "totalKopecks"}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class ChargeLineJson
{
public:
    ChargeLineJson() = delete;

    static QJsonObject toJson(const ChargeLine& chargeLine);
    // accountId is the account the lines were asked for: a line on the wire does not name it.
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<ChargeLine> fromJson(const QJsonObject& object, qint64 accountId,
                                              JsonError* error = nullptr);
};
