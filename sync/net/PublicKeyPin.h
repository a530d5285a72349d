#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>
#include <QStringView>

#include <optional>

// A public-key pin in the manner of HPKP: the SHA-256 of the server certificate's
// SubjectPublicKeyInfo (DER). Pinning the key rather than the certificate survives a renewal
// that keeps the key. Written as "sha256/<base64>" or as the bare base64.
class PublicKeyPin
{
    Q_DECLARE_TR_FUNCTIONS(PublicKeyPin)

public:
    enum class ParseError
    {
        None,
        Empty,
        NotBase64,
        // Decodes, but not to the 32 bytes of a SHA-256.
        WrongLength,
        // "sha1/…" and the like: only SHA-256 pins exist here.
        UnsupportedAlgorithm,
    };

    static constexpr qsizetype digestSize = 32;

    // std::nullopt for text that is not a pin; *error (if not null) says why.
    static std::optional<PublicKeyPin> parse(const QString& text, ParseError* error = nullptr);
    // The pin of certificate's key; std::nullopt when the certificate cannot be decoded.
    static std::optional<PublicKeyPin> ofCertificate(const QSslCertificate& certificate);
    // SHA-256 over the DER SubjectPublicKeyInfo; empty when the certificate cannot be decoded.
    static QByteArray subjectPublicKeyInfoSha256(const QSslCertificate& certificate);

    static QString errorText(ParseError error);

    QByteArray digest() const { return m_digest; }
    // "sha256/<base64>", the form parse() reads back.
    QString toString() const;
    // Whether certificate carries the pinned key; false for a certificate that cannot be decoded.
    bool matches(const QSslCertificate& certificate) const;

    friend bool operator==(const PublicKeyPin&, const PublicKeyPin&) = default;

private:
    explicit PublicKeyPin(const QByteArray& digest);

    QByteArray m_digest;
};
