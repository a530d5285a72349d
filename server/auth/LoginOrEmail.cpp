#include "auth/LoginOrEmail.h"

#include "auth/UserRepository.h"
#include "http/JsonFieldReader.h"

using namespace Qt::Literals::StringLiterals;

LoginOrEmail::LoginOrEmail(const QString& text, bool isLogin)
    : m_text(text)
    , m_isLogin(isLogin)
{ }

std::optional<LoginOrEmail> LoginOrEmail::read(JsonFieldReader& fields)
{
    const std::optional<QString> login = fields.optionalString(u"login"_s);
    const std::optional<QString> email = fields.optionalString(u"email"_s);
    if (fields.hasError())
        return std::nullopt;
    if (login && !login->isEmpty())
        return LoginOrEmail(*login, true);
    if (email && !email->isEmpty())
        return LoginOrEmail(*email, false);
    fields.fail(ApiError(ApiErrorCode::Invalid, u"login"_s, tr("Give a login or an e-mail.")));
    return std::nullopt;
}

std::optional<UserRecord> LoginOrEmail::find(const UserRepository& users) const
{
    return m_isLogin ? users.findByLogin(m_text) : users.findByEmail(m_text);
}
