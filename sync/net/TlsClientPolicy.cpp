#include "net/TlsClientPolicy.h"

#include "net/NetLog.h"

#include <QSslCipher>
#include <QSslSocket>

QList<QByteArray> TlsClientPolicy::cipherNames()
{
    return {
        // TLS 1.3
        QByteArrayLiteral("TLS_AES_128_GCM_SHA256"),
        QByteArrayLiteral("TLS_AES_256_GCM_SHA384"),
        QByteArrayLiteral("TLS_CHACHA20_POLY1305_SHA256"),
        // TLS 1.2
        QByteArrayLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"),
        QByteArrayLiteral("ECDHE-RSA-AES128-GCM-SHA256"),
        QByteArrayLiteral("ECDHE-ECDSA-AES256-GCM-SHA384"),
        QByteArrayLiteral("ECDHE-RSA-AES256-GCM-SHA384"),
        QByteArrayLiteral("ECDHE-ECDSA-CHACHA20-POLY1305"),
        QByteArrayLiteral("ECDHE-RSA-CHACHA20-POLY1305"),
        QByteArrayLiteral("DHE-RSA-AES128-GCM-SHA256"),
        QByteArrayLiteral("DHE-RSA-AES256-GCM-SHA384"),
        QByteArrayLiteral("DHE-RSA-CHACHA20-POLY1305"),
    };
}

QByteArray TlsClientPolicy::groups()
{
    return QByteArrayLiteral("X25519:P-256:P-384");
}

QByteArray TlsClientPolicy::signatureAlgorithms()
{
    return QByteArrayLiteral("ECDSA+SHA256:ECDSA+SHA384:ECDSA+SHA512:ed25519:ed448:"
                             "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:"
                             "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:"
                             "RSA+SHA256:RSA+SHA384:RSA+SHA512");
}

QSslConfiguration TlsClientPolicy::configuration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);

    QList<QSslCipher> ciphers;
    for (const QByteArray& name : cipherNames()) {
        // Null when this OpenSSL does not support it.
        if (const QSslCipher cipher(QString::fromLatin1(name)); !cipher.isNull())
            ciphers.append(cipher);
    }
    // An OpenSSL without any of them could not talk to a current server anyway; its own
    // defaults at least say why in the handshake's error.
    if (ciphers.isEmpty())
        qCWarning(lcNet) << "OpenSSL supports none of the cipher suites of the TLS policy";
    else
        configuration.setCiphers(ciphers);
    configuration.setBackendConfigurationOption(QByteArrayLiteral("Groups"), groups());
    configuration.setBackendConfigurationOption(QByteArrayLiteral("SignatureAlgorithms"),
                                                signatureAlgorithms());
    return configuration;
}
