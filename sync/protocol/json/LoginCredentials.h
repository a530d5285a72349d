#pragma once

#include <QString>

// What POST /sessions sends. The captcha fields are needed only after the server answered
// `422 captcha_required`; empty means "not sent". The password is a secret: never log this.
struct LoginCredentials
{
    QString login;
    QString password;
    QString captchaId;
    QString captchaAnswer;

    bool hasCaptcha() const { return !captchaId.isEmpty() || !captchaAnswer.isEmpty(); }

    friend bool operator==(const LoginCredentials&, const LoginCredentials&) = default;
};
