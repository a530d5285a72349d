#pragma once

#include "DemoServer.h"
#include "ReplyWaiter.h"
#include "api/ApiClient.h"
#include "net/ApiTransport.h"
#include "session/AuthorizedApi.h"

#include <QString>

#include <chrono>

// An ApiClient signed in to a test's DemoServer over the client's real HTTPS layer, as the
// application has one after the login screen.
struct SignedInClient
{
    explicit SignedInClient(DemoServer& server)
        : transport(server.baseUrl(), server.trust())
        , api(transport)
        , client(api)
    {
        transport.setTimeout(std::chrono::seconds(10));
    }

    // false (with a warning) when the server refuses.
    bool logIn(const QString& login, const QString& password)
    {
        const Waited<SessionTokens> tokens = waitFor(client.logIn({login, password, {}, {}}));
        if (!tokens.isOk()) {
            qWarning("login failed: %s", tokens.describe().constData());
            return false;
        }
        api.startSession(*tokens.value);
        return true;
    }

    ApiTransport transport;
    AuthorizedApi api;
    ApiClient client;
};
