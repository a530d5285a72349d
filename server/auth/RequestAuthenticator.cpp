#include "auth/RequestAuthenticator.h"

#include "auth/SessionRepository.h"
#include "http/BearerToken.h"

#include <QHttpServerRequest>

RequestAuthenticator::RequestAuthenticator(PortalContext& context)
    : m_context(context)
{ }

std::optional<qint64> RequestAuthenticator::userId(const QHttpServerRequest& request) const
{
    const std::optional<AuthenticatedSession> found = session(request);
    return found ? std::optional<qint64>(found->userId) : std::nullopt;
}

std::optional<AuthenticatedSession>
RequestAuthenticator::session(const QHttpServerRequest& request) const
{
    const std::optional<QString> token = BearerToken::fromRequest(request);
    if (!token)
        return std::nullopt;
    return SessionRepository(m_context).authenticate(*token);
}
