#include "net/SslErrorClassifier.h"

#include <QTest>

using Reason = ApiError::TlsReason;

class tst_SslErrorClassifier : public QObject
{
    Q_OBJECT

private slots:
    void singleErrors_data();
    void singleErrors();
    void theMostFundamentalReasonWins();
    void detailListsEachTextOnce();
};

void tst_SslErrorClassifier::singleErrors_data()
{
    QTest::addColumn<QSslError::SslError>("error");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("self-signed") << QSslError::SelfSignedCertificate << Reason::Untrusted;
    QTest::newRow("self-signed in chain")
        << QSslError::SelfSignedCertificateInChain << Reason::Untrusted;
    QTest::newRow("unknown issuer")
        << QSslError::UnableToGetLocalIssuerCertificate << Reason::Untrusted;
    QTest::newRow("untrusted") << QSslError::CertificateUntrusted << Reason::Untrusted;
    QTest::newRow("bad signature") << QSslError::CertificateSignatureFailed << Reason::Untrusted;
    QTest::newRow("revoked") << QSslError::CertificateRevoked << Reason::Untrusted;
    QTest::newRow("expired") << QSslError::CertificateExpired << Reason::Expired;
    QTest::newRow("not yet valid") << QSslError::CertificateNotYetValid << Reason::Expired;
    QTest::newRow("host") << QSslError::HostNameMismatch << Reason::HostMismatch;
    QTest::newRow("no peer certificate") << QSslError::NoPeerCertificate << Reason::Other;
    QTest::newRow("unspecified") << QSslError::UnspecifiedError << Reason::Other;
}

void tst_SslErrorClassifier::singleErrors()
{
    QFETCH(QSslError::SslError, error);
    QFETCH(Reason, expected);
    QCOMPARE(SslErrorClassifier::reason(error), expected);
    QCOMPARE(SslErrorClassifier::reason(QList<QSslError> {QSslError(error)}), expected);
}

void tst_SslErrorClassifier::theMostFundamentalReasonWins()
{
    const QSslError host(QSslError::HostNameMismatch);
    const QSslError expired(QSslError::CertificateExpired);
    const QSslError selfSigned(QSslError::SelfSignedCertificate);
    const QSslError other(QSslError::UnspecifiedError);
    QCOMPARE(SslErrorClassifier::reason({host, expired, selfSigned}), Reason::Untrusted);
    QCOMPARE(SslErrorClassifier::reason({host, expired}), Reason::Expired);
    QCOMPARE(SslErrorClassifier::reason({other, host}), Reason::HostMismatch);
    QCOMPARE(SslErrorClassifier::reason({other}), Reason::Other);
    QCOMPARE(SslErrorClassifier::reason(QList<QSslError>()), Reason::None);
    QCOMPARE(SslErrorClassifier::reason({QSslError(QSslError::NoError)}), Reason::Other);
}

void tst_SslErrorClassifier::detailListsEachTextOnce()
{
    const QSslError host(QSslError::HostNameMismatch);
    const QSslError expired(QSslError::CertificateExpired);
    const QString detail = SslErrorClassifier::detail({host, expired, host});
    QCOMPARE(detail, host.errorString() + QStringLiteral("; ") + expired.errorString());
}

QTEST_GUILESS_MAIN(tst_SslErrorClassifier)
#include "tst_sslerrorclassifier.moc"
