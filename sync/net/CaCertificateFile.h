#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

// The extra CA file a user gives (--ca FILE): one or more PEM certificates the client trusts in
// addition to the system's, e.g. the development CA of kabinet-portal --dev-tls or a company CA.
// Every failure is typed, because "the file is not there" and "that is a key, not a certificate"
// need different advice.
class CaCertificateFile
{
    Q_DECLARE_TR_FUNCTIONS(CaCertificateFile)

public:
    enum class Error
    {
        None,
        NotFound,
        ReadFailed,
        // Larger than any CA bundle could sensibly be; not read.
        TooLarge,
        // No "-----BEGIN CERTIFICATE-----" in it: DER, a key, or some other file.
        NoCertificate,
        // A PEM certificate block that does not decode.
        InvalidCertificate,
    };

    struct LoadResult
    {
        QList<QSslCertificate> certificates;
        Error error = Error::None;
        // The system's description of an I/O failure, for logs.
        QString detail;

        bool ok() const { return error == Error::None; }
    };

    // A system CA bundle is about 200 KiB; ten times that is still no accident.
    static constexpr qint64 maximumSize = 2 * 1024 * 1024;

    static LoadResult load(const QString& path);
    // A sentence for the user naming path.
    static QString errorText(Error error, const QString& path);
};
