#pragma once

#include "http/RouteTable.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QStringList>

#include <type_traits>

// Where route modules register their endpoints. It forwards to QHttpServer::route and records
// each path and method in a RouteTable for the 404/405 answers.
//
//     router.route(QHttpServerRequest::Method::Get, u"/api/v1/profile"_s,
//                  [this](const QHttpServerRequest& request) { return profile(request); });
//     router.route(QHttpServerRequest::Method::Delete, u"/api/v1/accounts/<arg>"_s,
//                  [this](const QString& id, const QHttpServerRequest& request) { ... });
//
// Handlers return QHttpServerResponse (JsonResponse builds them): that is what the request log
// sees. Write "<arg>" for every captured segment, capture ids as QString (RequestParameters::id).
class PortalRouter
{
public:
    using Method = QHttpServerRequest::Method;

    explicit PortalRouter(QHttpServer& server);

    template<typename Handler>
    void route(Method method, const QString& pathPattern, Handler&& handler)
    {
        using Traits = QHttpServerRouterViewTraits<std::decay_t<Handler>>;
        static_assert(std::is_same_v<typename Traits::ReturnType, QHttpServerResponse>,
                      "Route handlers return QHttpServerResponse, so that every answer is logged");
        m_table.add(method, pathPattern);
        if (!m_server.route(pathPattern, method, std::forward<Handler>(handler)))
            m_failures.append(QString::fromLatin1(RouteTable::methodName(method)) + u' '
                              + pathPattern);
    }

    const RouteTable& table() const { return m_table; }
    // Routes Qt refused (a bad pattern or argument type); the server does not start with any.
    QStringList failures() const { return m_failures; }

private:
    QHttpServer& m_server;
    RouteTable m_table;
    QStringList m_failures;
};
