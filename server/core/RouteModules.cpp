#include "core/RouteModules.h"

#include "accounts/AccountRoutes.h"
#include "appeals/AppealRoutes.h"
#include "auth/CaptchaRoutes.h"
#include "auth/PasswordResetRoutes.h"
#include "auth/ProfileRoutes.h"
#include "auth/RegistrationRoutes.h"
#include "auth/SessionRoutes.h"
#include "meters/MeterRoutes.h"
#include "routes/HealthRoutes.h"
#include "sync/SyncRoutes.h"
#include "typos/TypoRoutes.h"

std::vector<std::unique_ptr<RouteModule>> createRouteModules()
{
    std::vector<std::unique_ptr<RouteModule>> modules;
    // One line per module.
    modules.push_back(std::make_unique<HealthRoutes>());
    modules.push_back(std::make_unique<CaptchaRoutes>());
    modules.push_back(std::make_unique<RegistrationRoutes>());
    modules.push_back(std::make_unique<SessionRoutes>());
    modules.push_back(std::make_unique<PasswordResetRoutes>());
    modules.push_back(std::make_unique<ProfileRoutes>());
    modules.push_back(std::make_unique<AccountRoutes>());
    modules.push_back(std::make_unique<AppealRoutes>());
    modules.push_back(std::make_unique<MeterRoutes>());
    modules.push_back(std::make_unique<TypoRoutes>());
    modules.push_back(std::make_unique<SyncRoutes>());
    return modules;
}
