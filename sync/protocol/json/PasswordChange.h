#pragma once

#include <QString>

// What PUT /profile/password sends. Every field is a secret: never log this.
struct PasswordChange
{
    QString currentPassword;
    QString password;
    QString passwordConfirmation;

    friend bool operator==(const PasswordChange&, const PasswordChange&) = default;
};
