#include "ApiCallWaiter.h"
#include "PortalProcess.h"
#include "TestCertificates.h"
#include "net/ApiTransport.h"

#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Kind = ApiError::Kind;

// ApiTransport against the real kabinet-portal (--dev-tls, on loopback).
class tst_ApiTransportPortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthWithTheDevCa();
    void refusedWithoutTheDevCa();
    void rightPinIsAccepted();
    void wrongPinSendsNothing();
    void notFound();
    void methodNotAllowed();
    void oversizeRequestBody();
    void connectionRefusedIsNoNetwork();

private:
    ApiResult run(const TlsTrust& trust, const ApiRequest& request, const QUrl& base = QUrl());
    TlsTrust devTrust() const;

    PortalProcess m_portal;
    QSslCertificate m_serverCertificate;
};

void tst_ApiTransportPortal::initTestCase()
{
    QVERIFY2(m_portal.start(), qPrintable(m_portal.errorString()));
    // The certificate --dev-tls serves, read from its data directory rather than from a
    // connection, so that the pin is known before connecting.
    const QList<QSslCertificate> served =
        QSslCertificate::fromPath(m_portal.dataDir() + u"/tls/server.pem"_s);
    QCOMPARE(served.size(), 1);
    m_serverCertificate = served.constFirst();
}

TlsTrust tst_ApiTransportPortal::devTrust() const
{
    const TlsTrust::LoadResult loaded = TlsTrust::load(m_portal.caPath(), QString());
    return loaded.trust.value_or(TlsTrust());
}

ApiResult tst_ApiTransportPortal::run(const TlsTrust& trust, const ApiRequest& request,
                                      const QUrl& base)
{
    ApiTransport transport(base.isEmpty() ? m_portal.baseUrl() : base, trust);
    transport.setTimeout(5s);
    const std::optional<ApiResult> result = ApiCallWaiter::wait(transport.send(request), 10000);
    if (!result) {
        QTest::qFail("the call did not finish", __FILE__, __LINE__);
        return {};
    }
    return *result;
}

void tst_ApiTransportPortal::healthWithTheDevCa()
{
    const TlsTrust::LoadResult loaded = TlsTrust::load(m_portal.caPath(), QString());
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const ApiResult result = run(*loaded.trust, ApiRequest::get(u"/health"_s));
    QVERIFY2(result.isOk(),
             qPrintable(result.error().describe() + u": "_s + result.error().detail));
    QCOMPARE(result.status(), 200);
    QCOMPARE(result.body().value(u"status"_s).toString(), u"ok"_s);
}

void tst_ApiTransportPortal::refusedWithoutTheDevCa()
{
    const ApiResult result = run(TlsTrust(), ApiRequest::get(u"/health"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::TlsFailure);
    QCOMPARE(ApiError::tlsReasonName(result.error().tlsReason),
             ApiError::tlsReasonName(ApiError::TlsReason::Untrusted));
}

void tst_ApiTransportPortal::rightPinIsAccepted()
{
    const QString pin = PublicKeyPin::ofCertificate(m_serverCertificate)->toString();
    const TlsTrust::LoadResult loaded = TlsTrust::load(m_portal.caPath(), pin);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const ApiResult result = run(*loaded.trust, ApiRequest::get(u"/health"_s));
    QVERIFY2(result.isOk(),
             qPrintable(result.error().describe() + u": "_s + result.error().detail));
}

void tst_ApiTransportPortal::wrongPinSendsNothing()
{
    TlsTrust pinned = devTrust();
    const TestIdentity stranger =
        TestCertificates::makeSelfSigned(TestCertificates::loopbackNames());
    pinned.setPin(PublicKeyPin::ofCertificate(stranger.certificate));
    ApiRequest probe = ApiRequest::get(u"/pin-probe"_s);
    probe.bearerToken = u"token-SECRET"_s;
    const ApiResult refused = run(pinned, probe);
    QVERIFY(!refused.isOk());
    QCOMPARE(ApiError::tlsReasonName(refused.error().tlsReason),
             ApiError::tlsReasonName(ApiError::TlsReason::PinMismatch));

    // The server logs every request it reads. Once it has logged a later one, the probe would
    // be in the log had it arrived.
    const ApiResult later = run(devTrust(), ApiRequest::get(u"/after-probe"_s));
    QCOMPARE(later.error().kind, Kind::NotFound);
    QVERIFY(m_portal.waitForStandardError("/api/v1/after-probe"));
    QVERIFY(!m_portal.standardError().contains("pin-probe"));
}

void tst_ApiTransportPortal::notFound()
{
    const ApiResult result = run(devTrust(), ApiRequest::get(u"/no-such-thing"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::NotFound);
    QCOMPARE(result.error().httpStatus, 404);
    QCOMPARE(result.error().code, std::optional(ApiErrorBody::Code::NotFound));
    QVERIFY(!result.error().isRetryable());
}

void tst_ApiTransportPortal::methodNotAllowed()
{
    const ApiResult result = run(devTrust(), ApiRequest::post(u"/health"_s, {}));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::BadRequest);
    QCOMPARE(result.error().httpStatus, 405);
    QCOMPARE(result.error().code, std::optional(ApiErrorBody::Code::MethodNotAllowed));
}

void tst_ApiTransportPortal::oversizeRequestBody()
{
    const QJsonObject body {{u"pad"_s, QString(70 * 1024, u'x')}};
    const ApiResult result = run(devTrust(), ApiRequest::post(u"/health"_s, body));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::BadRequest);
    QCOMPARE(result.error().httpStatus, 413);
    QCOMPARE(result.error().code, std::optional(ApiErrorBody::Code::TooLarge));
}

void tst_ApiTransportPortal::connectionRefusedIsNoNetwork()
{
    // A port that was free a moment ago and has nobody listening now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl base = m_portal.baseUrl();
    base.setPort(probe.serverPort());
    probe.close();

    const ApiResult result = run(devTrust(), ApiRequest::get(u"/health"_s), base);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::NoNetwork);
    QVERIFY(result.error().isRetryable());
    QCOMPARE(result.error().httpStatus, 0);
}

QTEST_GUILESS_MAIN(tst_ApiTransportPortal)
#include "tst_apitransportportal.moc"
