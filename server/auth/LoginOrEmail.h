#pragma once

#include "auth/UserRecord.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class JsonFieldReader;
class UserRepository;

// The {"login": "…"} or {"email": "…"} that names a user in the requests that mail a link
// (POST /activations, POST /password-resets). Both compared regardless of case.
class LoginOrEmail
{
    Q_DECLARE_TR_FUNCTIONS(LoginOrEmail)

public:
    // The name in the body; nullopt with the error recorded in fields (a field of the wrong type
    // is 400 malformed, neither field 422 invalid naming "login").
    static std::optional<LoginOrEmail> read(JsonFieldReader& fields);

    std::optional<UserRecord> find(const UserRepository& users) const;

private:
    LoginOrEmail(const QString& text, bool isLogin);

    QString m_text;
    bool m_isLogin = true;
};
