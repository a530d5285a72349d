#pragma once

#include "core/RouteModule.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

// docs/api.md "Meter readings": GET /api/v1/accounts/{id}/meters and
// POST /api/v1/meters/{id}/readings (idempotent). Meters of accounts not linked to the user are
// 404 not_found, exactly like meters that do not exist.
class MeterRoutes final : public RouteModule
{
public:
    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;

private:
    static QHttpServerResponse list(PortalContext& context, qint64 userId,
                                    const QString& accountIdText);
    static QHttpServerResponse addReading(PortalContext& context, qint64 userId,
                                          const QString& meterIdText,
                                          const QHttpServerRequest& request);
};
