#include "tls/DevCertificateAuthority.h"

#include "tls/CertificateIssuer.h"
#include "tls/PemFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

DevCertificateAuthority::DevCertificateAuthority(const QString& directory)
    : m_directory(directory)
{ }

QString DevCertificateAuthority::caCertificatePath() const
{
    return QDir(m_directory).filePath(u"ca.pem"_s);
}

QString DevCertificateAuthority::caKeyPath() const
{
    return QDir(m_directory).filePath(u"ca.key"_s);
}

QString DevCertificateAuthority::serverCertificatePath() const
{
    return QDir(m_directory).filePath(u"server.pem"_s);
}

QString DevCertificateAuthority::serverKeyPath() const
{
    return QDir(m_directory).filePath(u"server.key"_s);
}

bool DevCertificateAuthority::ensure()
{
    m_createdCa = false;
    m_createdServer = false;
    if (!prepareDirectory())
        return false;

    const bool haveCaCertificate = QFileInfo::exists(caCertificatePath());
    const bool haveCaKey = QFileInfo::exists(caKeyPath());
    OpenSsl::PKey caKey;
    OpenSsl::Certificate caCertificate;
    if (haveCaCertificate || haveCaKey) {
        caKey = PemFile::readPrivateKey(caKeyPath());
        caCertificate = PemFile::readCertificate(caCertificatePath());
        if (!caKey || !caCertificate
            || X509_check_private_key(caCertificate.get(), caKey.get()) != 1)
            return fail(tr("The development CA in %1 is incomplete or damaged. Delete the folder "
                           "to make a new one (clients must then trust the new ca.pem).")
                            .arg(m_directory));
    } else {
        caKey = CertificateIssuer::generateKey();
        const QString name = u"Kabinet Portal development CA "_s
            + QString::number(QRandomGenerator::system()->generate(), 16);
        caCertificate = caKey ? CertificateIssuer::issueCa(caKey.get(), name, caValidityDays)
                              : OpenSsl::Certificate();
        if (!caCertificate)
            return fail(tr("Cannot create the development CA."));
        // The key first: a certificate without its key could never sign anything.
        if (!PemFile::writePrivateKey(caKeyPath(), caKey.get())
            || !PemFile::writeCertificate(caCertificatePath(), caCertificate.get()))
            return fail(tr("Cannot write the development CA to %1.").arg(m_directory));
        m_createdCa = true;
    }

    OpenSsl::Certificate serverCertificate = PemFile::readCertificate(serverCertificatePath());
    OpenSsl::PKey serverKey = PemFile::readPrivateKey(serverKeyPath());
    const bool reusable = serverCertificate && serverKey
        && X509_check_private_key(serverCertificate.get(), serverKey.get()) == 1
        && CertificateIssuer::isSignedBy(serverCertificate.get(), caKey.get())
        && CertificateIssuer::isValidFor(serverCertificate.get(), renewalDays);
    if (reusable)
        return true;

    serverKey = CertificateIssuer::generateKey();
    serverCertificate = serverKey
        ? CertificateIssuer::issueServer(serverKey.get(), u"localhost"_s,
                                         {u"DNS:localhost"_s, u"IP:127.0.0.1"_s, u"IP:::1"_s},
                                         caCertificate.get(), caKey.get(), serverValidityDays)
        : OpenSsl::Certificate();
    if (!serverCertificate)
        return fail(tr("Cannot create the development server certificate."));
    if (!PemFile::writePrivateKey(serverKeyPath(), serverKey.get())
        || !PemFile::writeCertificate(serverCertificatePath(), serverCertificate.get()))
        return fail(tr("Cannot write the development server certificate to %1.").arg(m_directory));
    m_createdServer = true;
    return true;
}

bool DevCertificateAuthority::prepareDirectory()
{
    if (!QDir().mkpath(m_directory))
        return fail(tr("Cannot create the folder %1.").arg(m_directory));
    if (!QFile::setPermissions(
            m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return fail(tr("Cannot restrict the permissions of %1.").arg(m_directory));
    return true;
}

bool DevCertificateAuthority::fail(const QString& message)
{
    m_errorString = message;
    return false;
}
