#pragma once

#include "api/ApiClient.h"
#include "net/ApiTransport.h"
#include "net/TlsTrust.h"
#include "protocol/types/Appeal.h"
#include "session/AuthorizedApi.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One start of the client as the outbox sees it: a transport to the portal (or to a FaultProxy in
// front of it) trusting the given CA, the session layer, and the typed API, signed in as the demo
// user. Also reads back what the server holds, for the tests' assertions.
class PortalSession
{
public:
    PortalSession(const QUrl& baseUrl, const QString& caPath);

    // demo / kapremont; false (with a warning) on failure.
    bool logIn();

    ApiTransport& transport() { return m_transport; }
    AuthorizedApi& api() { return m_api; }
    ApiClient& client() { return m_client; }

    // GET /appeals with this session; std::nullopt (with a warning) on failure.
    std::optional<QList<Appeal>> appeals();
    // How many of the server's appeals have this topic; -1 on failure.
    int appealsWithTopic(const QString& topic);

private:
    static TlsTrust trustOf(const QString& caPath);

    ApiTransport m_transport;
    AuthorizedApi m_api;
    ApiClient m_client;
};
