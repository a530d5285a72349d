#pragma once

#include "accounts/AccountGate.h"

#include <QHttpServerResponse>
#include <QString>

class PortalContext;
class PortalRouter;
class QHttpServerRequest;

// GET /api/v1/buildings/{id} (docs/api.md, "The building"): the technical passport of a house
// with its planned works and its fund, only for a house of one of the user's accounts; any other
// id is 404 not_found.
class BuildingEndpoints
{
public:
    explicit BuildingEndpoints(PortalContext& context);

    void registerRoutes(PortalRouter& router);

private:
    QHttpServerResponse show(const QString& idText, const QHttpServerRequest& request);

    PortalContext& m_context;
    AccountGate m_gate;
};
