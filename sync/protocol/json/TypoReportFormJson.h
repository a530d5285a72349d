#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/TypoReportForm.h"

#include <QJsonObject>

#include <optional>

// The body of POST /typo-reports: {"selection", "context", "screen", "comment"}. The last three
// are optional: written only when not empty, and absent or null (empty) when read.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class TypoReportFormJson
{
public:
    TypoReportFormJson() = delete;

    static QJsonObject toJson(const TypoReportForm& typoReportForm);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<TypoReportForm> fromJson(const QJsonObject& object,
                                                  JsonError* error = nullptr);
};
