#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/RegistrationForm.h"

#include <QJsonObject>

#include <optional>

// The body of POST /registrations: {"login", "email", "password", "passwordConfirmation",
// "captchaId", "captchaAnswer", "agreementAccepted"}, all required. The codec checks types only;
// ValidationRules judges the values.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class RegistrationFormJson
{
public:
    RegistrationFormJson() = delete;

    static QJsonObject toJson(const RegistrationForm& registrationForm);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<RegistrationForm> fromJson(const QJsonObject& object,
                                                    JsonError* error = nullptr);
};
