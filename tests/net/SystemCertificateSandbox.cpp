#include "SystemCertificateSandbox.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {
QString failure(const char* what)
{
    return QString::fromLatin1(what) + u": "_s + QString::fromLocal8Bit(std::strerror(errno));
}

bool writeProcFile(const char* path, const QByteArray& text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return written;
}
} // namespace

QString SystemCertificateSandbox::enter()
{
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (uid == 0) {
        if (::unshare(CLONE_NEWNS) != 0)
            return failure("unshare(CLONE_NEWNS)");
    } else {
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            return failure("unshare(CLONE_NEWUSER | CLONE_NEWNS)");
        // Stay who we are inside: the same ids, mapped one to one.
        if (!writeProcFile("/proc/self/setgroups", "deny")
            || !writeProcFile("/proc/self/uid_map",
                              QByteArray::number(uid) + ' ' + QByteArray::number(uid) + " 1")
            || !writeProcFile("/proc/self/gid_map",
                              QByteArray::number(gid) + ' ' + QByteArray::number(gid) + " 1"))
            return failure("mapping the user namespace's ids");
    }
    // Nothing mounted here may reach the machine's namespace.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return failure("making / private");
    if (::mount("tmpfs", directory, "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755") != 0)
        return failure("mounting a tmpfs on /etc/ssl/certs");
    return {};
}

bool SystemCertificateSandbox::addCertificate(const QByteArray& certificatePem)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())), &BIO_free);
    if (!bio)
        return false;
    const std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!certificate)
        return false;
    // As Debian's update-ca-certificates leaves it: NAME.pem, which Qt reads when it lists the
    // system's CAs, and the link <subject hash>.0 to it, which OpenSSL's lookup by name finds.
    const QString hash =
        u"%1"_s.arg(X509_subject_name_hash(certificate.get()), 8, 16, QLatin1Char('0'));
    const QString pem = u"kabinet-test-"_s + hash + u".pem"_s;
    const QString folder = QString::fromLatin1(directory) + u'/';
    QFile file(folder + pem);
    if (!file.open(QIODevice::WriteOnly) || file.write(certificatePem) != certificatePem.size())
        return false;
    file.close();
    return QFile::link(pem, folder + hash + u".0"_s);
}
