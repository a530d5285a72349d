#pragma once

#include "net/ApiTransport.h"
#include "protocol/json/SessionTokens.h"

#include <QString>

class PortalProcess;

// Signs in to a running kabinet-portal over the client's own HTTPS layer (POST /api/v1/sessions
// through ApiTransport, trusting the portal's development CA), as the engine's page source needs
// an access token until the session layer exists.
class PortalLogin
{
public:
    PortalLogin() = delete;

    // A transport to portal's current address that trusts its CA.
    static std::unique_ptr<ApiTransport> transportFor(PortalProcess& portal);
    // The session's tokens; std::nullopt (with a warning) on failure.
    static std::optional<SessionTokens> logIn(ApiTransport& transport, const QString& login,
                                              const QString& password);
    // The access token; empty (with a warning) on failure.
    static QString accessToken(ApiTransport& transport, const QString& login,
                               const QString& password);
    // demo / kapremont, the demo data's user.
    static std::optional<SessionTokens> logInDemo(ApiTransport& transport);
    static QString demoToken(ApiTransport& transport);
};
