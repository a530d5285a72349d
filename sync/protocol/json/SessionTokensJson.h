#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/SessionTokens.h"

#include <QJsonObject>

#include <optional>

// The token pair: {"accessToken", "accessExpiresIn", "refreshToken", "refreshExpiresIn"}, the
// lifetimes in seconds.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class SessionTokensJson
{
public:
    SessionTokensJson() = delete;

    static QJsonObject toJson(const SessionTokens& sessionTokens);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<SessionTokens> fromJson(const QJsonObject& object,
                                                 JsonError* error = nullptr);
};
