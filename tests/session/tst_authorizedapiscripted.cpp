// AuthorizedApi against a scripted server, for what the real portal does not do on demand: the
// resent request's new token, a refresh that fails with 503 or answers nonsense, a refresh held
// back while a waiting call is cancelled, a request refused again after its refresh.

#include "FakePortal.h"
#include "ReplyWaiter.h"
#include "net/ApiTransport.h"
#include "session/AuthorizedApi.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Kind = ApiError::Kind;

namespace {

const QString refreshPath = u"/api/v1/sessions/refresh"_s;

} // namespace

class tst_AuthorizedApiScripted : public QObject
{
    Q_OBJECT

public:
    enum class RefreshMode
    {
        Grant,
        Hold,
        Unavailable,
        Malformed,
        Refuse,
    };

private slots:
    void init();
    void cleanup();

    void resentRequestCarriesTheNewToken();
    void refusedAgainAfterTheRefreshIsDelivered();
    void refreshOutageKeepsTheSession();
    void malformedRefreshAnswer();
    void refusedRefreshEndsTheSession();
    void cancelWhileWaitingForTheRefresh();
    void newCallsWaitForTheRefreshInFlight();
    void publicCallsCarryNoTokenAndNeverRefresh();
    void destroyedWithCallsInFlight();

private:
    QByteArray answer(const FakeRequest& request);
    QByteArray grant();
    SessionCall* get(const QString& path) { return m_api->send(ApiRequest::get(path)); }

    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<AuthorizedApi> m_api;
    RefreshMode m_mode = RefreshMode::Grant;
    QSet<QString> m_validAccess;
    int m_issued = 0;
    int m_ended = 0;
};

void tst_AuthorizedApiScripted::init()
{
    m_portal = std::make_unique<FakePortal>();
    QVERIFY(m_portal->listen());
    m_portal->setHandler([this](const FakeRequest& request) { return answer(request); });
    m_transport = std::make_unique<ApiTransport>(m_portal->baseUrl(), m_portal->trust());
    m_transport->setTimeout(5s);
    m_api = std::make_unique<AuthorizedApi>(*m_transport);
    connect(m_api.get(), &AuthorizedApi::sessionEnded, this, [this] { ++m_ended; });
    m_mode = RefreshMode::Grant;
    m_validAccess.clear();
    m_issued = 0;
    m_ended = 0;
    // A session whose access token has expired already.
    m_api->startSession({u"A0"_s, 900, u"R0"_s, 2592000});
}

void tst_AuthorizedApiScripted::cleanup()
{
    m_api.reset();
    m_transport.reset();
    m_portal.reset();
}

QByteArray tst_AuthorizedApiScripted::grant()
{
    ++m_issued;
    const QString access = u"A"_s + QString::number(m_issued);
    m_validAccess = {access};
    return FakePortal::json(201,
                            {{u"accessToken"_s, access},
                             {u"accessExpiresIn"_s, 900},
                             {u"refreshToken"_s, QString(u"R"_s + QString::number(m_issued))},
                             {u"refreshExpiresIn"_s, 2592000}});
}

QByteArray tst_AuthorizedApiScripted::answer(const FakeRequest& request)
{
    if (request.path == refreshPath) {
        switch (m_mode) {
        case RefreshMode::Grant:
            return grant();
        case RefreshMode::Hold:
            return {};
        case RefreshMode::Unavailable:
            return FakePortal::error(503, u"internal"_s);
        case RefreshMode::Malformed:
            return FakePortal::json(201, {{u"accessToken"_s, 5}});
        case RefreshMode::Refuse:
            return FakePortal::error(401, u"invalid_token"_s, u"refreshToken"_s);
        }
    }
    if (request.path == u"/api/v1/always-refused")
        return FakePortal::error(401, u"unauthorized"_s);
    if (!m_validAccess.contains(request.bearer()))
        return FakePortal::error(401, u"unauthorized"_s);
    return FakePortal::json(200, {{u"path"_s, request.path}});
}

void tst_AuthorizedApiScripted::resentRequestCarriesTheNewToken()
{
    const std::optional<ApiResult> result = waitFor(get(u"/thing"_s));
    QVERIFY(result);
    QVERIFY2(result->isOk(), qPrintable(result->error().describe()));
    QCOMPARE(result->body().value(u"path"_s).toString(), u"/api/v1/thing"_s);

    const QList<FakeRequest>& requests = m_portal->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].bearer(), u"A0"_s);
    QCOMPARE(requests[1].path, refreshPath);
    QVERIFY(requests[1].bearer().isEmpty());
    QCOMPARE(requests[1].json().value(u"refreshToken"_s).toString(), u"R0"_s);
    QCOMPARE(requests[2].path, u"/api/v1/thing"_s);
    QCOMPARE(requests[2].bearer(), u"A1"_s);
    QCOMPARE(m_api->refreshCount(), 1);

    // The next refresh presents the rotated refresh token.
    m_validAccess.clear();
    QVERIFY(waitFor(get(u"/thing"_s)).value_or(ApiResult()).isOk());
    QCOMPARE(m_portal->requests().at(4).json().value(u"refreshToken"_s).toString(), u"R1"_s);
}

void tst_AuthorizedApiScripted::refusedAgainAfterTheRefreshIsDelivered()
{
    const std::optional<ApiResult> result = waitFor(get(u"/always-refused"_s));
    QVERIFY(result);
    QCOMPARE(result->error().kind, Kind::Unauthorized);
    // One refresh, one resend, then the 401 is the answer: no loop.
    QCOMPARE(m_portal->countOf("POST", refreshPath), 1);
    QCOMPARE(m_portal->countOf("GET", u"/api/v1/always-refused"_s), 2);
    QVERIFY(m_api->hasSession());
    QCOMPARE(m_ended, 0);
}

void tst_AuthorizedApiScripted::refreshOutageKeepsTheSession()
{
    m_mode = RefreshMode::Unavailable;
    const std::optional<ApiResult> failed = waitFor(get(u"/thing"_s));
    QVERIFY(failed);
    QCOMPARE(failed->error().kind, Kind::ServerError);
    QCOMPARE(failed->error().httpStatus, 503);
    QVERIFY(m_api->hasSession());
    QCOMPARE(m_ended, 0);
    QCOMPARE(m_api->refreshCount(), 0);

    // Once the server is back, the next call refreshes with the same refresh token.
    m_mode = RefreshMode::Grant;
    const std::optional<ApiResult> later = waitFor(get(u"/thing"_s));
    QVERIFY(later);
    QVERIFY2(later->isOk(), qPrintable(later->error().describe()));
    QCOMPARE(m_portal->countOf("POST", refreshPath), 2);
    QCOMPARE(m_portal->requests().constLast().bearer(), u"A1"_s);
    // The spent access token was not tried again.
    QCOMPARE(m_portal->countOf("GET", u"/api/v1/thing"_s), 2);
}

void tst_AuthorizedApiScripted::malformedRefreshAnswer()
{
    m_mode = RefreshMode::Malformed;
    const std::optional<ApiResult> result = waitFor(get(u"/thing"_s));
    QVERIFY(result);
    QCOMPARE(result->error().kind, Kind::MalformedResponse);
    QVERIFY2(result->error().detail.startsWith(u"accessToken"_s),
             qPrintable(result->error().detail));
    QCOMPARE(m_ended, 0);
}

void tst_AuthorizedApiScripted::refusedRefreshEndsTheSession()
{
    m_mode = RefreshMode::Refuse;
    QList<ApiResult> results;
    for (int i = 0; i < 3; ++i) {
        connect(get(u"/thing"_s), &SessionCall::finished, this,
                [&results](const ApiResult& result) { results.append(result); });
    }
    QTRY_COMPARE(results.size(), 3);
    for (const ApiResult& result : std::as_const(results)) {
        QCOMPARE(result.error().kind, Kind::Unauthorized);
        QCOMPARE(result.error().code, std::optional(ApiErrorBody::Code::Unauthorized));
    }
    QCOMPARE(m_portal->countOf("POST", refreshPath), 1);
    QCOMPARE(m_ended, 1);
    QVERIFY(!m_api->hasSession());
}

void tst_AuthorizedApiScripted::cancelWhileWaitingForTheRefresh()
{
    m_mode = RefreshMode::Hold;
    QPointer<SessionCall> first = get(u"/first"_s);
    QPointer<SessionCall> second = get(u"/second"_s);
    QList<ApiResult> firstResults;
    std::optional<ApiResult> secondResult;
    connect(first, &SessionCall::finished, this,
            [&firstResults](const ApiResult& result) { firstResults.append(result); });
    connect(second, &SessionCall::finished, this,
            [&secondResult](const ApiResult& result) { secondResult = result; });
    QTRY_COMPARE(m_portal->heldCount(), 1);
    QTRY_VERIFY(m_api->isRefreshing() && m_portal->countOf("GET", u"/api/v1/second"_s) == 1);
    QTest::qWait(50); // both 401s are in

    first->cancel();
    QCOMPARE(firstResults.size(), 1);
    QCOMPARE(firstResults.constFirst().error().kind, Kind::Cancelled);

    QVERIFY(m_portal->release(grant()));
    QTRY_VERIFY(secondResult.has_value());
    QVERIFY2(secondResult->isOk(), qPrintable(secondResult->error().describe()));
    QCOMPARE(firstResults.size(), 1);
    // The cancelled call was not sent again.
    QCOMPARE(m_portal->countOf("GET", u"/api/v1/first"_s), 1);
    QTRY_VERIFY(!first);
}

void tst_AuthorizedApiScripted::newCallsWaitForTheRefreshInFlight()
{
    m_mode = RefreshMode::Hold;
    QPointer<SessionCall> expired = get(u"/first"_s);
    QTRY_COMPARE(m_portal->heldCount(), 1);
    // Sent while the refresh is under way: it waits instead of meeting a 401 of its own.
    std::optional<ApiResult> laterResult;
    connect(get(u"/later"_s), &SessionCall::finished, this,
            [&laterResult](const ApiResult& result) { laterResult = result; });
    QTest::qWait(50);
    QCOMPARE(m_portal->countOf("GET", u"/api/v1/later"_s), 0);
    QVERIFY(m_portal->release(grant()));
    QTRY_VERIFY(laterResult.has_value());
    QVERIFY(laterResult->isOk());
    QCOMPARE(m_portal->countOf("GET", u"/api/v1/later"_s), 1);
    QCOMPARE(m_portal->requests().constLast().bearer(), u"A1"_s);
    QCOMPARE(m_portal->countOf("POST", refreshPath), 1);
}

void tst_AuthorizedApiScripted::publicCallsCarryNoTokenAndNeverRefresh()
{
    const std::optional<ApiResult> result =
        waitFor(m_api->sendPublic(ApiRequest::get(u"/always-refused"_s)));
    QVERIFY(result);
    QCOMPARE(result->error().kind, Kind::Unauthorized);
    QCOMPARE(m_portal->requests().size(), 1);
    QVERIFY(m_portal->requests().constFirst().header("Authorization").isEmpty());
    QCOMPARE(m_api->refreshCount(), 0);
}

void tst_AuthorizedApiScripted::destroyedWithCallsInFlight()
{
    m_mode = RefreshMode::Hold;
    int finished = 0;
    connect(get(u"/first"_s), &SessionCall::finished, this, [&finished] { ++finished; });
    m_validAccess = {u"A0"_s};
    connect(get(u"/second"_s), &SessionCall::finished, this, [&finished] { ++finished; });
    m_validAccess.clear();
    QTRY_COMPARE(m_portal->heldCount(), 1);
    m_api.reset();
    m_portal->release(grant());
    QTest::qWait(100);
    QCOMPARE(finished, 0);
}

QTEST_GUILESS_MAIN(tst_AuthorizedApiScripted)
#include "tst_authorizedapiscripted.moc"
