#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/RegisteredUser.h"

#include <QJsonObject>

#include <optional>

// The answer of POST /registrations: {"login", "email"}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class RegisteredUserJson
{
public:
    RegisteredUserJson() = delete;

    static QJsonObject toJson(const RegisteredUser& registeredUser);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<RegisteredUser> fromJson(const QJsonObject& object,
                                                  JsonError* error = nullptr);
};
