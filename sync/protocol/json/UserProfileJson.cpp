#include "UserProfileJson.h"

#include "protocol/json/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject UserProfileJson::toJson(const UserProfile& userProfile)
{
    return QJsonObject {
        {u"login"_s, userProfile.login},
        {u"email"_s, userProfile.email},
        {u"receiptSubscription"_s, userProfile.receiptsByEmail},
    };
}

std::optional<UserProfile> UserProfileJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    UserProfile profile;
    profile.login = reader.string(u"login");
    profile.email = reader.string(u"email");
    profile.receiptsByEmail = reader.boolean(u"receiptSubscription");
    return reader.result(profile, error);
}
