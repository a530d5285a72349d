#include "auth/LoginThrottle.h"

#include "auth/UserRepository.h"

namespace {
// Logins are at most 30 characters; a longer text (up to a whole body) is no login, and must not
// make a key that large.
QString loginKey(const QString& login)
{
    return UserRepository::foldedKey(login.left(64));
}
} // namespace

LoginThrottle::LoginThrottle()
    : m_logins(loginWindowSeconds)
    , m_addresses(addressWindowSeconds)
{ }

qint64 LoginThrottle::addressRetryAfter(const QHostAddress& address, qint64 now)
{
    return m_addresses.secondsUntilBelow(addressKey(address), addressLimit, now);
}

bool LoginThrottle::captchaRequired(const QString& login, qint64 now)
{
    return m_logins.count(loginKey(login), now) >= captchaAfterFailures;
}

void LoginThrottle::recordFailure(const QString& login, const QHostAddress& address, qint64 now)
{
    if (!login.isEmpty())
        m_logins.record(loginKey(login), now);
    m_addresses.record(addressKey(address), now);
}

void LoginThrottle::recordSuccess(const QString& login)
{
    m_logins.clear(loginKey(login));
}

QString LoginThrottle::addressKey(const QHostAddress& address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4); // also for ::ffff:a.b.c.d
    if (isIpv4)
        return QHostAddress(ipv4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}
