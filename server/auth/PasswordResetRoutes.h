#pragma once

#include "core/RouteModule.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

// docs/api.md, Passwords: POST /api/v1/password-resets mails a link to
// GET /reset-password?token=…, a form that POST /reset-password answers by setting the new
// password and revoking every session of the user.
class PasswordResetRoutes final : public RouteModule
{
public:
    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;

private:
    static QHttpServerResponse requestReset(PortalContext& context,
                                            const QHttpServerRequest& request);
    static QHttpServerResponse formPage(PortalContext& context, const QHttpServerRequest& request);
    static QHttpServerResponse submitForm(PortalContext& context,
                                          const QHttpServerRequest& request);
};
