#pragma once

#include "core/RouteModule.h"

// POST /api/v1/captchas (docs/api.md, Captcha): a new challenge with its picture.
class CaptchaRoutes final : public RouteModule
{
public:
    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;
};
