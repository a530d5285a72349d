#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/CapitalRepairWork.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

// A planned work: {"id", "name", "plannedFrom", "plannedTo", "status", "costKopecks" (null until
// estimated)}. status is a CapitalRepairWork::statusKey() word: "planned", "in_progress",
// "completed", "postponed", "cancelled".
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class CapitalRepairWorkJson
{
public:
    CapitalRepairWorkJson() = delete;

    static QJsonObject toJson(const CapitalRepairWork& capitalRepairWork);
    // buildingId is the house the works belong to: not on the wire.
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<CapitalRepairWork> fromJson(const QJsonObject& object, qint64 buildingId,
                                                     JsonError* error = nullptr);

    // The API's words for a work's status: the same as CapitalRepairWork::statusKey() (the cache's
    // words), every status included.
    static QString statusKey(CapitalRepairWork::Status status);
    static std::optional<CapitalRepairWork::Status> statusFromKey(QStringView key);
};
