#include "net/TlsTrust.h"

#include "net/SystemCaList.h"

#include <QSslSocket>

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

void TlsTrust::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    for (const QSslCertificate& certificate : certificates) {
        if (!certificate.isNull() && !m_extraCas.contains(certificate))
            m_extraCas.append(certificate);
    }
}

QSslConfiguration TlsTrust::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Adding CAs to the default configuration would switch off Qt's on-demand loading of the
    // system's CAs, and trust would silently shrink to the extra file. So the system's list is
    // set explicitly, with the extra CAs after it.
    if (!m_extraCas.isEmpty())
        configuration.setCaCertificates(SystemCaList::certificates() + m_extraCas);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

bool TlsTrust::acceptsPeer(const QSslCertificate& peerCertificate) const
{
    return !m_pin || m_pin->matches(peerCertificate);
}
