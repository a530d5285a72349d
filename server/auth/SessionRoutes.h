#pragma once

#include "auth/LoginThrottle.h"
#include "core/RouteModule.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

// docs/api.md, Sessions: log in (POST /api/v1/sessions, with the captcha and rate limits of
// LoginThrottle), rotate the refresh token (POST /api/v1/sessions/refresh) and log out
// (DELETE /api/v1/sessions/current).
class SessionRoutes final : public RouteModule
{
public:
    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;

private:
    QHttpServerResponse logIn(PortalContext& context, const QHttpServerRequest& request);
    static QHttpServerResponse refresh(PortalContext& context, const QHttpServerRequest& request);
    static QHttpServerResponse logOut(PortalContext& context, const QHttpServerRequest& request);

    // In memory, for the server's life: the failures of the last minutes are all it needs.
    LoginThrottle m_throttle;
};
