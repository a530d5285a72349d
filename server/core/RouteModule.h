#pragma once

#include <QString>

class PortalContext;
class PortalRouter;

// One area of the API (authentication, accounts, appeals, …) in a class of its own. To add one:
// write `class FooRoutes : public RouteModule` in its own folder and add one line to
// createRouteModules() in core/RouteModules.cpp. The server owns the module for its whole life,
// so routes may capture `this`; state kept in memory (rate limits, say) can live in the module.
class RouteModule
{
public:
    virtual ~RouteModule() = default;

    // A short name for start-up errors, e.g. "accounts".
    virtual QString name() const = 0;

    // Called once before any route is registered: create the tables of this area with
    // PortalDatabase::ensureSchema(), make folders, …; false with error stops the server.
    virtual bool prepare(PortalContext& context, QString& error)
    {
        Q_UNUSED(context);
        Q_UNUSED(error);
        return true;
    }

    // Registers the endpoints; see PortalRouter for the handler forms.
    virtual void registerRoutes(PortalRouter& router, PortalContext& context) = 0;
};
