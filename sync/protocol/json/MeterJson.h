#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/MeterDetails.h"

#include <QJsonObject>

#include <optional>

// A meter with its readings: {"id", "service", "serialNumber", "lastValueThousandths",
// "lastReadingDate" (null when none), "readings": [MeterReadingJson]}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class MeterJson
{
public:
    MeterJson() = delete;

    static QJsonObject toJson(const MeterDetails& meterDetails);
    // accountId is the account the meters were asked for: not on the wire.
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<MeterDetails> fromJson(const QJsonObject& object, qint64 accountId,
                                                JsonError* error = nullptr);
};
