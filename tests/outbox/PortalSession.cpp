#include "PortalSession.h"

#include "ReplyWaiter.h"

#include <QDebug>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

PortalSession::PortalSession(const QUrl& baseUrl, const QString& caPath)
    : m_transport(baseUrl, trustOf(caPath))
    , m_api(m_transport)
    , m_client(m_api)
{
    // Short enough that a test of a hanging server stays fast, long enough for a slow machine.
    m_transport.setTimeout(5s);
}

TlsTrust PortalSession::trustOf(const QString& caPath)
{
    return TlsTrust::load(caPath, QString()).trust.value_or(TlsTrust());
}

bool PortalSession::logIn()
{
    const Waited<SessionTokens> tokens =
        waitFor(m_client.logIn(LoginCredentials {u"demo"_s, u"kapremont"_s, {}, {}}));
    if (!tokens.isOk()) {
        qWarning().noquote() << "login failed:" << tokens.describe();
        return false;
    }
    m_api.startSession(*tokens.value);
    return true;
}

std::optional<QList<Appeal>> PortalSession::appeals()
{
    const Waited<QList<Appeal>> appeals = waitFor(m_client.appeals());
    if (!appeals.isOk()) {
        qWarning().noquote() << "GET /appeals failed:" << appeals.describe();
        return std::nullopt;
    }
    return appeals.value;
}

int PortalSession::appealsWithTopic(const QString& topic)
{
    const std::optional<QList<Appeal>> all = appeals();
    if (!all)
        return -1;
    return int(std::count_if(all->cbegin(), all->cend(),
                             [&topic](const Appeal& appeal) { return appeal.topic == topic; }));
}
