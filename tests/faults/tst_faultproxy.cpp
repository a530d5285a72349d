#include "ApiCallWaiter.h"
#include "FaultProxy.h"
#include "PortalLogin.h"
#include "PortalProcess.h"
#include "net/ApiTransport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Kind = ApiError::Kind;
using Fault = FaultProxy::Fault;

namespace {
const QString syncPath = u"/api/v1/sync"_s;
const QString appealsPath = u"/api/v1/appeals"_s;
} // namespace

// FaultProxy itself, between the client's ApiTransport and the real kabinet-portal: it passes
// requests and answers through unchanged (headers, bodies, statuses, idempotency), and each fault
// reaches the client as the failure it imitates.
class tst_FaultProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void passesAnswersThroughUnchanged();
    void passesErrorStatusesAndHeadersThrough();
    void passesIdempotencyKeysThrough();
    void loseAnswerLetsTheServerDoTheWork();
    void qtResendsAfterOneLostAnswer();
    void dropBeforeForwardingSendsNothingUpstream();
    void dropAtPartOfTheAnswer_data();
    void dropAtPartOfTheAnswer();
    void hangEndsInTheClientsTimeout();
    void statusAnswersWithoutForwarding_data();
    void statusAnswersWithoutForwarding();
    void replaceBodyKeepsTheStatus();
    void truncateCutsTheBody();
    void rulesApplyInOrderAndTimes();
    void hooksRunAroundTheUpstreamRequest();
    void upstreamDownClosesTheConnection();
    void followsTheUpstreamToANewPort();

private:
    ApiResult run(const ApiRequest& request);
    ApiRequest syncRequest() const;
    ApiRequest appealRequest(const QString& topic, const QString& key = {}) const;
    int appealsOnServer(const QString& topic);

    PortalProcess m_portal;
    FaultProxy m_proxy;
    std::unique_ptr<ApiTransport> m_transport;
    QString m_token;
};

void tst_FaultProxy::initTestCase()
{
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
    QVERIFY2(m_proxy.start(m_portal.baseUrl(), m_portal.caPath()),
             qPrintable(m_proxy.errorString()));
    QCOMPARE(m_proxy.baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(m_proxy.baseUrl().port() > 0);
    QVERIFY(m_proxy.baseUrl().port() != m_portal.baseUrl().port());

    // The client trusts the proxy's CA only, from its file: the portal's certificate would not
    // do, so every answer below came through the proxy.
    const TlsTrust::LoadResult trust = TlsTrust::load(m_proxy.caPath(), QString());
    QVERIFY2(trust.ok(), qPrintable(trust.message));
    QCOMPARE(trust.trust->extraCaCertificates(), QList<QSslCertificate>({m_proxy.caCertificate()}));
    m_transport = std::make_unique<ApiTransport>(m_proxy.baseUrl(), *trust.trust);
    m_transport->setTimeout(5s);
    m_token = PortalLogin::demoToken(*m_transport);
    QVERIFY(!m_token.isEmpty());
    QCOMPARE(m_proxy.forwardedCount(u"/api/v1/sessions"_s), 1);
}

void tst_FaultProxy::init()
{
    m_proxy.clearRules();
}

ApiResult tst_FaultProxy::run(const ApiRequest& request)
{
    const std::optional<ApiResult> result = ApiCallWaiter::wait(m_transport->send(request), 20000);
    if (!result) {
        QTest::qFail("the call did not finish", __FILE__, __LINE__);
        return {};
    }
    return *result;
}

ApiRequest tst_FaultProxy::syncRequest() const
{
    ApiRequest request = ApiRequest::get(u"/sync"_s);
    request.bearerToken = m_token;
    return request;
}

ApiRequest tst_FaultProxy::appealRequest(const QString& topic, const QString& key) const
{
    ApiRequest request = ApiRequest::post(
        u"/appeals"_s, QJsonObject {{u"topic"_s, topic}, {u"text"_s, u"Через прокси"_s}});
    request.bearerToken = m_token;
    request.idempotencyKey = key;
    return request;
}

// Straight from the portal, past the proxy.
int tst_FaultProxy::appealsOnServer(const QString& topic)
{
    const PortalReply reply = m_portal.get(appealsPath, PortalClient::bearer(m_token));
    if (reply.status != 200) {
        QTest::qFail("GET /appeals failed", __FILE__, __LINE__);
        return -1;
    }
    int count = 0;
    const QJsonArray items = reply.json.value(u"items"_s).toArray();
    for (const QJsonValue& item : items)
        count += item.toObject().value(u"topic"_s).toString() == topic ? 1 : 0;
    return count;
}

void tst_FaultProxy::passesAnswersThroughUnchanged()
{
    const int before = m_proxy.forwardedCount(syncPath);
    const ApiResult proxied = run(syncRequest());
    QVERIFY2(proxied.isOk(), qPrintable(proxied.error().describe()));
    QCOMPARE(proxied.status(), 200);
    const PortalReply direct = m_portal.get(syncPath, PortalClient::bearer(m_token));
    QCOMPARE(direct.status, 200);
    // The whole first sync, as big as the demo gets: byte for byte the server's answer.
    QVERIFY(!proxied.body().value(u"accounts"_s).toArray().isEmpty());
    QCOMPARE(proxied.body(), direct.json);
    QCOMPARE(m_proxy.forwardedCount(syncPath), before + 1);
    QCOMPARE(m_proxy.forwardedCount(u"/api/v1/nothing"_s), 0);
}

void tst_FaultProxy::passesErrorStatusesAndHeadersThrough()
{
    // The Authorization header went through above; without it the server's 401 comes back.
    ApiRequest anonymous = ApiRequest::get(u"/sync"_s);
    const ApiResult unauthorized = run(anonymous);
    QCOMPARE(unauthorized.error().kind, Kind::Unauthorized);
    QCOMPARE(unauthorized.error().httpStatus, 401);

    const ApiResult missing = run(ApiRequest::get(u"/no-such-thing"_s));
    QCOMPARE(missing.error().kind, Kind::NotFound);
    QCOMPARE(missing.error().code, std::optional(ApiErrorBody::Code::NotFound));

    // A query arrives as the client encoded it: a cursor this server never gave out.
    QUrlQuery query;
    query.addQueryItem(u"cursor"_s, u"1.999999999.202409"_s);
    ApiRequest future = ApiRequest::get(u"/sync"_s, query);
    future.bearerToken = m_token;
    const ApiResult refused = run(future);
    QCOMPARE(refused.error().kind, Kind::Validation);
    QCOMPARE(refused.error().field, u"cursor"_s);
}

void tst_FaultProxy::passesIdempotencyKeysThrough()
{
    const QString topic = u"Ключ через прокси"_s;
    const QString key = u"fault-proxy-key-1"_s;
    const ApiResult first = run(appealRequest(topic, key));
    QVERIFY2(first.isOk(), qPrintable(first.error().describe()));
    QCOMPARE(first.status(), 201);
    QVERIFY(!first.isIdempotentReplay());
    const ApiResult again = run(appealRequest(topic, key));
    QVERIFY2(again.isOk(), qPrintable(again.error().describe()));
    // The key reached the server (and the server's Idempotent-Replayed header came back).
    QVERIFY(again.isIdempotentReplay());
    QCOMPARE(again.body(), first.body());
    QCOMPARE(appealsOnServer(topic), 1);
}

void tst_FaultProxy::loseAnswerLetsTheServerDoTheWork()
{
    const QString topic = u"Ответ потерян"_s;
    const QString key = u"fault-proxy-lost-1"_s;
    const int before = m_proxy.forwardedCount(appealsPath);
    // Three times: Qt itself sends a request again (a POST too) when the connection closes
    // while it waits for the answer, up to twice (see qtResendsAfterOneLostAnswer).
    m_proxy.addRule(FaultProxy::Rule::of(Fault::LoseAnswer, appealsPath, 3));
    const ApiResult lost = run(appealRequest(topic, key));
    QCOMPARE(lost.error().kind, Kind::ConnectionLost);
    QCOMPARE(lost.error().httpStatus, 0);
    const int forwarded = m_proxy.forwardedCount(appealsPath) - before;
    QVERIFY2(forwarded >= 1 && forwarded <= 3, qPrintable(QString::number(forwarded)));
    // The server did the work, once: every attempt carried the same key.
    QCOMPARE(appealsOnServer(topic), 1);
    m_proxy.clearRules();

    // The retry with the same key gets the answer that was lost, and creates nothing.
    const ApiResult retried = run(appealRequest(topic, key));
    QVERIFY2(retried.isOk(), qPrintable(retried.error().describe()));
    QVERIFY(retried.isIdempotentReplay());
    QCOMPARE(appealsOnServer(topic), 1);
}

void tst_FaultProxy::qtResendsAfterOneLostAnswer()
{
    // Not the proxy's doing but worth pinning down: Qt's HTTP client may quietly send a request
    // whose answer never began once more, whatever its method (it depends on the connection's
    // state). Safe for the API's writes only because they carry an Idempotency-Key.
    const QString topic = u"Отправлено дважды"_s;
    const int before = m_proxy.forwardedCount(appealsPath);
    m_proxy.loseNextAnswer(appealsPath);
    const ApiResult result = run(appealRequest(topic, u"fault-proxy-resent-1"_s));
    const int forwarded = m_proxy.forwardedCount(appealsPath) - before;
    QVERIFY2(forwarded == 1 || forwarded == 2, qPrintable(QString::number(forwarded)));
    if (forwarded == 2) {
        // Sent again: the second answer is the server's replay of the first.
        QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
        QVERIFY(result.isIdempotentReplay());
    } else {
        QCOMPARE(result.error().kind, Kind::ConnectionLost);
    }
    QCOMPARE(appealsOnServer(topic), 1);
}

void tst_FaultProxy::dropBeforeForwardingSendsNothingUpstream()
{
    const QString topic = u"Не дошло"_s;
    const int before = m_proxy.forwardedCount(appealsPath);
    const int received = m_proxy.receivedCount(appealsPath);
    m_proxy.addRule(FaultProxy::Rule::of(Fault::DropBeforeForwarding, appealsPath, 3));
    const ApiResult dropped = run(appealRequest(topic, u"fault-proxy-drop-1"_s));
    QCOMPARE(dropped.error().kind, Kind::ConnectionLost);
    const int attempts = m_proxy.receivedCount(appealsPath) - received;
    QVERIFY2(attempts >= 1 && attempts <= 3, qPrintable(QString::number(attempts)));
    QCOMPARE(m_proxy.forwardedCount(appealsPath), before);
    QCOMPARE(appealsOnServer(topic), 0);
}

void tst_FaultProxy::dropAtPartOfTheAnswer_data()
{
    QTest::addColumn<double>("fraction");
    QTest::newRow("0 %") << 0.0;
    QTest::newRow("10 %") << 0.1;
    QTest::newRow("99 %") << 0.99;
}

void tst_FaultProxy::dropAtPartOfTheAnswer()
{
    QFETCH(double, fraction);
    const int before = m_proxy.forwardedCount(syncPath);
    // Qt sends a GET again by itself, up to twice, when the connection closes before any byte
    // of the answer came; three drops reach the caller whatever the fraction.
    FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::DropAt, syncPath, 3);
    rule.fraction = fraction;
    m_proxy.addRule(rule);
    const ApiResult dropped = run(syncRequest());
    QCOMPARE(dropped.error().kind, Kind::ConnectionLost);
    QCOMPARE(dropped.error().httpStatus, 0);
    QVERIFY(m_proxy.forwardedCount(syncPath) > before);
    m_proxy.clearRules();
    QVERIFY(run(syncRequest()).isOk());
}

void tst_FaultProxy::hangEndsInTheClientsTimeout()
{
    const int before = m_proxy.forwardedCount(syncPath);
    m_proxy.addRule(FaultProxy::Rule::of(Fault::Hang, syncPath));
    ApiRequest request = syncRequest();
    request.timeout = 300ms;
    const ApiResult hung = run(request);
    QCOMPARE(hung.error().kind, Kind::Timeout);
    QCOMPARE(m_proxy.forwardedCount(syncPath), before);
    // The client gave the connection up.
    QVERIFY(QTest::qWaitFor([this] { return m_proxy.openConnectionCount() <= 1; }, 5000));
    QVERIFY(run(syncRequest()).isOk());
}

void tst_FaultProxy::statusAnswersWithoutForwarding_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("kind");
    QTest::newRow("429") << 429 << QByteArray("7") << int(Kind::RateLimited);
    QTest::newRow("500") << 500 << QByteArray() << int(Kind::ServerError);
    QTest::newRow("503") << 503 << QByteArray("2") << int(Kind::ServerError);
}

void tst_FaultProxy::statusAnswersWithoutForwarding()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, kind);
    const int before = m_proxy.forwardedCount();
    FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::Status, syncPath);
    rule.status = status;
    rule.body = R"({"error":"rate_limited","message":"Позже","field":null})";
    rule.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!retryAfter.isEmpty())
        rule.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
    m_proxy.addRule(rule);
    const ApiResult answered = run(syncRequest());
    QCOMPARE(int(answered.error().kind), kind);
    QCOMPARE(answered.error().httpStatus, status);
    if (!retryAfter.isEmpty())
        QCOMPARE(answered.error().retryAfterSeconds, std::optional(retryAfter.toInt()));
    QCOMPARE(m_proxy.forwardedCount(), before);
    // The connection stays usable: the next request on it passes.
    QVERIFY(run(syncRequest()).isOk());
}

void tst_FaultProxy::replaceBodyKeepsTheStatus()
{
    const int before = m_proxy.forwardedCount(syncPath);
    FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::ReplaceBody, syncPath);
    rule.body = R"({"cursor": "1.2.)";
    m_proxy.addRule(rule);
    const ApiResult malformed = run(syncRequest());
    QCOMPARE(malformed.error().kind, Kind::MalformedResponse);
    QCOMPARE(malformed.error().httpStatus, 200);
    QCOMPARE(m_proxy.forwardedCount(syncPath), before + 1);

    rule.body = R"({"items": [], "total": 0})";
    m_proxy.addRule(rule);
    const ApiResult wrongShape = run(syncRequest());
    QVERIFY(wrongShape.isOk());
    QCOMPARE(wrongShape.body(), QJsonObject({{u"items"_s, QJsonArray()}, {u"total"_s, 0}}));
}

void tst_FaultProxy::truncateCutsTheBody()
{
    FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::Truncate, syncPath);
    rule.fraction = 0.5;
    m_proxy.addRule(rule);
    const ApiResult truncated = run(syncRequest());
    QCOMPARE(truncated.error().kind, Kind::ConnectionLost);
    QVERIFY(run(syncRequest()).isOk());
}

void tst_FaultProxy::rulesApplyInOrderAndTimes()
{
    FaultProxy::Rule unavailable = FaultProxy::Rule::of(Fault::Status, syncPath);
    unavailable.status = 503;
    unavailable.times = 2;
    FaultProxy::Rule limited = FaultProxy::Rule::of(Fault::Status);
    limited.status = 429;
    m_proxy.addRule(unavailable);
    m_proxy.addRule(limited);
    QCOMPARE(m_proxy.pendingRuleCount(), 2);
    // Another path skips the first rule and takes the second.
    QCOMPARE(run(ApiRequest::get(u"/health"_s)).error().httpStatus, 429);
    QCOMPARE(m_proxy.pendingRuleCount(), 1);
    QCOMPARE(run(syncRequest()).error().httpStatus, 503);
    QCOMPARE(run(syncRequest()).error().httpStatus, 503);
    QCOMPARE(m_proxy.pendingRuleCount(), 0);
    QVERIFY(run(syncRequest()).isOk());
}

void tst_FaultProxy::hooksRunAroundTheUpstreamRequest()
{
    QStringList events;
    const int before = m_proxy.forwardedCount(syncPath);
    FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::ReplaceBody, syncPath);
    rule.body = R"({"cursor":"x","more":false})";
    rule.beforeForwarding = [&] {
        events << u"before %1"_s.arg(m_proxy.forwardedCount(syncPath) - before);
    };
    rule.afterForwarding = [&] {
        events << u"after %1"_s.arg(m_proxy.forwardedCount(syncPath) - before);
    };
    m_proxy.addRule(rule);
    const ApiResult result = run(syncRequest());
    QVERIFY(result.isOk());
    QCOMPARE(events, QStringList({u"before 0"_s, u"after 1"_s}));
}

void tst_FaultProxy::upstreamDownClosesTheConnection()
{
    // Killed in the hook, before the request goes on: the client sees the connection end.
    const int before = m_proxy.forwardedCount();
    FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::ReplaceBody, syncPath);
    rule.beforeForwarding = [this] {
        m_portal.stop();
    };
    m_proxy.addRule(rule);
    const ApiResult result = run(syncRequest());
    QCOMPARE(result.error().kind, Kind::ConnectionLost);
    QVERIFY(!m_portal.isRunning());
    QCOMPARE(m_proxy.forwardedCount(), before);
}

void tst_FaultProxy::followsTheUpstreamToANewPort()
{
    if (!m_portal.isRunning())
        QVERIFY2(m_portal.restart({}), qPrintable(m_portal.errorString()));
    QVERIFY(m_proxy.setUpstream(m_portal.baseUrl(), m_portal.caPath()));
    QCOMPARE(m_proxy.upstreamBaseUrl(), m_portal.baseUrl());
    // The proxy's own address and the client's tokens stay as they were.
    const ApiResult result = run(syncRequest());
    QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
    QVERIFY(!m_proxy.setUpstream(m_portal.baseUrl(), u"/nonexistent/ca.pem"_s));
    QVERIFY(!m_proxy.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_FaultProxy)
#include "tst_faultproxy.moc"
