#pragma once

#include <memory>
#include <vector>

class RouteModule;

// Every route module of the server, in registration order.
std::vector<std::unique_ptr<RouteModule>> createRouteModules();
