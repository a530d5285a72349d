#pragma once

#include "core/RouteModule.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

// docs/api.md "Appeals": POST /api/v1/appeals (idempotent) and GET /api/v1/appeals, both for the
// authenticated user only. An appeal may name one of the user's linked accounts; any other
// account is 404 not_found.
class AppealRoutes final : public RouteModule
{
public:
    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;

private:
    static QHttpServerResponse create(PortalContext& context, qint64 userId,
                                      const QHttpServerRequest& request);
    static QHttpServerResponse list(PortalContext& context, qint64 userId);
};
