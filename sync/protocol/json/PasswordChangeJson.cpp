#include "PasswordChangeJson.h"

#include "protocol/json/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject PasswordChangeJson::toJson(const PasswordChange& passwordChange)
{
    return QJsonObject {
        {u"currentPassword"_s, passwordChange.currentPassword},
        {u"password"_s, passwordChange.password},
        {u"passwordConfirmation"_s, passwordChange.passwordConfirmation},
    };
}

std::optional<PasswordChange> PasswordChangeJson::fromJson(const QJsonObject& object,
                                                           JsonError* error)
{
    JsonReader reader(object);
    PasswordChange change;
    change.currentPassword = reader.string(u"currentPassword");
    change.password = reader.string(u"password");
    change.passwordConfirmation = reader.string(u"passwordConfirmation");
    return reader.result(change, error);
}
