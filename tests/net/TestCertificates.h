#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

// Certificates for the TLS tests, made in the test with OpenSSL 3 (EC P-256, SHA-256), so that
// each case gets exactly the flaw it tests: a CA, certificates it signs for given names and
// validity, and self-signed ones.
struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    // The key in PEM, for signing further certificates with it.
    QByteArray keyPem;

    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

// A certificate and its key in PEM, before Qt sees them.
struct TestPem
{
    QByteArray certificate;
    QByteArray key;
};

// When a test certificate is valid, in seconds from now; negative is in the past.
struct TestValidity
{
    qint64 notBefore = -3600;
    qint64 notAfter = 24 * 3600;
};

class TestCertificates
{
public:
    TestCertificates() = delete;

    static TestIdentity makeCa(const QString& commonName);
    // A CA in PEM, made without starting Qt's TLS backend (which decides at its start whether
    // the system's CAs can be found on demand: see SystemCertificateSandbox).
    static TestPem makeCaPem(const QString& commonName);
    static TestIdentity fromPem(const TestPem& pem);
    // subjectAltNames in OpenSSL's notation: "IP:127.0.0.1", "DNS:localhost".
    static TestIdentity makeServer(const TestIdentity& issuer, const QStringList& subjectAltNames,
                                   TestValidity validity = TestValidity());
    static TestIdentity makeSelfSigned(const QStringList& subjectAltNames);

    // The names of a certificate for the loopback address the tests connect to.
    static QStringList loopbackNames();
};
