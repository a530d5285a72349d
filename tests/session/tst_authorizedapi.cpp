// AuthorizedApi against the real kabinet-portal, whose clock the test moves: an access token that
// expires in use is refreshed once and the call goes through; calls that meet the expiry together
// share one refresh; a session the server revoked (a refresh token presented twice) ends with
// sessionEnded() and the calls waiting fail cleanly.

#include "DemoServer.h"
#include "ReplyWaiter.h"
#include "api/ApiClient.h"
#include "net/ApiTransport.h"
#include "session/AuthorizedApi.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Kind = ApiError::Kind;

class tst_AuthorizedApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void withoutSessionFailsAfterSendReturns();
    void freshTokenNeedsNoRefresh();
    void expiredTokenIsRefreshedOnce();
    void concurrentCallsShareOneRefresh();
    void resumedSessionRefreshesBeforeSending();
    void reusedRefreshTokenEndsTheSession();

private:
    // Signs the demo user in through the public side and hands the tokens to m_api.
    SessionTokens startSession();
    // The refreshes the server granted so far, from its request log.
    int serverRefreshes();

    DemoServer m_server;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<AuthorizedApi> m_api;
    std::unique_ptr<ApiClient> m_client;
    int m_refreshedSignals = 0;
    QList<ApiError> m_endedSignals;
};

void tst_AuthorizedApi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_transport = std::make_unique<ApiTransport>(m_server.baseUrl(), m_server.trust());
    m_transport->setTimeout(10s);
}

void tst_AuthorizedApi::init()
{
    m_api = std::make_unique<AuthorizedApi>(*m_transport);
    m_client = std::make_unique<ApiClient>(*m_api);
    m_refreshedSignals = 0;
    m_endedSignals.clear();
    connect(m_api.get(), &AuthorizedApi::tokensRefreshed, this, [this] { ++m_refreshedSignals; });
    connect(m_api.get(), &AuthorizedApi::sessionEnded, this,
            [this](const ApiError& reason) { m_endedSignals.append(reason); });
}

void tst_AuthorizedApi::cleanup()
{
    m_client.reset();
    m_api.reset();
}

SessionTokens tst_AuthorizedApi::startSession()
{
    const Waited<SessionTokens> login =
        waitFor(m_client->logIn({u"demo"_s, u"kapremont"_s, {}, {}}));
    if (!login.isOk()) {
        QTest::qFail(login.describe(), __FILE__, __LINE__);
        return {};
    }
    m_api->startSession(*login.value);
    return *login.value;
}

int tst_AuthorizedApi::serverRefreshes()
{
    // The log line of a request is written after its answer; give it a moment.
    QTest::qWait(50);
    return int(m_server.portal().standardError().count("POST /api/v1/sessions/refresh 201"));
}

void tst_AuthorizedApi::withoutSessionFailsAfterSendReturns()
{
    QVERIFY(!m_api->hasSession());
    bool finishedEarly = false;
    SessionCall* call = m_api->send(ApiRequest::get(u"/profile"_s));
    QObject::connect(call, &SessionCall::finished, this,
                     [&finishedEarly] { finishedEarly = true; });
    QVERIFY(!finishedEarly);
    const std::optional<ApiResult> result = waitFor(call);
    QVERIFY(result);
    QCOMPARE(result->error().kind, Kind::Unauthorized);
    QVERIFY(m_endedSignals.isEmpty());
}

void tst_AuthorizedApi::freshTokenNeedsNoRefresh()
{
    startSession();
    const int before = serverRefreshes();
    const Waited<UserProfile> profile = waitFor(m_client->profile());
    QVERIFY2(profile.isOk(), profile.describe());
    QCOMPARE(m_api->refreshCount(), 0);
    QCOMPARE(m_refreshedSignals, 0);
    QCOMPARE(serverRefreshes(), before);
}

void tst_AuthorizedApi::expiredTokenIsRefreshedOnce()
{
    startSession();
    const Waited<UserProfile> early = waitFor(m_client->profile());
    QVERIFY2(early.isOk(), early.describe());
    const int before = serverRefreshes();

    // Access tokens live 15 minutes.
    QVERIFY(m_server.advance(16min));
    SessionCall* call = m_api->send(ApiRequest::get(u"/accounts"_s));
    bool resent = false;
    connect(call, &SessionCall::finished, this, [&resent, call] { resent = call->wasResent(); });
    const std::optional<ApiResult> result = waitFor(call);
    QVERIFY(result);
    QVERIFY2(result->isOk(), qPrintable(result->error().describe()));
    QCOMPARE(result->body().value(u"items"_s).toArray().size(), 3);
    QVERIFY(resent);
    QCOMPARE(m_api->refreshCount(), 1);
    QCOMPARE(m_refreshedSignals, 1);
    QCOMPARE(serverRefreshes(), before + 1);

    // The new token serves the next calls without another refresh.
    const Waited<QList<NewsItem>> news = waitFor(m_client->news());
    QVERIFY2(news.isOk(), news.describe());
    QCOMPARE(m_api->refreshCount(), 1);
    QCOMPARE(serverRefreshes(), before + 1);
    QVERIFY(m_endedSignals.isEmpty());
}

void tst_AuthorizedApi::concurrentCallsShareOneRefresh()
{
    startSession();
    QVERIFY(m_server.advance(16min));
    const int before = serverRefreshes();

    // All in flight with the expired token at once; each meets its 401, one refresh serves all.
    QList<QPointer<SessionCall>> calls;
    const QStringList paths {u"/profile"_s,       u"/accounts"_s, u"/news"_s,
                             u"/organizations"_s, u"/appeals"_s,  u"/profile"_s};
    for (const QString& path : paths)
        calls.append(m_api->send(ApiRequest::get(path)));
    int succeeded = 0;
    for (const QPointer<SessionCall>& call : std::as_const(calls)) {
        connect(call, &SessionCall::finished, this,
                [&succeeded](const ApiResult& result) { succeeded += result.isOk() ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(succeeded, int(paths.size()), 10000);
    QCOMPARE(m_api->refreshCount(), 1);
    QCOMPARE(m_refreshedSignals, 1);
    QCOMPARE(serverRefreshes(), before + 1);
}

void tst_AuthorizedApi::resumedSessionRefreshesBeforeSending()
{
    const SessionTokens tokens = startSession();
    // A new start of the application: only the remembered refresh token.
    init();
    m_api->resumeSession(tokens.refreshToken);
    QVERIFY(m_api->hasSession());
    QVERIFY(!m_api->hasAccessToken());
    const int before = serverRefreshes();
    const qsizetype refusedBefore = m_server.portal().standardError().count(" 401 ");

    QList<QPointer<SessionCall>> calls {m_api->send(ApiRequest::get(u"/profile"_s)),
                                        m_api->send(ApiRequest::get(u"/accounts"_s))};
    QVERIFY(m_api->isRefreshing());
    QList<ApiResult> results;
    for (const QPointer<SessionCall>& call : std::as_const(calls)) {
        connect(call, &SessionCall::finished, this,
                [&results](const ApiResult& result) { results.append(result); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
    for (const ApiResult& result : std::as_const(results))
        QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
    QCOMPARE(m_api->refreshCount(), 1);
    QCOMPARE(serverRefreshes(), before + 1);
    // Nothing was sent without a token: no 401 came back.
    QCOMPARE(m_server.portal().standardError().count(" 401 "), refusedBefore);
}

void tst_AuthorizedApi::reusedRefreshTokenEndsTheSession()
{
    const SessionTokens first = startSession();
    QVERIFY(m_server.advance(16min));
    const Waited<UserProfile> refreshed = waitFor(m_client->profile());
    QVERIFY2(refreshed.isOk(), refreshed.describe());
    QCOMPARE(m_api->refreshCount(), 1);

    // Someone copied the first refresh token and presents it now: the server takes the reuse
    // for theft and revokes the whole session, the client's new tokens included.
    const PortalReply stolen = m_server.portal().post(u"/api/v1/sessions/refresh"_s,
                                                      {{u"refreshToken"_s, first.refreshToken}});
    QCOMPARE(stolen.status, 401);

    QList<QPointer<SessionCall>> calls;
    for (int i = 0; i < 4; ++i)
        calls.append(m_api->send(ApiRequest::get(i % 2 ? u"/accounts"_s : u"/profile"_s)));
    QList<ApiResult> results;
    for (const QPointer<SessionCall>& call : std::as_const(calls)) {
        connect(call, &SessionCall::finished, this,
                [&results](const ApiResult& result) { results.append(result); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 4, 10000);
    for (const ApiResult& result : std::as_const(results)) {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().kind, Kind::Unauthorized);
    }
    QCOMPARE(m_endedSignals.size(), 1);
    QCOMPARE(m_endedSignals.constFirst().kind, Kind::InvalidToken);
    QVERIFY(!m_api->hasSession());
    QCOMPARE(m_api->refreshCount(), 1);

    // Afterwards calls fail at once, without asking the server.
    const std::optional<ApiResult> later = waitFor(m_api->send(ApiRequest::get(u"/news"_s)));
    QVERIFY(later);
    QCOMPARE(later->error().kind, Kind::Unauthorized);
    QCOMPARE(m_endedSignals.size(), 1);
}

QTEST_GUILESS_MAIN(tst_AuthorizedApi)
#include "tst_authorizedapi.moc"
