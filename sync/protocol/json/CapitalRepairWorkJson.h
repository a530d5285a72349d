#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/CapitalRepairWork.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

// A planned work: {"id", "name", "plannedFrom", "plannedTo", "status", "costKopecks" (null until
// estimated)}. status is one of the API's "planned", "in_progress", "done", "postponed"; the
// type's Cancelled has no word in API v1, see statusKey().
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

    // The API's words for a work's status. They differ from CapitalRepairWork::statusKey() (the
    // cache's words): the API says "done" for Completed. Cancelled has no word in API v1: its key
    // is empty, and toJson() of a cancelled work is a programming error (it asserts in debug
    // builds and writes "cancelled", which a v1 decoder rejects, in release builds).
    static QString statusKey(CapitalRepairWork::Status status);
    static std::optional<CapitalRepairWork::Status> statusFromKey(QStringView key);
};
