#pragma once

#include "protocol/json/AppealForm.h"
#include "protocol/json/JsonError.h"

#include <QJsonObject>

#include <optional>

// The body of POST /appeals: {"accountId" (null when the appeal concerns no account; may be
// absent when decoding), "topic", "text"}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class AppealFormJson
{
public:
    AppealFormJson() = delete;

    static QJsonObject toJson(const AppealForm& appealForm);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<AppealForm> fromJson(const QJsonObject& object,
                                              JsonError* error = nullptr);
};
