#pragma once

#include "net/CaCertificateFile.h"
#include "net/PublicKeyPin.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

// Whom the client trusts: the system's CAs, plus optionally the CAs of a file the user gives
// (--ca FILE), plus optionally a public-key pin the server's certificate must carry as well.
// Verification is always on; a pin narrows trust, it never replaces the CA check (so a pinned
// but untrusted or expired certificate is still refused). ApiCall checks the pin as soon as the
// handshake is done and before the request leaves (see ApiCall::checkPin).
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)

public:
    struct LoadResult;

    // The system's CAs only, no pin.
    TlsTrust() = default;

    // From the command line or settings: caFile and pin may each be empty (not used).
    static LoadResult load(const QString& caFile, const QString& pin);
    // load() on FileIoPool, for the GUI thread, which must not wait for a disk.
    static QFuture<LoadResult> loadInBackground(const QString& caFile, const QString& pin);

    void addCaCertificates(const QList<QSslCertificate>& certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }

    void setPin(const std::optional<PublicKeyPin>& pin) { m_pin = pin; }
    const std::optional<PublicKeyPin>& pin() const { return m_pin; }

    // The configuration of every request: system CAs plus the extra ones, peer verification,
    // TLS 1.2 or later. The system's CAs are found on demand during the handshake, unless the
    // extra CAs were added as certificates (not by load()): then the configuration names the
    // system's list, and waits for SystemCaList (see needsSystemCaList()).
    QSslConfiguration sslConfiguration() const;
    // Whether sslConfiguration() must name the system's CAs (read by SystemCaList) because Qt
    // cannot find them on demand next to CAs of its own that did not come from load()'s file.
    bool needsSystemCaList() const { return !m_extraCas.isEmpty() && !m_onDemand; }
    // Whether the pin allows the peer's certificate; true when no pin is set.
    bool acceptsPeer(const QSslCertificate& peerCertificate) const;

private:
    // The default configuration plus caFile's CAs with the system's still found on demand, if
    // Qt reads exactly expected from it; see the .cpp.
    static std::optional<QSslConfiguration>
    onDemandConfiguration(const QString& caFile, const QList<QSslCertificate>& expected);

    QList<QSslCertificate> m_extraCas;
    // Set by load() for its CA file; dropped when CAs are added otherwise.
    std::optional<QSslConfiguration> m_onDemand;
    std::optional<PublicKeyPin> m_pin;
};

// What TlsTrust::load() made of its options.
struct TlsTrust::LoadResult
{
    std::optional<TlsTrust> trust;
    CaCertificateFile::Error caError = CaCertificateFile::Error::None;
    PublicKeyPin::ParseError pinError = PublicKeyPin::ParseError::None;
    // A sentence for the user; empty when trust is set.
    QString message;

    bool ok() const { return trust.has_value(); }
};
