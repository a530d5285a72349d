#pragma once

#include "core/RouteModule.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

class QHttpServerRequest;

// docs/api.md, Registration and activation: POST /api/v1/registrations, POST /api/v1/activations
// (send the activation e-mail again) and the page of the mailed link, GET /activate?token=….
class RegistrationRoutes final : public RouteModule
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationRoutes)

public:
    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;

private:
    static QHttpServerResponse registerUser(PortalContext& context,
                                            const QHttpServerRequest& request);
    static QHttpServerResponse resendActivation(PortalContext& context,
                                                const QHttpServerRequest& request);
    static QHttpServerResponse activationPage(PortalContext& context,
                                              const QHttpServerRequest& request);
};
