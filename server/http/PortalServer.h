#pragma once

#include "http/PortalRouter.h"
#include "http/RequestTimer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QSslConfiguration>

#include <memory>
#include <vector>

class PortalContext;
class RouteModule;

// The HTTPS server: Qt's QHttpServer behind a PortalSslServer, with the route modules' endpoints,
// JSON 404/405 answers for everything no route takes, and one log line per request.
class PortalServer
{
    Q_DECLARE_TR_FUNCTIONS(PortalServer)

public:
    explicit PortalServer(PortalContext& context);
    ~PortalServer();
    PortalServer(const PortalServer&) = delete;
    PortalServer& operator=(const PortalServer&) = delete;

    // Prepares each module (its tables) and registers its routes; false with errorString().
    bool addModules(std::vector<std::unique_ptr<RouteModule>> modules);
    bool addModule(std::unique_ptr<RouteModule> module);

    // Listens with TLS on address:port (0 for a free port); returns the port, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port, const QSslConfiguration& tls);

    QString errorString() const { return m_errorString; }
    PortalRouter& router() { return m_router; }

private:
    void answerUnrouted(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    PortalContext& m_context;
    RequestTimer m_timer;
    std::vector<std::unique_ptr<RouteModule>> m_modules;
    // Declared after the modules: routes capture them, so the server goes first.
    QHttpServer m_http;
    PortalRouter m_router;
    QString m_errorString;
};
