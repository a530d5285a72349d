#include "net/SslErrorClassifier.h"

#include <QStringList>

#include <algorithm>

namespace {
// Lower is more fundamental.
int rank(ApiError::TlsReason reason)
{
    switch (reason) {
    case ApiError::TlsReason::Untrusted:
        return 0;
    case ApiError::TlsReason::Expired:
        return 1;
    case ApiError::TlsReason::HostMismatch:
        return 2;
    case ApiError::TlsReason::PinMismatch:
        return 3;
    case ApiError::TlsReason::Other:
        return 4;
    case ApiError::TlsReason::None:
        break;
    }
    return 5;
}
} // namespace

ApiError::TlsReason SslErrorClassifier::reason(const QList<QSslError>& errors)
{
    ApiError::TlsReason best = ApiError::TlsReason::None;
    for (const QSslError& error : errors) {
        const ApiError::TlsReason candidate = reason(error.error());
        if (rank(candidate) < rank(best))
            best = candidate;
    }
    return best == ApiError::TlsReason::None && !errors.isEmpty() ? ApiError::TlsReason::Other
                                                                  : best;
}

ApiError::TlsReason SslErrorClassifier::reason(QSslError::SslError error)
{
    switch (error) {
    case QSslError::NoError:
        return ApiError::TlsReason::None;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::UnableToDecodeIssuerPublicKey:
    case QSslError::PathLengthExceeded:
    case QSslError::InvalidPurpose:
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
    case QSslError::CertificateBlacklisted:
    case QSslError::CertificateRevoked:
        return ApiError::TlsReason::Untrusted;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
        return ApiError::TlsReason::Expired;
    case QSslError::HostNameMismatch:
        return ApiError::TlsReason::HostMismatch;
    default:
        return ApiError::TlsReason::Other;
    }
}

QString SslErrorClassifier::detail(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& error : errors) {
        const QString text = error.errorString();
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(QStringLiteral("; "));
}
