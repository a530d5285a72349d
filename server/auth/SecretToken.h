#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// A bearer secret given to a client (access and refresh tokens) or mailed in a link (activation,
// password reset): "<selector>.<verifier>", both unpadded base64url. The selector is random but
// not secret: it finds the row by index. Only the SHA-256 of the verifier is stored, and it is
// compared in constant time, so neither a copy of the database nor the timing of a lookup gives
// a usable token away.
class SecretToken
{
public:
    static constexpr qsizetype selectorBytes = 12; // 16 characters
    static constexpr qsizetype verifierBytes = 32; // 43 characters, 256 bits

    static SecretToken generate();
    // The token in text, or nullopt when it is not of the form generate() makes.
    static std::optional<SecretToken> parse(QStringView text);

    // What the client gets. A secret: never log it.
    QString text() const;
    QString selector() const { return m_selector; }
    // SHA-256 of the verifier: what the database keeps.
    QByteArray verifierHash() const;
    // Whether storedHash is this token's verifierHash(), in constant time.
    bool matches(const QByteArray& storedHash) const;

    // Equality of two byte strings whose time depends only on their lengths.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

private:
    SecretToken(const QString& selector, const QByteArray& verifier);

    QString m_selector;
    QByteArray m_verifier;
};
