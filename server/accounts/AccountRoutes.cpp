#include "accounts/AccountRoutes.h"

#include "accounts/AccountEndpoints.h"
#include "accounts/AccountHistoryEndpoints.h"
#include "accounts/AccountLinkEndpoint.h"
#include "accounts/AccountsSchema.h"
#include "accounts/AddressDirectoryEndpoints.h"
#include "accounts/BuildingEndpoints.h"
#include "accounts/OperatorNoticeEndpoints.h"
#include "core/PortalContext.h"
#include "idempotency/IdempotentPost.h"
#include "storage/PortalDatabase.h"

using namespace Qt::Literals::StringLiterals;

AccountRoutes::AccountRoutes() = default;
AccountRoutes::~AccountRoutes() = default;

QString AccountRoutes::name() const
{
    return u"accounts"_s;
}

bool AccountRoutes::prepare(PortalContext& context, QString& error)
{
    if (!AccountsSchema::ensure(context.database())
        || !IdempotentPost::ensureSchema(context.database())) {
        error = context.database().lastError();
        return false;
    }
    return true;
}

void AccountRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    m_addresses = std::make_unique<AddressDirectoryEndpoints>(context);
    m_accounts = std::make_unique<AccountEndpoints>(context);
    m_linking = std::make_unique<AccountLinkEndpoint>(context);
    m_history = std::make_unique<AccountHistoryEndpoints>(context);
    m_buildings = std::make_unique<BuildingEndpoints>(context);
    m_notices = std::make_unique<OperatorNoticeEndpoints>(context);
    m_addresses->registerRoutes(router);
    m_accounts->registerRoutes(router);
    m_linking->registerRoutes(router);
    m_history->registerRoutes(router);
    m_buildings->registerRoutes(router);
    m_notices->registerRoutes(router);
}
