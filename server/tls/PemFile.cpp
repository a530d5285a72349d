#include "tls/PemFile.h"

#include <QFile>

#include <cstdio>
#include <openssl/pem.h>

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

OpenSsl::Bio memoryBio(const QByteArray& bytes)
{
    return OpenSsl::Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

int refusePassword(char*, int, int, void*)
{
    return 0;
}
} // namespace

OpenSsl::Certificate PemFile::readCertificate(const QString& path)
{
    const QByteArray pem = readAll(path);
    if (pem.isEmpty())
        return {};
    OpenSsl::Bio bio = memoryBio(pem);
    return OpenSsl::Certificate(PEM_read_bio_X509(bio.get(), nullptr, refusePassword, nullptr));
}

OpenSsl::PKey PemFile::readPrivateKey(const QString& path)
{
    const QByteArray pem = readAll(path);
    if (pem.isEmpty())
        return {};
    OpenSsl::Bio bio = memoryBio(pem);
    return OpenSsl::PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassword, nullptr));
}

QByteArray PemFile::certificatePem(X509* certificate)
{
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray PemFile::privateKeyPem(EVP_PKEY* key)
{
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

bool PemFile::writeCertificate(const QString& path, X509* certificate)
{
    const QByteArray pem = certificatePem(certificate);
    return !pem.isEmpty() && writeAtomically(path, pem, false);
}

bool PemFile::writePrivateKey(const QString& path, EVP_PKEY* key)
{
    const QByteArray pem = privateKeyPem(key);
    return !pem.isEmpty() && writeAtomically(path, pem, true);
}

bool PemFile::writeAtomically(const QString& path, const QByteArray& bytes, bool ownerOnly)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    const QFileDevice::Permissions permissions = ownerOnly
        ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther;
    {
        QFile file(temporary);
        // Created with its final permissions, so a key is never readable by others, not even
        // for a moment.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)
            || file.write(bytes) != bytes.size() || !file.flush()) {
            file.remove();
            return false;
        }
    }
    // rename(2) replaces the target atomically; QFile::rename would refuse an existing one.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}
