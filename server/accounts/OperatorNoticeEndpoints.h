#pragma once

#include "accounts/AccountGate.h"

#include <QHttpServerResponse>

class PortalContext;
class PortalRouter;
class QHttpServerRequest;

// What the operator tells every user (docs/api.md, "Organizations and news"):
// GET /api/v1/organizations (with the bank details of those that take payments) and
// GET /api/v1/news (newest first).
class OperatorNoticeEndpoints
{
public:
    explicit OperatorNoticeEndpoints(PortalContext& context);

    void registerRoutes(PortalRouter& router);

private:
    QHttpServerResponse organizations(const QHttpServerRequest& request);
    QHttpServerResponse news(const QHttpServerRequest& request);

    PortalContext& m_context;
    AccountGate m_gate;
};
