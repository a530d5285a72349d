#include "net/PublicKeyPin.h"

#include <QCryptographicHash>
#include <QStringList>

#include <memory>
#include <openssl/x509.h>

using namespace Qt::Literals::StringLiterals;

namespace {
struct X509Free
{
    void operator()(X509* certificate) const { X509_free(certificate); }
};

struct OpenSslFree
{
    void operator()(unsigned char* bytes) const { OPENSSL_free(bytes); }
};

// The DER SubjectPublicKeyInfo exactly as the certificate carries it. Taken with OpenSSL from the
// certificate's DER, because QSslKey cannot represent every key type and re-encodes what it can.
QByteArray subjectPublicKeyInfo(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    if (der.isEmpty())
        return {};
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, X509Free> x509(d2i_X509(nullptr, &cursor, long(der.size())));
    if (!x509)
        return {};
    unsigned char* encoded = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &encoded);
    std::unique_ptr<unsigned char, OpenSslFree> owner(encoded);
    if (length <= 0 || !encoded)
        return {};
    return QByteArray(reinterpret_cast<const char*>(encoded), length);
}

QString prefix()
{
    return u"sha256/"_s;
}

// Padded base64 of the 32 bytes of a SHA-256.
constexpr qsizetype base64Size = 44;

QStringList otherAlgorithms()
{
    return {u"sha1/"_s, u"sha224/"_s, u"sha384/"_s, u"sha512/"_s, u"md5/"_s};
}
} // namespace

PublicKeyPin::PublicKeyPin(const QByteArray& digest)
    : m_digest(digest)
{ }

std::optional<PublicKeyPin> PublicKeyPin::parse(const QString& text, ParseError* error)
{
    const auto fail = [error](ParseError reason) -> std::optional<PublicKeyPin> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QStringView encoded = QStringView(text).trimmed();
    if (encoded.isEmpty())
        return fail(ParseError::Empty);
    if (encoded.startsWith(prefix(), Qt::CaseInsensitive)) {
        encoded = encoded.mid(prefix().size());
    } else if (encoded.size() != base64Size) {
        // "sha1/…", "sha384/…": a pin of another hash, not a base64 value that happens to start
        // like that (a bare SHA-256 pin is always exactly base64Size characters).
        for (const QString& other : otherAlgorithms()) {
            if (encoded.startsWith(other, Qt::CaseInsensitive))
                return fail(ParseError::UnsupportedAlgorithm);
        }
    }
    const QByteArray ascii = encoded.toLatin1();
    for (const char c : ascii) {
        const bool base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
        if (!base64)
            return fail(ParseError::NotBase64);
    }
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(ParseError::NotBase64);
    if (decoded.decoded.size() != digestSize)
        return fail(ParseError::WrongLength);
    if (error)
        *error = ParseError::None;
    return PublicKeyPin(decoded.decoded);
}

std::optional<PublicKeyPin> PublicKeyPin::ofCertificate(const QSslCertificate& certificate)
{
    const QByteArray digest = subjectPublicKeyInfoSha256(certificate);
    if (digest.isEmpty())
        return std::nullopt;
    return PublicKeyPin(digest);
}

QByteArray PublicKeyPin::subjectPublicKeyInfoSha256(const QSslCertificate& certificate)
{
    const QByteArray spki = subjectPublicKeyInfo(certificate);
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

QString PublicKeyPin::errorText(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return tr("The public-key pin is empty.");
    case ParseError::NotBase64:
        return tr("The public-key pin is not valid base64; expected \"sha256/<base64>\".");
    case ParseError::WrongLength:
        return tr("The public-key pin is not a SHA-256 digest (32 bytes in base64).");
    case ParseError::UnsupportedAlgorithm:
        return tr("Only SHA-256 public-key pins (\"sha256/<base64>\") are supported.");
    }
    return {};
}

QString PublicKeyPin::toString() const
{
    return prefix() + QString::fromLatin1(m_digest.toBase64());
}

bool PublicKeyPin::matches(const QSslCertificate& certificate) const
{
    const QByteArray digest = subjectPublicKeyInfoSha256(certificate);
    return !digest.isEmpty() && digest == m_digest;
}
