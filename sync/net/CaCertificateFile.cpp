#include "net/CaCertificateFile.h"

#include <QFile>
#include <QFileInfo>

namespace {
CaCertificateFile::LoadResult failure(CaCertificateFile::Error error, const QString& detail = {})
{
    CaCertificateFile::LoadResult result;
    result.error = error;
    result.detail = detail;
    return result;
}
} // namespace

CaCertificateFile::LoadResult CaCertificateFile::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(Error::NotFound);
    if (!info.isFile())
        return failure(Error::ReadFailed, tr("not a regular file"));
    if (info.size() > maximumSize)
        return failure(Error::TooLarge);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::ReadFailed, file.errorString());
    // Read one byte more than allowed, in case the file grew since the size check.
    const QByteArray pem = file.read(maximumSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(Error::ReadFailed, file.errorString());
    if (pem.size() > maximumSize)
        return failure(Error::TooLarge);

    // fromData() silently skips blocks it cannot decode, so count the blocks to notice them.
    const qsizetype blocks = pem.count("-----BEGIN CERTIFICATE-----");
    if (blocks == 0)
        return failure(Error::NoCertificate);
    LoadResult result;
    result.certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    qsizetype valid = 0;
    for (const QSslCertificate& certificate : std::as_const(result.certificates))
        valid += certificate.isNull() ? 0 : 1;
    if (valid != blocks || result.certificates.size() != blocks)
        return failure(Error::InvalidCertificate);
    return result;
}

QString CaCertificateFile::errorText(Error error, const QString& path)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("The CA certificate file %1 does not exist.").arg(path);
    case Error::ReadFailed:
        return tr("The CA certificate file %1 cannot be read.").arg(path);
    case Error::TooLarge:
        return tr("The CA certificate file %1 is too large to be a certificate file.").arg(path);
    case Error::NoCertificate:
        return tr("The file %1 contains no PEM certificate (\"-----BEGIN CERTIFICATE-----\"). "
                  "Give the CA certificate, not its key or a DER file.")
            .arg(path);
    case Error::InvalidCertificate:
        return tr("The file %1 contains a certificate that cannot be decoded.").arg(path);
    }
    return {};
}
