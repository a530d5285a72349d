#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/MeterReadingForm.h"

#include <QJsonObject>

#include <optional>

// The body of POST /meters/{id}/readings: {"date", "valueThousandths"}. (The answer is a whole
// reading: MeterReadingJson.)
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class MeterReadingFormJson
{
public:
    MeterReadingFormJson() = delete;

    static QJsonObject toJson(const MeterReadingForm& meterReadingForm);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<MeterReadingForm> fromJson(const QJsonObject& object,
                                                    JsonError* error = nullptr);
};
