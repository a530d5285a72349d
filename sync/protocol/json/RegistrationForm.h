#pragma once

#include <QString>

// What POST /registrations sends (docs/api.md, "Registration and activation"). The password and
// its confirmation are secrets: never log this.
struct RegistrationForm
{
    QString login;
    QString email;
    QString password;
    QString passwordConfirmation;
    QString captchaId;
    QString captchaAnswer;
    bool agreementAccepted = false;

    friend bool operator==(const RegistrationForm&, const RegistrationForm&) = default;
};
