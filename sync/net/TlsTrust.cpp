#include "net/TlsTrust.h"

#include "io/FileIoPool.h"
#include "net/SystemCaList.h"
#include "net/TlsClientPolicy.h"

#include <QCryptographicHash>

#include <algorithm>

namespace {
// The configuration every request starts from: Qt's default with the client's TLS policy; it
// finds the system's CAs on demand (OpenSSL looks them up in the system's certificate directory
// during the handshake).
QSslConfiguration baseConfiguration()
{
    return TlsClientPolicy::configuration();
}

bool sameCertificates(QList<QSslCertificate> a, QList<QSslCertificate> b)
{
    const auto byDigest = [](const QSslCertificate& x, const QSslCertificate& y) {
        return x.digest(QCryptographicHash::Sha256) < y.digest(QCryptographicHash::Sha256);
    };
    std::sort(a.begin(), a.end(), byDigest);
    std::sort(b.begin(), b.end(), byDigest);
    a.erase(std::unique(a.begin(), a.end()), a.end());
    b.erase(std::unique(b.begin(), b.end()), b.end());
    return a == b;
}
} // namespace

TlsTrust::LoadResult TlsTrust::load(const QString& caFile, const QString& pin)
{
    LoadResult result;
    TlsTrust trust;
    if (!caFile.isEmpty()) {
        const CaCertificateFile::LoadResult cas = CaCertificateFile::load(caFile);
        if (!cas.ok()) {
            result.caError = cas.error;
            result.message = CaCertificateFile::errorText(cas.error, caFile);
            return result;
        }
        trust.addCaCertificates(cas.certificates);
        trust.m_onDemand = onDemandConfiguration(caFile, trust.m_extraCas);
    }
    if (!pin.trimmed().isEmpty()) {
        PublicKeyPin::ParseError error = PublicKeyPin::ParseError::None;
        const std::optional<PublicKeyPin> parsed = PublicKeyPin::parse(pin, &error);
        if (!parsed) {
            result.pinError = error;
            result.message = PublicKeyPin::errorText(error);
            return result;
        }
        trust.setPin(parsed);
    }
    result.trust = trust;
    return result;
}

QFuture<TlsTrust::LoadResult> TlsTrust::loadInBackground(const QString& caFile, const QString& pin)
{
    return FileIoPool::run([caFile, pin] { return load(caFile, pin); });
}

std::optional<QSslConfiguration>
TlsTrust::onDemandConfiguration(const QString& caFile, const QList<QSslCertificate>& expected)
{
    // Of QSslConfiguration's ways to add CAs, only addCaCertificates(path, …) leaves Qt's
    // on-demand loading of the system's CAs on (Qt 6.4: it does not clear the private
    // allowRootCertOnDemandLoading that setCaCertificates(), addCaCertificate() and
    // addCaCertificates(list) clear). The TLS context then gets the extra CAs in its store plus
    // the system's certificate directory to look the others up in, as without --ca: the
    // system's list is neither read nor copied into every new TLS context.
    QSslConfiguration configuration = baseConfiguration();
    const QList<QSslCertificate> before = configuration.caCertificates();
    if (!configuration.addCaCertificates(caFile, QSsl::Pem,
                                         QSslCertificate::PatternSyntax::FixedString))
        return std::nullopt;
    // The file is read a second time: use it only if it still holds exactly what was checked.
    QList<QSslCertificate> added = configuration.caCertificates();
    added.erase(added.begin(), added.begin() + std::min(before.size(), added.size()));
    if (!sameCertificates(added, expected))
        return std::nullopt;
    return configuration;
}

void TlsTrust::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    for (const QSslCertificate& certificate : certificates) {
        if (!certificate.isNull() && !m_extraCas.contains(certificate)) {
            m_extraCas.append(certificate);
            // The file's configuration no longer names them all.
            m_onDemand.reset();
        }
    }
}

QSslConfiguration TlsTrust::sslConfiguration() const
{
    if (m_onDemand)
        return *m_onDemand;
    QSslConfiguration configuration = baseConfiguration();
    // Extra CAs given as certificates rather than as a file: adding them switches off Qt's
    // on-demand loading of the system's CAs, and trust would silently shrink to the extra ones.
    // So the system's list is set explicitly, with the extra CAs after it.
    if (!m_extraCas.isEmpty())
        configuration.setCaCertificates(SystemCaList::certificates() + m_extraCas);
    return configuration;
}

bool TlsTrust::acceptsPeer(const QSslCertificate& peerCertificate) const
{
    return !m_pin || m_pin->matches(peerCertificate);
}
