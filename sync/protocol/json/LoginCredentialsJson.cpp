#include "LoginCredentialsJson.h"

#include "protocol/json/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject LoginCredentialsJson::toJson(const LoginCredentials& loginCredentials)
{
    QJsonObject object {
        {u"login"_s, loginCredentials.login},
        {u"password"_s, loginCredentials.password},
    };
    // Both or neither: the server asks for the pair, and half of one is still an answer to check.
    if (loginCredentials.hasCaptcha()) {
        object.insert(u"captchaId"_s, loginCredentials.captchaId);
        object.insert(u"captchaAnswer"_s, loginCredentials.captchaAnswer);
    }
    return object;
}

std::optional<LoginCredentials> LoginCredentialsJson::fromJson(const QJsonObject& object,
                                                               JsonError* error)
{
    JsonReader reader(object);
    LoginCredentials credentials;
    credentials.login = reader.string(u"login");
    credentials.password = reader.string(u"password");
    credentials.captchaId = reader.optionalString(u"captchaId");
    credentials.captchaAnswer = reader.optionalString(u"captchaAnswer");
    return reader.result(credentials, error);
}
