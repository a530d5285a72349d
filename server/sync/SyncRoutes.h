#pragma once

#include "core/RouteModule.h"

#include <memory>

class SyncService;

// GET /api/v1/sync (docs/api.md, "Incremental sync"): everything of the user that changed since
// the cursor, in pages. Reads the tables of the auth, accounts, appeals and meters areas; writes
// nothing. The page size is SyncBudget's default unless --sync-page-size (tests) sets one.
class SyncRoutes final : public RouteModule
{
public:
    SyncRoutes();
    ~SyncRoutes() override;

    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;

private:
    std::unique_ptr<SyncService> m_service;
};
