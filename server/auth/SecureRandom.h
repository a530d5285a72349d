#pragma once

#include <QByteArray>
#include <QString>

// Unpredictable values for secrets (tokens, captcha texts, salts): the system's cryptographic
// generator (getrandom), never a seeded one.
class SecureRandom
{
public:
    SecureRandom() = delete;

    static QByteArray bytes(qsizetype count);
    // Uniform in [0, bound), bound > 0.
    static quint32 bounded(quint32 bound);
    // count random bytes as unpadded base64url: safe in URLs, headers and file names.
    static QString urlSafeText(qsizetype byteCount);
};
