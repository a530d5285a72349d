#pragma once

#include "core/RouteModule.h"

// GET /api/v1/health → {"status": "ok", "version": "0.1.0"}: lets scripts and the test harness
// check that the server answers. No authorization.
class HealthRoutes final : public RouteModule
{
public:
    QString name() const override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;
};
