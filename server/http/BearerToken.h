#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QHttpServerRequest;

// Extracts the access token of "Authorization: Bearer <token>" (RFC 6750). Checking the token
// is the authentication code's job; this only finds it. The token is a secret: never log it.
class BearerToken
{
public:
    static constexpr qsizetype maxLength = 4096;

    // The token, or nullopt when the header is absent, of another scheme or malformed.
    static std::optional<QString> fromRequest(const QHttpServerRequest& request);
    static std::optional<QString> fromHeaderValue(const QByteArray& authorization);
};
