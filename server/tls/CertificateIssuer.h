#pragma once

#include "tls/OpenSslHandles.h"

#include <QString>
#include <QStringList>

// Makes keys and X.509 v3 certificates with OpenSSL 3: a self-signed CA (basicConstraints
// CA:TRUE, keyUsage keyCertSign) and server certificates it signs (subjectAltName,
// extendedKeyUsage serverAuth). Keys are EC P-256, signatures ECDSA with SHA-256.
class CertificateIssuer
{
public:
    static OpenSsl::PKey generateKey();

    static OpenSsl::Certificate issueCa(EVP_PKEY* caKey, const QString& commonName, int days);
    // subjectAltNames in OpenSSL's notation: "DNS:localhost", "IP:127.0.0.1", "IP:::1".
    static OpenSsl::Certificate issueServer(EVP_PKEY* serverKey, const QString& commonName,
                                            const QStringList& subjectAltNames, X509* caCertificate,
                                            EVP_PKEY* caKey, int days);

    // Whether certificate carries a signature made by key.
    static bool isSignedBy(X509* certificate, EVP_PKEY* key);
    // Whether certificate is still valid in days days.
    static bool isValidFor(X509* certificate, int days);
};
