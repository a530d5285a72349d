#pragma once

#include "tls/OpenSslHandles.h"

#include <QByteArray>
#include <QString>

// Reads and writes the PEM files of certificates and private keys. Writes replace the file
// atomically (a temporary file renamed over it), keys readable by the owner only (0600).
class PemFile
{
public:
    static OpenSsl::Certificate readCertificate(const QString& path);
    // Unencrypted keys only: an encrypted one fails instead of prompting on the terminal.
    static OpenSsl::PKey readPrivateKey(const QString& path);

    static bool writeCertificate(const QString& path, X509* certificate);
    static bool writePrivateKey(const QString& path, EVP_PKEY* key);

    static QByteArray certificatePem(X509* certificate);
    static QByteArray privateKeyPem(EVP_PKEY* key);

    // Writes bytes to path through a temporary file created with permissions mode.
    static bool writeAtomically(const QString& path, const QByteArray& bytes, bool ownerOnly);
};
