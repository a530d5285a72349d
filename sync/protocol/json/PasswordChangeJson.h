#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/PasswordChange.h"

#include <QJsonObject>

#include <optional>

// The body of PUT /profile/password: {"currentPassword", "password", "passwordConfirmation"}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class PasswordChangeJson
{
public:
    PasswordChangeJson() = delete;

    static QJsonObject toJson(const PasswordChange& passwordChange);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<PasswordChange> fromJson(const QJsonObject& object,
                                                  JsonError* error = nullptr);
};
