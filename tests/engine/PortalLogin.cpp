#include "PortalLogin.h"

#include "EngineTestLog.h"
#include "PortalProcess.h"
#include "protocol/json/SessionTokensJson.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<ApiTransport> PortalLogin::transportFor(PortalProcess& portal)
{
    TlsTrust trust;
    trust.addCaCertificates({portal.caCertificate()});
    return std::make_unique<ApiTransport>(portal.baseUrl(), trust);
}

std::optional<SessionTokens> PortalLogin::logIn(ApiTransport& transport, const QString& login,
                                                const QString& password)
{
    ApiCall* call = transport.send(ApiRequest::post(
        u"/sessions"_s, QJsonObject {{u"login"_s, login}, {u"password"_s, password}}));
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20000)) {
        qCWarning(lcEngineTest).noquote() << "POST /sessions did not finish";
        return std::nullopt;
    }
    const ApiResult result = finished.at(0).at(0).value<ApiResult>();
    if (!result.isOk()) {
        qCWarning(lcEngineTest).noquote()
            << u"POST /sessions failed: "_s + result.error().describe();
        return std::nullopt;
    }
    JsonError error;
    const std::optional<SessionTokens> tokens = SessionTokensJson::fromJson(result.body(), &error);
    if (!tokens)
        qCWarning(lcEngineTest).noquote()
            << u"POST /sessions answered no tokens: "_s + error.message;
    return tokens;
}

QString PortalLogin::accessToken(ApiTransport& transport, const QString& login,
                                 const QString& password)
{
    const std::optional<SessionTokens> tokens = logIn(transport, login, password);
    return tokens ? tokens->accessToken : QString();
}

std::optional<SessionTokens> PortalLogin::logInDemo(ApiTransport& transport)
{
    return logIn(transport, u"demo"_s, u"kapremont"_s);
}

QString PortalLogin::demoToken(ApiTransport& transport)
{
    return accessToken(transport, u"demo"_s, u"kapremont"_s);
}
