#include "tls/TlsCredentials.h"

#include "tls/PemFile.h"

#include <QFile>
#include <QFileInfo>

bool TlsCredentials::load(const QString& certificatePath, const QString& keyPath)
{
    m_chain.clear();
    m_key = QSslKey();
    if (!QFileInfo(certificatePath).isReadable())
        return fail(tr("Cannot read the certificate file %1.").arg(certificatePath));
    if (!QFileInfo(keyPath).isReadable())
        return fail(tr("Cannot read the private key file %1.").arg(keyPath));

    // OpenSSL checks that the files parse and that the key is the certificate's.
    OpenSsl::Certificate certificate = PemFile::readCertificate(certificatePath);
    if (!certificate)
        return fail(tr("%1 is not a PEM certificate.").arg(certificatePath));
    OpenSsl::PKey key = PemFile::readPrivateKey(keyPath);
    if (!key)
        return fail(tr("%1 is not an unencrypted PEM private key.").arg(keyPath));
    if (X509_check_private_key(certificate.get(), key.get()) != 1)
        return fail(tr("The private key %1 does not belong to the certificate %2.")
                        .arg(keyPath, certificatePath));

    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the certificate file %1.").arg(certificatePath));
    m_chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);

    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the private key file %1.").arg(keyPath));
    const QByteArray keyPem = keyFile.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        m_key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!m_key.isNull())
            break;
    }
    if (m_key.isNull()) {
        // Any other kind OpenSSL reads is handed over as it is; QSslKey then owns it.
        m_key = QSslKey(Qt::HANDLE(key.release()), QSsl::PrivateKey);
    }
    if (m_chain.isEmpty() || m_key.isNull())
        return fail(
            tr("Cannot use the certificate %1 with the key %2.").arg(certificatePath, keyPath));
    return true;
}

QSslConfiguration TlsCredentials::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_chain.value(0));
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    // Qt gives every accepted connection a TLS context of its own, so a session ticket this
    // server issues can never be redeemed: each was pure weight, about 250 bytes and two of them
    // per connection, a fifth of a background sync's bytes (docs/performance.md). Without
    // tickets OpenSSL still sends TLS 1.3's two, but as 57-byte session ids.
    configuration.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    return configuration;
}

bool TlsCredentials::fail(const QString& message)
{
    m_errorString = message;
    return false;
}
