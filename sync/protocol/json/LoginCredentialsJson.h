#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/LoginCredentials.h"

#include <QJsonObject>

#include <optional>

// The body of POST /sessions: {"login", "password", "captchaId", "captchaAnswer"}; the captcha
// fields are written only when the credentials carry a captcha and may be absent or null when
// decoding (then empty).
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class LoginCredentialsJson
{
public:
    LoginCredentialsJson() = delete;

    static QJsonObject toJson(const LoginCredentials& loginCredentials);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<LoginCredentials> fromJson(const QJsonObject& object,
                                                    JsonError* error = nullptr);
};
