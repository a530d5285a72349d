#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/MeterReading.h"

#include <QJsonObject>

#include <optional>

// A meter reading: {"date", "valueThousandths", "state"}; state is a MeterReading::stateKey()
// word ("pending", "sent", "accepted", "rejected").
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class MeterReadingJson
{
public:
    MeterReadingJson() = delete;

    static QJsonObject toJson(const MeterReading& meterReading);
    // meterId is the meter the reading belongs to: not on the wire.
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<MeterReading> fromJson(const QJsonObject& object, qint64 meterId,
                                                JsonError* error = nullptr);
};
