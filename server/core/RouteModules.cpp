#include "core/RouteModules.h"

#include "routes/HealthRoutes.h"

std::vector<std::unique_ptr<RouteModule>> createRouteModules()
{
    std::vector<std::unique_ptr<RouteModule>> modules;
    // One line per module.
    modules.push_back(std::make_unique<HealthRoutes>());
    return modules;
}
