#include "ApiCallWaiter.h"
#include "PortalProcess.h"
#include "TestCertificates.h"
#include "net/ApiTransport.h"
#include "net/SystemCaList.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// ApiTransport with a CA file (TlsTrust::load()) leaves the system's CAs to Qt's on-demand
// lookup; with CAs given as certificates it has the system's CAs read on a pool thread instead of
// reading them itself before the window's first paint (docs/performance.md). Its own process:
// the list is read once per process, and these tests need it not read yet.
class tst_SystemCaList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCaFileNeedsNoList();
    void requestsWaitForTheSystemCasAndAreStillVerified();
    void aTransportMadeAfterwardsSendsAtOnce();

private:
    TlsTrust trustWithCa(const QSslCertificate& ca) const;

    PortalProcess m_portal;
};

void tst_SystemCaList::initTestCase()
{
    QVERIFY2(m_portal.start(), qPrintable(m_portal.errorString()));
}

TlsTrust tst_SystemCaList::trustWithCa(const QSslCertificate& ca) const
{
    TlsTrust trust;
    trust.addCaCertificates({ca});
    return trust;
}

void tst_SystemCaList::aCaFileNeedsNoList()
{
    QVERIFY(!SystemCaList::isLoaded());
    // A CA file (--ca, or the settings' CA) goes to Qt as a file: the system's CAs stay found on
    // demand, so nothing waits and the list is never read.
    const TlsTrust::LoadResult loaded = TlsTrust::load(m_portal.caPath(), QString());
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    ApiTransport transport(m_portal.baseUrl(), *loaded.trust);
    QVERIFY(transport.isReady());
    const std::optional<ApiResult> result =
        ApiCallWaiter::wait(transport.send(ApiRequest::get(u"/health"_s)), 20000);
    QVERIFY(result.has_value());
    QVERIFY2(result->isOk(), qPrintable(result->error().describe()));

    // And it is still verified: a file with another CA does not make the portal trusted.
    const TestIdentity stranger = TestCertificates::makeCa(u"Not the portal's CA either"_s);
    QVERIFY(!stranger.isNull());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"stranger.pem"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(stranger.certificate.toPem());
    file.close();
    const TlsTrust::LoadResult strangerTrust = TlsTrust::load(file.fileName(), QString());
    QVERIFY2(strangerTrust.ok(), qPrintable(strangerTrust.message));
    ApiTransport distrusting(m_portal.baseUrl(), *strangerTrust.trust);
    QVERIFY(distrusting.isReady());
    const std::optional<ApiResult> refused =
        ApiCallWaiter::wait(distrusting.send(ApiRequest::get(u"/health"_s)), 20000);
    QVERIFY(refused.has_value());
    QCOMPARE(refused->error().kind, ApiError::Kind::TlsFailure);
    QCOMPARE(ApiError::tlsReasonName(refused->error().tlsReason),
             ApiError::tlsReasonName(ApiError::TlsReason::Untrusted));
    QVERIFY(!SystemCaList::isLoaded());
}

void tst_SystemCaList::requestsWaitForTheSystemCasAndAreStillVerified()
{
    QVERIFY(!SystemCaList::isLoaded());

    // Without a CA of its own the transport needs no list: Qt finds the system's CAs on demand.
    const ApiTransport plain(m_portal.baseUrl(), TlsTrust());
    QVERIFY(plain.isReady());
    QVERIFY(!SystemCaList::isLoaded());

    // With one, making the transport does not read the list: it is read on a pool thread, and
    // the requests wait for it.
    ApiTransport trusting(m_portal.baseUrl(), trustWithCa(m_portal.caCertificate()));
    const TestIdentity stranger = TestCertificates::makeCa(u"Not the portal's CA"_s);
    QVERIFY(!stranger.isNull());
    ApiTransport distrusting(m_portal.baseUrl(), trustWithCa(stranger.certificate));
    ApiTransport cancelled(m_portal.baseUrl(), trustWithCa(m_portal.caCertificate()));
    QVERIFY(!trusting.isReady());
    QVERIFY(!distrusting.isReady());
    for (ApiTransport* transport : {&trusting, &distrusting, &cancelled})
        transport->setTimeout(10s);

    ApiCall* health = trusting.send(ApiRequest::get(u"/health"_s));
    ApiCall* refused = distrusting.send(ApiRequest::get(u"/health"_s));
    ApiCall* dropped = cancelled.send(ApiRequest::get(u"/cancelled-while-waiting"_s));
    QVERIFY(!health->isFinished());
    // Each call deletes itself after finished(): the results are caught as they come.
    std::optional<ApiResult> healthResult, refusedResult, droppedResult;
    const auto keep = [this](ApiCall* call, std::optional<ApiResult>& into) {
        connect(call, &ApiCall::finished, this,
                [&into](const ApiResult& result) { into = result; });
    };
    keep(health, healthResult);
    keep(refused, refusedResult);
    keep(dropped, droppedResult);
    cancelled.cancelAll();
    QVERIFY(droppedResult.has_value());
    QCOMPARE(droppedResult->error().kind, ApiError::Kind::Cancelled);

    QTRY_VERIFY_WITH_TIMEOUT(healthResult && refusedResult, 20000);
    QVERIFY2(healthResult->isOk(),
             qPrintable(healthResult->error().describe() + u": "_s + healthResult->error().detail));
    QVERIFY(SystemCaList::isLoaded());
    QVERIFY(trusting.isReady());

    // Waiting changed nothing of the trust: a server whose CA is not trusted is refused.
    QVERIFY(!refusedResult->isOk());
    QCOMPARE(refusedResult->error().kind, ApiError::Kind::TlsFailure);
    QCOMPARE(ApiError::tlsReasonName(refusedResult->error().tlsReason),
             ApiError::tlsReasonName(ApiError::TlsReason::Untrusted));

    // The system's CAs are part of the trust as before, the extra CA after them.
    const QList<QSslCertificate> system = SystemCaList::certificates();
    const QList<QSslCertificate> named =
        trustWithCa(m_portal.caCertificate()).sslConfiguration().caCertificates();
    QCOMPARE(named.size(), system.size() + 1);
    QCOMPARE(named.constLast(), m_portal.caCertificate());

    // The cancelled request never left.
    const ApiResult later = *ApiCallWaiter::wait(trusting.send(ApiRequest::get(u"/later"_s)));
    QCOMPARE(later.error().kind, ApiError::Kind::NotFound);
    QVERIFY(m_portal.waitForStandardError("/api/v1/later"));
    QVERIFY(!m_portal.standardError().contains("cancelled-while-waiting"));
}

void tst_SystemCaList::aTransportMadeAfterwardsSendsAtOnce()
{
    QVERIFY(SystemCaList::isLoaded());
    ApiTransport transport(m_portal.baseUrl(), trustWithCa(m_portal.caCertificate()));
    QVERIFY(transport.isReady());
    const std::optional<ApiResult> result =
        ApiCallWaiter::wait(transport.send(ApiRequest::get(u"/health"_s)), 20000);
    QVERIFY(result.has_value());
    QVERIFY2(result->isOk(), qPrintable(result->error().describe()));
}

QTEST_GUILESS_MAIN(tst_SystemCaList)
#include "tst_systemcalist.moc"
