#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

// The server's certificate (with the chain that may follow it in the PEM file) and private key,
// checked to belong together, and the TLS configuration made of them.
class TlsCredentials
{
    Q_DECLARE_TR_FUNCTIONS(TlsCredentials)

public:
    // false with errorString() when a file is missing, unreadable, encrypted or mismatched.
    bool load(const QString& certificatePath, const QString& keyPath);

    QSslCertificate certificate() const { return m_chain.value(0); }
    QList<QSslCertificate> chain() const { return m_chain; }
    QSslKey privateKey() const { return m_key; }

    // TLS 1.2 or later, no client certificates.
    QSslConfiguration serverConfiguration() const;

    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString& message);

    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QString m_errorString;
};
