#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/Recalculation.h"

#include <QJsonObject>

#include <optional>

// A recalculation: {"id", "appliedIn", "corrects", "amountKopecks", "reason"}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class RecalculationJson
{
public:
    RecalculationJson() = delete;

    static QJsonObject toJson(const Recalculation& recalculation);
    // accountId is the account the charges were asked for: not on the wire.
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<Recalculation> fromJson(const QJsonObject& object, qint64 accountId,
                                                 JsonError* error = nullptr);
};
