#include "ApiCallWaiter.h"
#include "LogCapture.h"
#include "ScriptedHttpsServer.h"
#include "TestCertificates.h"
#include "net/ApiTransport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Kind = ApiError::Kind;

// ApiTransport against a scripted in-process HTTPS server: the request on the wire, and every
// kind of answer and failure mapped to its ApiError.
class tst_ApiTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sendsTheRequestAsDescribed();
    void getCarriesTheQuery();
    void noContentAndReplay();
    void rateLimitedWithRetryAfter();
    void serverErrors_data();
    void serverErrors();
    void validationNamesTheField();
    void unauthorizedWithAChallenge_data();
    void unauthorizedWithAChallenge();
    void hangIsTimeout();
    void truncatedBodyIsConnectionLost();
    void droppedMidChunkIsConnectionLost();
    void closedWithoutAnswerIsConnectionLost();
    void malformedAnswers_data();
    void malformedAnswers();
    void answerThatIsNotHttp();
    void oversizeDeclaredAnswer();
    void oversizeStreamedAnswer();
    void answerAtTheCapPasses();
    void cancel();
    void cancelAll();
    void unsendableRequestFailsLater();
    void plainHttpBaseIsRefused();
    void destroyingTheTransportDropsItsCalls();
    void logNamesNoSecrets();

private:
    ApiResult run(const ApiRequest& request, int waitMs = 5000);

    TestIdentity m_ca;
    TestIdentity m_identity;
    std::unique_ptr<ScriptedHttpsServer> m_server;
    std::unique_ptr<ApiTransport> m_transport;
};

namespace {
QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}
} // namespace

void tst_ApiTransport::initTestCase()
{
    m_ca = TestCertificates::makeCa(u"Transport test CA"_s);
    m_identity = TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames());
    QVERIFY(!m_identity.isNull());
}

void tst_ApiTransport::init()
{
    m_server = std::make_unique<ScriptedHttpsServer>(m_identity);
    QVERIFY(m_server->listen());
    TlsTrust trust;
    trust.addCaCertificates({m_ca.certificate});
    m_transport = std::make_unique<ApiTransport>(m_server->baseUrl(), trust);
    m_transport->setTimeout(3s);
}

void tst_ApiTransport::cleanup()
{
    m_transport.reset();
    m_server.reset();
}

ApiResult tst_ApiTransport::run(const ApiRequest& request, int waitMs)
{
    const std::optional<ApiResult> result = ApiCallWaiter::wait(m_transport->send(request), waitMs);
    if (!result) {
        QTest::qFail("the call did not finish", __FILE__, __LINE__);
        return {};
    }
    return *result;
}

void tst_ApiTransport::sendsTheRequestAsDescribed()
{
    m_server->answerAlways(ScriptedHttpsServer::jsonAnswer(201, {{u"id"_s, 3}}));
    const QJsonObject body {{u"flatId"_s, 112}, {u"number"_s, u"16616"_s}};
    ApiRequest request = ApiRequest::post(u"/accounts"_s, body);
    request.bearerToken = u"access-token-1"_s;
    request.idempotencyKey = u"5f0c9a7e-key"_s;

    const ApiResult result = run(request);
    QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
    QCOMPARE(result.status(), 201);
    QCOMPARE(result.body().value(u"id"_s).toInt(), 3);

    QCOMPARE(m_server->requests().size(), 1);
    const QByteArray sent = m_server->requests().constFirst();
    const qsizetype headEnd = sent.indexOf("\r\n\r\n");
    const QByteArray head = sent.left(headEnd).toLower();
    QVERIFY2(sent.startsWith("POST /api/v1/accounts HTTP/1.1\r\n"), sent.constData());
    QVERIFY(head.contains("\r\nauthorization: bearer access-token-1"));
    QVERIFY(head.contains("\r\nidempotency-key: 5f0c9a7e-key"));
    QVERIFY(head.contains("\r\ncontent-type: application/json"));
    QVERIFY(head.contains("\r\naccept: application/json"));
    QCOMPARE(QJsonDocument::fromJson(sent.mid(headEnd + 4)).object(), body);
}

void tst_ApiTransport::getCarriesTheQuery()
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, u"2014-01"_s);
    query.addQueryItem(u"to"_s, u"2014-12"_s);
    const ApiResult result = run(ApiRequest::get(u"/accounts/3/charges"_s, query));
    QVERIFY(result.isOk());
    const QByteArray sent = m_server->requests().value(0);
    QVERIFY2(sent.startsWith("GET /api/v1/accounts/3/charges?from=2014-01&to=2014-12 HTTP/1.1"),
             sent.constData());
    // No token given, none sent; no body, no Content-Type.
    QVERIFY(!sent.toLower().contains("authorization"));
    QVERIFY(!sent.toLower().contains("content-type"));
}

void tst_ApiTransport::noContentAndReplay()
{
    m_server->answerAlways("HTTP/1.1 204 No Content\r\n\r\n");
    const ApiResult deleted = run(ApiRequest::del(u"/sessions/current"_s));
    QVERIFY(deleted.isOk());
    QCOMPARE(deleted.status(), 204);
    QVERIFY(deleted.body().isEmpty());
    QVERIFY(m_server->requests().value(0).startsWith("DELETE /api/v1/sessions/current "));

    m_server->answerAlways(
        ScriptedHttpsServer::jsonAnswer(201, {{u"id"_s, 9}}, {{"Idempotent-Replayed", "true"}}));
    const ApiResult replay = run(ApiRequest::post(u"/appeals"_s, {}));
    QVERIFY(replay.isOk());
    QVERIFY(replay.isIdempotentReplay());
}

void tst_ApiTransport::rateLimitedWithRetryAfter()
{
    m_server->answerAlways(ScriptedHttpsServer::jsonAnswer(
        429,
        {{u"error"_s, u"rate_limited"_s}, {u"field"_s, QJsonValue()}, {u"message"_s, u"Wait"_s}},
        {{"Retry-After", "17"}}));
    const ApiResult result = run(ApiRequest::post(u"/sessions"_s, {}));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::RateLimited);
    QCOMPARE(result.error().httpStatus, 429);
    QCOMPARE(result.error().code, std::optional(ApiErrorBody::Code::RateLimited));
    QCOMPARE(result.error().retryAfterSeconds, std::optional(17));
    QVERIFY(result.error().isRetryable());
}

void tst_ApiTransport::serverErrors_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("hasCode");
    QTest::newRow("500 internal") << ScriptedHttpsServer::jsonAnswer(
        500, {{u"error"_s, u"internal"_s}, {u"field"_s, QJsonValue()}, {u"message"_s, u"Oops"_s}})
                                  << 500 << true;
    QTest::newRow("503 page") << ScriptedHttpsServer::answer(503, "<html>Maintenance</html>",
                                                             {{"Content-Type", "text/html"}})
                              << 503 << false;
}

void tst_ApiTransport::serverErrors()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, status);
    QFETCH(bool, hasCode);
    m_server->answerAlways(answer);
    const ApiResult result = run(ApiRequest::get(u"/accounts"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::ServerError);
    QCOMPARE(result.error().httpStatus, status);
    QCOMPARE(result.error().code.has_value(), hasCode);
    QVERIFY(result.error().isRetryable());
}

void tst_ApiTransport::validationNamesTheField()
{
    m_server->answerAlways(ScriptedHttpsServer::jsonAnswer(
        422,
        {{u"error"_s, u"invalid"_s},
         {u"field"_s, u"login"_s},
         {u"message"_s, u"The login must start with a letter."_s}}));
    const ApiResult result = run(ApiRequest::post(u"/registrations"_s, {}));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::Validation);
    QCOMPARE(result.error().code, std::optional(ApiErrorBody::Code::Invalid));
    QCOMPARE(result.error().field, u"login"_s);
    QCOMPARE(result.error().serverMessage, u"The login must start with a letter."_s);
    QVERIFY(!result.error().isRetryable());
}

void tst_ApiTransport::unauthorizedWithAChallenge_data()
{
    QTest::addColumn<QByteArray>("challenge");
    QTest::newRow("bearer") << QByteArray("Bearer realm=\"kabinet\"");
    // QNetworkAccessManager would ask for a password; nobody answers, nothing is resent.
    QTest::newRow("basic") << QByteArray("Basic realm=\"kabinet\"");
}

void tst_ApiTransport::unauthorizedWithAChallenge()
{
    QFETCH(QByteArray, challenge);
    m_server->answerAlways(ScriptedHttpsServer::jsonAnswer(
        401,
        {{u"error"_s, u"unauthorized"_s}, {u"field"_s, QJsonValue()}, {u"message"_s, u"Sign in"_s}},
        {{"WWW-Authenticate", challenge}}));
    ApiRequest request = ApiRequest::get(u"/profile"_s);
    request.bearerToken = u"expired-token"_s;
    const ApiResult result = run(request);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::Unauthorized);
    QCOMPARE(result.error().code, std::optional(ApiErrorBody::Code::Unauthorized));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_ApiTransport::hangIsTimeout()
{
    m_server->setResponder([](QSslSocket&, const QByteArray&) {});
    ApiRequest request = ApiRequest::get(u"/accounts"_s);
    request.timeout = 300ms;
    QElapsedTimer elapsed;
    elapsed.start();
    const ApiResult result = run(request);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::Timeout);
    QVERIFY(result.error().isRetryable());
    QVERIFY2(elapsed.elapsed() >= 250 && elapsed.elapsed() < 2500,
             QByteArray::number(elapsed.elapsed()));
    // The request did arrive; the server just never answered.
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_ApiTransport::truncatedBodyIsConnectionLost()
{
    m_server->setResponder([](QSslSocket& socket, const QByteArray&) {
        socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100\r\n\r\n{\"items\": [1, 2");
        socket.disconnectFromHost();
    });
    const ApiResult result = run(ApiRequest::get(u"/accounts"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::ConnectionLost);
    QVERIFY(result.error().isRetryable());
}

void tst_ApiTransport::droppedMidChunkIsConnectionLost()
{
    m_server->setResponder([](QSslSocket& socket, const QByteArray&) {
        socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n"
                     + chunk("{\"items\": ["));
        socket.flush();
        QTimer::singleShot(50, &socket, [&socket] { socket.abort(); });
    });
    const ApiResult result = run(ApiRequest::get(u"/accounts"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::ConnectionLost);
}

void tst_ApiTransport::closedWithoutAnswerIsConnectionLost()
{
    m_server->setResponder(
        [](QSslSocket& socket, const QByteArray&) { socket.disconnectFromHost(); });
    const ApiResult result = run(ApiRequest::post(u"/appeals"_s, {}));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::ConnectionLost);
}

void tst_ApiTransport::malformedAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("not JSON") << ScriptedHttpsServer::answer(200, "{\"items\": [1, 2,");
    QTest::newRow("HTML") << ScriptedHttpsServer::answer(200, "<html>Captive portal</html>",
                                                         {{"Content-Type", "text/html"}});
    QTest::newRow("array") << ScriptedHttpsServer::answer(200, "[{\"id\": 1}]");
}

void tst_ApiTransport::malformedAnswers()
{
    QFETCH(QByteArray, answer);
    m_server->setResponder(
        [answer](QSslSocket& socket, const QByteArray&) { socket.write(answer); });
    const ApiResult result = run(ApiRequest::get(u"/accounts"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(ApiError::kindName(result.error().kind), ApiError::kindName(Kind::MalformedResponse));
    QVERIFY(!result.error().isRetryable());
}

void tst_ApiTransport::answerThatIsNotHttp()
{
    // Qt reads a status line that is not HTTP as a connection that broke while reading it (and
    // resends an idempotent request up to twice first), so this is ConnectionLost, not
    // MalformedResponse; either way it fails typed and in time.
    m_server->answerAlways("SSH-2.0-OpenSSH_9.2\r\n\r\n");
    const ApiResult result = run(ApiRequest::get(u"/accounts"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(ApiError::kindName(result.error().kind), ApiError::kindName(Kind::ConnectionLost));
    QCOMPARE(result.error().httpStatus, 0);
}

void tst_ApiTransport::oversizeDeclaredAnswer()
{
    m_transport->setMaximumAnswerBytes(1024);
    const QByteArray body = "{\"pad\": \"" + QByteArray(4096, 'x') + "\"}";
    m_server->answerAlways(ScriptedHttpsServer::answer(200, body));
    const ApiResult result = run(ApiRequest::get(u"/news"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::TooLarge);
}

void tst_ApiTransport::oversizeStreamedAnswer()
{
    // No Content-Length to go by: the cap must hold while reading.
    m_transport->setMaximumAnswerBytes(64 * 1024);
    m_server->setResponder([](QSslSocket& socket, const QByteArray&) {
        socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n"
                     + chunk("{\"pad\": \""));
        for (int i = 0; i < 40; ++i)
            socket.write(chunk(QByteArray(4096, 'x')));
        // Never finished: only the cap can end this answer in time.
    });
    ApiRequest request = ApiRequest::get(u"/news"_s);
    request.timeout = 2s;
    QElapsedTimer elapsed;
    elapsed.start();
    const ApiResult result = run(request);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::TooLarge);
    QVERIFY(elapsed.elapsed() < 1500);
}

void tst_ApiTransport::answerAtTheCapPasses()
{
    const QByteArray body = "{\"pad\": \"" + QByteArray(1000, 'x') + "\"}";
    m_transport->setMaximumAnswerBytes(body.size());
    m_server->answerAlways(ScriptedHttpsServer::answer(200, body));
    const ApiResult result = run(ApiRequest::get(u"/news"_s));
    QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
    QCOMPARE(result.body().value(u"pad"_s).toString().size(), 1000);
}

void tst_ApiTransport::cancel()
{
    m_server->setResponder([](QSslSocket&, const QByteArray&) {});
    QPointer<ApiCall> call = m_transport->send(ApiRequest::get(u"/accounts"_s));
    int finishedCount = 0;
    std::optional<ApiResult> result;
    connect(call, &ApiCall::finished, this, [&](const ApiResult& value) {
        ++finishedCount;
        result = value;
    });
    QVERIFY(QTest::qWaitFor([this] { return m_server->requests().size() == 1; }, 3000));
    call->cancel();
    // Before cancel() returned.
    QCOMPARE(finishedCount, 1);
    QVERIFY(result && !result->isOk());
    QCOMPARE(result->error().kind, Kind::Cancelled);
    QVERIFY(!result->error().isRetryable());
    QVERIFY(call->isFinished());
    call->cancel();
    QTest::qWait(50);
    QCOMPARE(finishedCount, 1);
    // It deleted itself.
    QVERIFY(QTest::qWaitFor([&call] { return call.isNull(); }, 1000));
}

void tst_ApiTransport::cancelAll()
{
    m_server->setResponder([](QSslSocket&, const QByteArray&) {});
    QList<ApiResult> results;
    for (int i = 0; i < 3; ++i) {
        connect(m_transport->send(ApiRequest::get(u"/accounts"_s)), &ApiCall::finished, this,
                [&results](const ApiResult& result) { results.append(result); });
    }
    m_transport->cancelAll();
    QCOMPARE(results.size(), 3);
    for (const ApiResult& result : std::as_const(results))
        QCOMPARE(result.error().kind, Kind::Cancelled);
}

void tst_ApiTransport::unsendableRequestFailsLater()
{
    ApiCall* call = m_transport->send(ApiRequest::get(u"/accounts/../secret"_s));
    QVERIFY(call);
    // Never before send() returned: the caller must have time to connect.
    QVERIFY(!call->isFinished());
    const std::optional<ApiResult> result = ApiCallWaiter::wait(call);
    QVERIFY(result && !result->isOk());
    QCOMPARE(result->error().kind, Kind::Other);
    QCOMPARE(m_server->connectionCount(), 0);
}

void tst_ApiTransport::plainHttpBaseIsRefused()
{
    QUrl base = m_server->baseUrl();
    base.setScheme(u"http"_s);
    QVERIFY(!ApiTransport::isUsableBaseUrl(base));
    QVERIFY(ApiTransport::isUsableBaseUrl(m_server->baseUrl()));
    QVERIFY(!ApiTransport::isUsableBaseUrl(QUrl(u"https://user:pw@example.ru"_s)));
    ApiTransport plain(base);
    const std::optional<ApiResult> result =
        ApiCallWaiter::wait(plain.send(ApiRequest::get(u"/health"_s)));
    QVERIFY(result && !result->isOk());
    QCOMPARE(result->error().kind, Kind::Other);
    QCOMPARE(m_server->connectionCount(), 0);
}

void tst_ApiTransport::destroyingTheTransportDropsItsCalls()
{
    m_server->setResponder([](QSslSocket&, const QByteArray&) {});
    int finishedCount = 0;
    connect(m_transport->send(ApiRequest::get(u"/accounts"_s)), &ApiCall::finished, this,
            [&finishedCount] { ++finishedCount; });
    QVERIFY(QTest::qWaitFor([this] { return m_server->requests().size() == 1; }, 3000));
    m_transport.reset();
    QTest::qWait(100);
    QCOMPARE(finishedCount, 0);
    QVERIFY(m_server->waitUntilAllClosed());
}

void tst_ApiTransport::logNamesNoSecrets()
{
    m_server->answerAlways(
        ScriptedHttpsServer::jsonAnswer(201, {{u"accessToken"_s, u"new-token-SECRET"_s}}));
    LogCapture log("kabinet.net");
    ApiRequest request = ApiRequest::post(
        u"/sessions"_s, {{u"login"_s, u"Ivanov"_s}, {u"password"_s, u"pw-SECRET"_s}});
    request.bearerToken = u"token-SECRET"_s;
    request.query.addQueryItem(u"hint"_s, u"query-SECRET"_s);
    QVERIFY(run(request).isOk());

    m_server->answerAlways(
        ScriptedHttpsServer::jsonAnswer(422,
                                        {{u"error"_s, u"invalid"_s},
                                         {u"field"_s, u"login"_s},
                                         {u"message"_s, u"login Ivanov-SECRET is bad"_s}}));
    QVERIFY(!run(request).isOk());

    const QString text = log.joined();
    QVERIFY2(text.contains(u"POST /api/v1/sessions?hint -> 201"_s), qPrintable(text));
    QVERIFY2(text.contains(u"POST /api/v1/sessions?hint -> Validation 422 invalid (login)"_s),
             qPrintable(text));
    QVERIFY(text.contains(u" ms)"_s));
    QVERIFY2(!text.contains(u"SECRET"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Ivanov"_s));
}

QTEST_GUILESS_MAIN(tst_ApiTransport)
#include "tst_apitransport.moc"
