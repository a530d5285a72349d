#include "ApiCallWaiter.h"
#include "ScriptedHttpsServer.h"
#include "TestCertificates.h"
#include "net/ApiTransport.h"

#include <QPointer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Reason = ApiError::TlsReason;

Q_DECLARE_METATYPE(TestIdentity)

// ApiTransport against servers with flawed certificates. Every refusal must name the right
// reason, and the server must see the connection but not one byte of the request: no request
// line, no Authorization header, no body.
class tst_ApiTransportTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void rightPinIsAccepted();
    void aServerOfOnlyTls12IsReached();
    void aServerOfOnlyCbcSuitesIsRefused();
    void pinDoesNotReplaceVerification();
    void pinnedTransportChecksEveryConnection();
    void cancelledCallsLeaveNoUncheckedConnection();
    void pinnedCallsLeaveOneAtATime();

private:
    struct Outcome
    {
        std::optional<ApiResult> result;
        int connections = 0;
        QByteArray received;
        bool closed = false;
    };
    // Sends a POST with a token and a body to a server presenting identity.
    Outcome post(const TestIdentity& identity, const TlsTrust& trust);
    TlsTrust trustingCa() const;

    TestIdentity m_ca;
    TestIdentity m_good;
};

void tst_ApiTransportTls::initTestCase()
{
    m_ca = TestCertificates::makeCa(u"Trusted test CA"_s);
    m_good = TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames());
    QVERIFY(!m_ca.isNull() && !m_good.isNull());
}

TlsTrust tst_ApiTransportTls::trustingCa() const
{
    TlsTrust trust;
    trust.addCaCertificates({m_ca.certificate});
    return trust;
}

tst_ApiTransportTls::Outcome tst_ApiTransportTls::post(const TestIdentity& identity,
                                                       const TlsTrust& trust)
{
    Outcome outcome;
    ScriptedHttpsServer server(identity);
    if (!server.listen())
        return outcome;
    server.answerAlways(ScriptedHttpsServer::jsonAnswer(201, {{u"id"_s, 1}}));
    {
        ApiTransport transport(server.baseUrl(), trust);
        transport.setTimeout(3s);
        ApiRequest request = ApiRequest::post(
            u"/profile/password"_s,
            {{u"currentPassword"_s, u"old-SECRET"_s}, {u"password"_s, u"new-SECRET"_s}});
        request.bearerToken = u"token-SECRET"_s;
        outcome.result = ApiCallWaiter::wait(transport.send(request));
        // Gone before waiting, so that a kept-alive connection closes too.
    }
    outcome.closed = server.waitUntilAllClosed();
    outcome.connections = server.connectionCount();
    outcome.received = server.receivedBytes();
    return outcome;
}

void tst_ApiTransportTls::refused_data()
{
    QTest::addColumn<TestIdentity>("identity");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<Reason>("reason");

    const TestIdentity otherCa = TestCertificates::makeCa(u"Unknown CA"_s);
    QTest::newRow("self-signed") << TestCertificates::makeSelfSigned(
        TestCertificates::loopbackNames())
                                 << false << Reason::Untrusted;
    QTest::newRow("untrusted CA") << TestCertificates::makeServer(otherCa,
                                                                  TestCertificates::loopbackNames())
                                  << false << Reason::Untrusted;
    QTest::newRow("expired") << TestCertificates::makeServer(
        m_ca, TestCertificates::loopbackNames(), {-10 * 24 * 3600, -24 * 3600})
                             << false << Reason::Expired;
    QTest::newRow("not yet valid") << TestCertificates::makeServer(
        m_ca, TestCertificates::loopbackNames(), {24 * 3600, 10 * 24 * 3600})
                                   << false << Reason::Expired;
    QTest::newRow("wrong host") << TestCertificates::makeServer(
        m_ca, {u"DNS:portal.example.ru"_s, u"IP:10.11.12.13"_s})
                                << false << Reason::HostMismatch;
    // A valid, trusted certificate for the right host, but not the pinned key.
    QTest::newRow("wrong pin") << TestCertificates::makeServer(m_ca,
                                                               TestCertificates::loopbackNames())
                               << true << Reason::PinMismatch;
}

void tst_ApiTransportTls::refused()
{
    QFETCH(TestIdentity, identity);
    QFETCH(bool, pinned);
    QFETCH(Reason, reason);
    QVERIFY(!identity.isNull());

    TlsTrust trust = trustingCa();
    if (pinned)
        trust.setPin(PublicKeyPin::ofCertificate(m_good.certificate));
    const Outcome outcome = post(identity, trust);

    QVERIFY(outcome.result);
    QVERIFY(!outcome.result->isOk());
    const ApiError& error = outcome.result->error();
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(ApiError::Kind::TlsFailure));
    QCOMPARE(ApiError::tlsReasonName(error.tlsReason), ApiError::tlsReasonName(reason));
    QVERIFY(!error.detail.isEmpty());
    QVERIFY(!error.isRetryable());
    QCOMPARE(error.httpStatus, 0);
    // The client did reach the server, and left without saying anything.
    QVERIFY2(outcome.received.isEmpty(), outcome.received.constData());
    QCOMPARE_GE(outcome.connections, 1);
    QVERIFY(outcome.closed);
}

void tst_ApiTransportTls::aServerOfOnlyTls12IsReached()
{
    // The client's short lists (TlsClientPolicy) still meet a server that speaks TLS 1.2 only:
    // an ECDHE-ECDSA AEAD suite, a P-256 or X25519 key exchange.
    ScriptedHttpsServer server(m_good);
    server.setProtocol(QSsl::TlsV1_2);
    QVERIFY(server.listen());
    ApiTransport transport(server.baseUrl(), trustingCa());
    transport.setTimeout(10s);
    const std::optional<ApiResult> result =
        ApiCallWaiter::wait(transport.send(ApiRequest::get(u"/health"_s)), 20000);
    QVERIFY(result.has_value());
    QVERIFY2(result->isOk(),
             qPrintable(result->error().describe() + u": "_s + result->error().detail));
}

void tst_ApiTransportTls::aServerOfOnlyCbcSuitesIsRefused()
{
    // TLS 1.2 with CBC suites only, as an old server might offer (docs/api.md, "TLS"): the
    // client offers none of them, so the handshake fails and nothing is sent.
    ScriptedHttpsServer server(m_good);
    server.setProtocol(QSsl::TlsV1_2);
    QVERIFY(server.setCiphers({"ECDHE-ECDSA-AES128-SHA256", "ECDHE-ECDSA-AES256-SHA384",
                               "ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA"}));
    QVERIFY(server.listen());
    ApiTransport transport(server.baseUrl(), trustingCa());
    transport.setTimeout(10s);
    ApiRequest request = ApiRequest::get(u"/profile"_s);
    request.bearerToken = u"token-SECRET"_s;
    const std::optional<ApiResult> result = ApiCallWaiter::wait(transport.send(request), 20000);
    QVERIFY(result.has_value());
    QVERIFY(!result->isOk());
    QCOMPARE(ApiError::kindName(result->error().kind),
             ApiError::kindName(ApiError::Kind::TlsFailure));
    QCOMPARE(result->error().userMessage(),
             u"A secure connection to the server could not be established."_s);
    QCOMPARE_GE(server.connectionCount(), 1);
    QVERIFY(server.receivedBytes().isEmpty());
}

void tst_ApiTransportTls::rightPinIsAccepted()
{
    // The same exchange as above with the right key: the server does see everything, so the
    // empty receipts above are no artefact of the test server.
    TlsTrust trust = trustingCa();
    trust.setPin(PublicKeyPin::ofCertificate(m_good.certificate));
    const Outcome outcome = post(m_good, trust);
    QVERIFY(outcome.result);
    QVERIFY2(outcome.result->isOk(), qPrintable(outcome.result->error().describe()));
    QCOMPARE(outcome.result->status(), 201);
    QVERIFY(outcome.received.startsWith("POST /api/v1/profile/password HTTP/1.1"));
    QVERIFY(outcome.received.contains("Bearer token-SECRET"));
    QVERIFY(outcome.received.contains("new-SECRET"));
}

void tst_ApiTransportTls::pinDoesNotReplaceVerification()
{
    const TestIdentity selfSigned =
        TestCertificates::makeSelfSigned(TestCertificates::loopbackNames());
    TlsTrust trust;
    trust.setPin(PublicKeyPin::ofCertificate(selfSigned.certificate));
    const Outcome outcome = post(selfSigned, trust);
    QVERIFY(outcome.result && !outcome.result->isOk());
    QCOMPARE(ApiError::tlsReasonName(outcome.result->error().tlsReason),
             ApiError::tlsReasonName(Reason::Untrusted));
    QVERIFY(outcome.received.isEmpty());
}

void tst_ApiTransportTls::pinnedTransportChecksEveryConnection()
{
    // Several requests at once: each connection is checked, none leaks, and a request sent
    // after them finds no connection left open that was never checked.
    const TestIdentity other =
        TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames());
    ScriptedHttpsServer server(other);
    QVERIFY(server.listen());
    TlsTrust trust = trustingCa();
    trust.setPin(PublicKeyPin::ofCertificate(m_good.certificate));
    ApiTransport transport(server.baseUrl(), trust);
    ApiRequest request = ApiRequest::get(u"/accounts"_s);
    request.bearerToken = u"token-SECRET"_s;
    QList<ApiResult> results;
    for (int i = 0; i < 4; ++i) {
        connect(transport.send(request), &ApiCall::finished, this,
                [&results](const ApiResult& result) { results.append(result); });
    }
    QVERIFY(QTest::qWaitFor([&results] { return results.size() == 4; }, 5000));
    const std::optional<ApiResult> last = ApiCallWaiter::wait(transport.send(request));
    QVERIFY(last);
    results.append(*last);
    for (const ApiResult& result : std::as_const(results)) {
        QVERIFY(!result.isOk());
        QCOMPARE(ApiError::tlsReasonName(result.error().tlsReason),
                 ApiError::tlsReasonName(Reason::PinMismatch));
    }
    QVERIFY(server.waitUntilAllClosed());
    QVERIFY(server.connectionCount() >= 1);
    QVERIFY2(server.receivedBytes().isEmpty(), server.receivedBytes().constData());
}

void tst_ApiTransportTls::cancelledCallsLeaveNoUncheckedConnection()
{
    // A call cancelled while its connection is still in its handshake: that connection ends
    // the handshake with no request of its own. Qt then sent the next request on it without
    // encrypted(), the token to a server with the wrong key (in 19 rounds of 20). The rounds
    // cancel later and later, up to after the handshake (some 40 ms on loopback), so that one
    // also cancels as the reply is being told it is encrypted.
    const TestIdentity other =
        TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames());
    TlsTrust trust = trustingCa();
    trust.setPin(PublicKeyPin::ofCertificate(m_good.certificate));
    ApiRequest request = ApiRequest::get(u"/accounts"_s);
    request.bearerToken = u"token-SECRET"_s;
    for (int round = 0; round < 12; ++round) {
        ScriptedHttpsServer server(other);
        QVERIFY(server.listen());
        ApiTransport transport(server.baseUrl(), trust);
        QList<std::optional<ApiResult>> results(3);
        QList<QPointer<ApiCall>> calls;
        for (int i = 0; i < 3; ++i) {
            calls.append(transport.send(request));
            connect(calls.last(), &ApiCall::finished, this,
                    [&results, i](const ApiResult& result) { results[i] = result; });
        }
        QTest::qWait(round * 5);
        for (int i : {0, 2}) {
            if (calls.at(i))
                calls.at(i)->cancel();
        }
        QVERIFY(QTest::qWaitFor([&results] { return results.at(1).has_value(); }, 5000));
        for (const std::optional<ApiResult>& result : std::as_const(results)) {
            QVERIFY(result && !result->isOk());
            if (result->error().kind != ApiError::Kind::Cancelled)
                QCOMPARE(ApiError::tlsReasonName(result->error().tlsReason),
                         ApiError::tlsReasonName(Reason::PinMismatch));
        }
        // Time for any connection still in its handshake to finish it.
        QTest::qWait(100);
        const std::optional<ApiResult> next = ApiCallWaiter::wait(transport.send(request));
        QVERIFY(next && !next->isOk());
        QVERIFY2(server.receivedBytes().isEmpty(), server.receivedBytes().constData());
    }
}

void tst_ApiTransportTls::pinnedCallsLeaveOneAtATime()
{
    // Sent together to the right server, they all succeed, in order, over one kept-alive
    // connection: a pinned transport opens no connection that no request waits for.
    ScriptedHttpsServer server(m_good);
    QVERIFY(server.listen());
    TlsTrust trust = trustingCa();
    trust.setPin(PublicKeyPin::ofCertificate(m_good.certificate));
    ApiTransport transport(server.baseUrl(), trust);
    QList<int> finishedOrder;
    for (int i = 0; i < 4; ++i) {
        connect(transport.send(ApiRequest::get(u"/accounts/"_s + QString::number(i))),
                &ApiCall::finished, this, [&finishedOrder, i](const ApiResult& result) {
                    QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
                    finishedOrder.append(i);
                });
    }
    QVERIFY(QTest::qWaitFor([&finishedOrder] { return finishedOrder.size() == 4; }, 5000));
    QCOMPARE(finishedOrder, QList<int>({0, 1, 2, 3}));
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().size(), 4);
    QVERIFY(server.requests().at(3).startsWith("GET /api/v1/accounts/3 "));
}

QTEST_GUILESS_MAIN(tst_ApiTransportTls)
#include "tst_apitransporttls.moc"
