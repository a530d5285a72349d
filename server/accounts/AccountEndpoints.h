#pragma once

#include "accounts/AccountGate.h"

#include <QHttpServerResponse>
#include <QString>

class PortalContext;
class PortalRouter;
class QHttpServerRequest;

// The user's accounts (docs/api.md, "Accounts"): GET /api/v1/accounts,
// GET /api/v1/accounts/{id} and DELETE /api/v1/accounts/{id} (unlinking, which leaves a
// tombstone for sync). Linking (POST) is AccountLinkEndpoint's.
class AccountEndpoints
{
public:
    explicit AccountEndpoints(PortalContext& context);

    void registerRoutes(PortalRouter& router);

private:
    QHttpServerResponse list(const QHttpServerRequest& request);
    QHttpServerResponse show(const QString& idText, const QHttpServerRequest& request);
    QHttpServerResponse unlink(const QString& idText, const QHttpServerRequest& request);

    PortalContext& m_context;
    AccountGate m_gate;
};
