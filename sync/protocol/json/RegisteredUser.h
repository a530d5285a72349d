#pragma once

#include <QString>

// Who was registered, as POST /registrations answers: the login and the e-mail the activation
// link went to (the user is inactive until it is opened).
struct RegisteredUser
{
    QString login;
    QString email;

    friend bool operator==(const RegisteredUser&, const RegisteredUser&) = default;
};
