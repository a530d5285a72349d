#include "auth/SecretToken.h"

#include "auth/SecureRandom.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace {
constexpr QByteArray::Base64Options urlSafe =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Unpadded base64 of n bytes.
constexpr qsizetype encodedLength(qsizetype bytes)
{
    return (bytes * 4 + 2) / 3;
}

bool isBase64UrlText(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

SecretToken::SecretToken(const QString& selector, const QByteArray& verifier)
    : m_selector(selector)
    , m_verifier(verifier)
{ }

SecretToken SecretToken::generate()
{
    return SecretToken(SecureRandom::urlSafeText(selectorBytes),
                       SecureRandom::bytes(verifierBytes));
}

std::optional<SecretToken> SecretToken::parse(QStringView text)
{
    constexpr qsizetype selectorLength = encodedLength(selectorBytes);
    constexpr qsizetype verifierLength = encodedLength(verifierBytes);
    if (text.size() != selectorLength + 1 + verifierLength || text.at(selectorLength) != u'.')
        return std::nullopt;
    const QStringView selector = text.first(selectorLength);
    const QStringView verifier = text.sliced(selectorLength + 1);
    if (!isBase64UrlText(selector) || !isBase64UrlText(verifier))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        verifier.toLatin1(), urlSafe | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != verifierBytes)
        return std::nullopt;
    return SecretToken(selector.toString(), decoded.decoded);
}

QString SecretToken::text() const
{
    return m_selector + u'.' + QString::fromLatin1(m_verifier.toBase64(urlSafe));
}

QByteArray SecretToken::verifierHash() const
{
    return QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256);
}

bool SecretToken::matches(const QByteArray& storedHash) const
{
    return constantTimeEquals(verifierHash(), storedHash);
}

bool SecretToken::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}
