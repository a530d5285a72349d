#include "SessionTokensJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject SessionTokensJson::toJson(const SessionTokens& sessionTokens)
{
    return QJsonObject {
        {u"accessToken"_s, sessionTokens.accessToken},
        {u"accessExpiresIn"_s, JsonValues::integer(sessionTokens.accessExpiresIn)},
        {u"refreshToken"_s, sessionTokens.refreshToken},
        {u"refreshExpiresIn"_s, JsonValues::integer(sessionTokens.refreshExpiresIn)},
    };
}

std::optional<SessionTokens> SessionTokensJson::fromJson(const QJsonObject& object,
                                                         JsonError* error)
{
    JsonReader reader(object);
    SessionTokens tokens;
    tokens.accessToken = reader.string(u"accessToken");
    tokens.accessExpiresIn = reader.integer(u"accessExpiresIn");
    tokens.refreshToken = reader.string(u"refreshToken");
    tokens.refreshExpiresIn = reader.integer(u"refreshExpiresIn");
    return reader.result(tokens, error);
}
