#include "http/PortalServer.h"

#include "core/PortalContext.h"
#include "core/RouteModule.h"
#include "http/JsonResponse.h"
#include "http/PortalSslServer.h"
#include "http/RequestLog.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::Literals::StringLiterals;

PortalServer::PortalServer(PortalContext& context)
    : m_context(context)
    , m_router(m_http)
{
    m_http.afterRequest([this](QHttpServerResponse&& response, const QHttpServerRequest& request) {
        RequestLog::write(RouteTable::methodName(request.method()),
                          RequestLog::safePath(request.url()), int(response.statusCode()),
                          m_timer.elapsedMs());
        return std::move(response);
    });
    m_http.setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            answerUnrouted(request, std::move(responder));
        });
}

PortalServer::~PortalServer() = default;

bool PortalServer::addModules(std::vector<std::unique_ptr<RouteModule>> modules)
{
    for (std::unique_ptr<RouteModule>& module : modules) {
        if (!addModule(std::move(module)))
            return false;
    }
    return true;
}

bool PortalServer::addModule(std::unique_ptr<RouteModule> module)
{
    QString error;
    if (!module->prepare(m_context, error)) {
        m_errorString = tr("Cannot prepare %1: %2").arg(module->name(), error);
        return false;
    }
    module->registerRoutes(m_router, m_context);
    if (!m_router.failures().isEmpty()) {
        m_errorString = tr("Cannot register the routes of %1: %2")
                            .arg(module->name(), m_router.failures().join(u", "_s));
        return false;
    }
    m_modules.push_back(std::move(module));
    return true;
}

quint16 PortalServer::listen(const QHostAddress& address, quint16 port,
                             const QSslConfiguration& tls)
{
    auto* listener = new PortalSslServer(m_timer);
    listener->setSslConfiguration(tls);
    if (!listener->listen(address, port)) {
        m_errorString = tr("Cannot listen on %1 port %2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(listener->errorString());
        delete listener;
        return 0;
    }
    // The HTTP server takes the listener (as its child) and serves what it accepts.
    m_http.bind(listener);
    return listener->serverPort();
}

void PortalServer::answerUnrouted(const QHttpServerRequest& request,
                                  QHttpServerResponder&& responder)
{
    const QString path = request.url().path();
    const RouteTable::Methods allowed = m_router.table().allowedMethods(path);
    const bool api = path.startsWith(u"/api/"_s) || path == u"/api"_s;

    QHttpServerResponse response(QHttpServerResponder::StatusCode::NotFound);
    if (allowed && !allowed.testFlag(request.method())) {
        response = api ? JsonResponse::error(ApiErrorCode::MethodNotAllowed)
                       : QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                             QByteArrayLiteral("Method not allowed\n"),
                                             QHttpServerResponder::StatusCode::MethodNotAllowed);
        response.setHeader(QByteArrayLiteral("Allow"), RouteTable::allowHeader(allowed));
    } else {
        response = api ? JsonResponse::error(ApiErrorCode::NotFound)
                       : QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                             QByteArrayLiteral("Not found\n"),
                                             QHttpServerResponder::StatusCode::NotFound);
    }
    RequestLog::write(RouteTable::methodName(request.method()), RequestLog::safePath(request.url()),
                      int(response.statusCode()), m_timer.elapsedMs());
    response.write(std::move(responder));
}
