#pragma once

#include "auth/FailureWindow.h"

#include <QHostAddress>
#include <QString>

// The limits of POST /api/v1/sessions (docs/api.md, Sessions): after captchaAfterFailures failed
// logins for one login the next attempts need a captcha, until a login succeeds (or a day passes
// without failures); after addressLimit failures from one address within addressWindowSeconds,
// that address is answered 429 until the oldest of them leaves the window.
//
// Logins are counted whether or not they exist, so that the answers do not tell. IPv6 addresses
// count by their /64 network, which one machine usually has whole.
class LoginThrottle
{
public:
    static constexpr int captchaAfterFailures = 3;
    static constexpr qint64 loginWindowSeconds = 24 * 60 * 60;
    static constexpr int addressLimit = 10;
    static constexpr qint64 addressWindowSeconds = 15 * 60;

    LoginThrottle();

    // Seconds the address has to wait before trying again; 0 when it may try now.
    qint64 addressRetryAfter(const QHostAddress& address, qint64 now);
    bool captchaRequired(const QString& login, qint64 now);

    // A failed attempt: wrong password, or a wrong captcha answer (login empty then: the login
    // was not tried).
    void recordFailure(const QString& login, const QHostAddress& address, qint64 now);
    void recordSuccess(const QString& login);

    static QString addressKey(const QHostAddress& address);

private:
    FailureWindow m_logins;
    FailureWindow m_addresses;
};
