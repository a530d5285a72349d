#pragma once

#include "net/ApiError.h"

#include <QList>
#include <QSslError>
#include <QString>

// Sorts the certificate errors of a failed handshake into the reasons users can act on. A
// certificate often has several problems at once (self-signed and for another host); the most
// fundamental wins: trust, then validity, then the name.
class SslErrorClassifier
{
public:
    SslErrorClassifier() = delete;

    static ApiError::TlsReason reason(const QList<QSslError>& errors);
    static ApiError::TlsReason reason(QSslError::SslError error);
    // The errors' texts, for ApiError::detail: "The certificate has expired; …".
    static QString detail(const QList<QSslError>& errors);
};
