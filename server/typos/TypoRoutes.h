#pragma once

#include "core/RouteModule.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

// docs/api.md "Typo reports": POST /api/v1/typo-reports (idempotent) → 201 {"id"}.
class TypoRoutes final : public RouteModule
{
public:
    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;

private:
    static QHttpServerResponse create(PortalContext& context, qint64 userId,
                                      const QHttpServerRequest& request);
};
