#include "RegisteredUserJson.h"

#include "protocol/json/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject RegisteredUserJson::toJson(const RegisteredUser& registeredUser)
{
    return QJsonObject {
        {u"login"_s, registeredUser.login},
        {u"email"_s, registeredUser.email},
    };
}

std::optional<RegisteredUser> RegisteredUserJson::fromJson(const QJsonObject& object,
                                                           JsonError* error)
{
    JsonReader reader(object);
    RegisteredUser user;
    user.login = reader.string(u"login");
    user.email = reader.string(u"email");
    return reader.result(user, error);
}
