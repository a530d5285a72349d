#pragma once

#include "auth/AuthenticatedSession.h"

#include <optional>

class PortalContext;
class QHttpServerRequest;

// Who sends a request to a 🔒 endpoint: the live (unexpired, unrevoked) access token of its
// "Authorization: Bearer" header. Every protected handler starts with it:
//
//     const std::optional<qint64> userId = RequestAuthenticator(context).userId(request);
//     if (!userId)
//         return JsonResponse::error(ApiErrorCode::Unauthorized);
class RequestAuthenticator
{
public:
    explicit RequestAuthenticator(PortalContext& context);

    // The user of the request's access token; nullopt for a missing, malformed, unknown, expired
    // or revoked token.
    std::optional<qint64> userId(const QHttpServerRequest& request) const;
    // The same, with the session the token belongs to.
    std::optional<AuthenticatedSession> session(const QHttpServerRequest& request) const;

private:
    PortalContext& m_context;
};
