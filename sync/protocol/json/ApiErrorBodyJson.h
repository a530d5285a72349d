#pragma once

#include "protocol/json/ApiErrorBody.h"
#include "protocol/json/JsonError.h"

#include <QJsonObject>

#include <optional>

// An error body: {"error" (ApiErrorBody::codeKey()), "field" (null when none), "message"}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class ApiErrorBodyJson
{
public:
    ApiErrorBodyJson() = delete;

    static QJsonObject toJson(const ApiErrorBody& apiError);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<ApiErrorBody> fromJson(const QJsonObject& object,
                                                JsonError* error = nullptr);
};
