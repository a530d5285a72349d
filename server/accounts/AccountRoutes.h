#pragma once

#include "core/RouteModule.h"

#include <memory>

class AccountEndpoints;
class AccountHistoryEndpoints;
class AccountLinkEndpoint;
class AddressDirectoryEndpoints;
class BuildingEndpoints;
class OperatorNoticeEndpoints;

// The accounts area of docs/api.md: the address directory, linking and unlinking accounts, the
// account card, charges, payments, the movement of funds, the building, organizations and news,
// over the operator's records (AccountsSchema). The endpoint groups live as long as the module,
// so their routes may capture them.
class AccountRoutes final : public RouteModule
{
public:
    AccountRoutes();
    ~AccountRoutes() override;

    QString name() const override;
    bool prepare(PortalContext& context, QString& error) override;
    void registerRoutes(PortalRouter& router, PortalContext& context) override;

private:
    std::unique_ptr<AddressDirectoryEndpoints> m_addresses;
    std::unique_ptr<AccountEndpoints> m_accounts;
    std::unique_ptr<AccountLinkEndpoint> m_linking;
    std::unique_ptr<AccountHistoryEndpoints> m_history;
    std::unique_ptr<BuildingEndpoints> m_buildings;
    std::unique_ptr<OperatorNoticeEndpoints> m_notices;
};
