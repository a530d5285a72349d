#pragma once

#include <QString>

// The token pair POST /sessions and /sessions/refresh answer with. Both tokens are secrets: never
// log them or write them anywhere unencrypted.
struct SessionTokens
{
    QString accessToken;
    qint64 accessExpiresIn = 0; // seconds from the answer
    QString refreshToken;
    qint64 refreshExpiresIn = 0; // seconds from the answer

    friend bool operator==(const SessionTokens&, const SessionTokens&) = default;
};
