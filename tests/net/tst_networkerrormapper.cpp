#include "net/NetworkErrorMapper.h"

#include <QTest>

using Kind = ApiError::Kind;

class tst_NetworkErrorMapper : public QObject
{
    Q_OBJECT

private slots:
    void transportErrors_data();
    void transportErrors();
    void httpStatusErrorsAreNoTransportFailure();
};

void tst_NetworkErrorMapper::transportErrors_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<Kind>("expected");
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Kind::NoNetwork;
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << Kind::NoNetwork;
    QTest::newRow("temporary") << QNetworkReply::TemporaryNetworkFailureError << Kind::NoNetwork;
    QTest::newRow("unknown network") << QNetworkReply::UnknownNetworkError << Kind::NoNetwork;
    QTest::newRow("proxy refused") << QNetworkReply::ProxyConnectionRefusedError << Kind::NoNetwork;
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << Kind::ConnectionLost;
    QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << Kind::Timeout;
    QTest::newRow("cancelled") << QNetworkReply::OperationCanceledError << Kind::Cancelled;
    QTest::newRow("handshake") << QNetworkReply::SslHandshakeFailedError << Kind::TlsFailure;
    QTest::newRow("protocol") << QNetworkReply::ProtocolFailure << Kind::MalformedResponse;
    QTest::newRow("redirects") << QNetworkReply::TooManyRedirectsError << Kind::Other;
    QTest::newRow("scheme") << QNetworkReply::ProtocolUnknownError << Kind::Other;
}

void tst_NetworkErrorMapper::transportErrors()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Kind, expected);
    QVERIFY(!NetworkErrorMapper::isHttpStatusError(error));
    QCOMPARE(NetworkErrorMapper::kind(error), expected);
}

void tst_NetworkErrorMapper::httpStatusErrorsAreNoTransportFailure()
{
    const QList<QNetworkReply::NetworkError> statusErrors {
        QNetworkReply::ContentNotFoundError,
        QNetworkReply::AuthenticationRequiredError,
        QNetworkReply::ContentConflictError,
        QNetworkReply::UnknownContentError,
        QNetworkReply::InternalServerError,
        QNetworkReply::ServiceUnavailableError,
        QNetworkReply::ContentOperationNotPermittedError,
        QNetworkReply::UnknownServerError,
    };
    for (const QNetworkReply::NetworkError error : statusErrors)
        QVERIFY2(NetworkErrorMapper::isHttpStatusError(error), QByteArray::number(int(error)));
    QVERIFY(!NetworkErrorMapper::isHttpStatusError(QNetworkReply::NoError));
}

QTEST_GUILESS_MAIN(tst_NetworkErrorMapper)
#include "tst_networkerrormapper.moc"
