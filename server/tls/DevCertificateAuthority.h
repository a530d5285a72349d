#pragma once

#include <QCoreApplication>
#include <QString>

// The local CA of --dev-tls, kept in a directory (DATA/tls):
//   ca.pem, ca.key          a self-signed CA, made once and then reused, for clients to trust;
//   server.pem, server.key  a certificate for DNS:localhost, IP:127.0.0.1 and IP:::1 it signs,
//                           made again only when missing, not from this CA or about to expire.
// Keys are written 0600 and the directory is 0700. A CA with one of its two files missing or
// unreadable is an error, never silently replaced: clients may trust it already.
class DevCertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(DevCertificateAuthority)

public:
    static constexpr int caValidityDays = 3650;
    static constexpr int serverValidityDays = 730;
    // A server certificate expiring sooner than this is replaced at start-up.
    static constexpr int renewalDays = 30;

    explicit DevCertificateAuthority(const QString& directory);

    // Creates whatever is missing; false with errorString().
    bool ensure();

    QString directory() const { return m_directory; }
    QString caCertificatePath() const;
    QString caKeyPath() const;
    QString serverCertificatePath() const;
    QString serverKeyPath() const;

    // What ensure() did, for the log.
    bool createdCa() const { return m_createdCa; }
    bool createdServerCertificate() const { return m_createdServer; }
    QString errorString() const { return m_errorString; }

private:
    bool prepareDirectory();
    bool fail(const QString& message);

    QString m_directory;
    bool m_createdCa = false;
    bool m_createdServer = false;
    QString m_errorString;
};
