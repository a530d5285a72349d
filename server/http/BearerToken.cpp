#include "http/BearerToken.h"

#include <QHttpServerRequest>

namespace {
// token68 of RFC 7235: letters, digits, "-._~+/", then optional "=" padding.
bool isToken68(const QByteArray& token)
{
    qsizetype i = 0;
    const qsizetype n = token.size();
    while (i < n) {
        const char c = token.at(i);
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == '+'
            || c == '/';
        if (!allowed)
            break;
        ++i;
    }
    if (i == 0)
        return false;
    while (i < n && token.at(i) == '=')
        ++i;
    return i == n;
}
} // namespace

std::optional<QString> BearerToken::fromRequest(const QHttpServerRequest& request)
{
    return fromHeaderValue(request.value(QByteArrayLiteral("authorization")));
}

std::optional<QString> BearerToken::fromHeaderValue(const QByteArray& authorization)
{
    const QByteArray value = authorization.trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme
        || value.at(scheme.size()) != ' ')
        return std::nullopt;
    const QByteArray token = value.mid(scheme.size()).trimmed();
    if (token.size() > maxLength || !isToken68(token))
        return std::nullopt;
    return QString::fromLatin1(token);
}
