// ApiReply<T> (with ApiReplyBase) against a scripted server: a 2xx answer that does not decode is
// MalformedResponse naming the JSON path, empty answers are Done, errors pass through typed, and
// cancel() and the reply's own deletion behave like ApiCall's.

#include "FakePortal.h"
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

class tst_ApiReply : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void decodedValue();
    void undecodableAnswerNamesThePath_data();
    void undecodableAnswerNamesThePath();
    void emptyAnswerIsDone();
    void errorsPassThroughTyped();
    void replayIsReported();
    void neverFinishesBeforeTheCallReturns();
    void cancelFinishesBeforeReturning();
    void deletingTheReplyCancelsTheRequest();

private:
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<AuthorizedApi> m_api;
    std::unique_ptr<ApiClient> m_client;
    QByteArray m_answer;
};

void tst_ApiReply::init()
{
    m_portal = std::make_unique<FakePortal>();
    QVERIFY(m_portal->listen());
    m_portal->setHandler([this](const FakeRequest&) { return m_answer; });
    m_transport = std::make_unique<ApiTransport>(m_portal->baseUrl(), m_portal->trust());
    m_transport->setTimeout(5s);
    m_api = std::make_unique<AuthorizedApi>(*m_transport);
    m_api->startSession({u"access"_s, 900, u"refresh"_s, 2592000});
    m_client = std::make_unique<ApiClient>(*m_api);
}

void tst_ApiReply::cleanup()
{
    m_client.reset();
    m_api.reset();
    m_transport.reset();
    m_portal.reset();
}

void tst_ApiReply::decodedValue()
{
    m_answer = FakePortal::json(
        200,
        {{u"items"_s, QJsonArray {QJsonObject {{u"id"_s, 7}, {u"name"_s, u"г.п. Мирный"_s}}}}});
    const Waited<QList<AddressItem>> reply =
        waitFor(m_client->addresses(AddressQuery::within(AddressQuery::Level::Settlement, 1)));
    QVERIFY2(reply.isOk(), reply.describe());
    QCOMPARE(reply.value->size(), 1);
    QCOMPARE(reply.value->constFirst(), (AddressItem {7, u"г.п. Мирный"_s}));
    QCOMPARE(reply.httpStatus, 200);
    QVERIFY(!reply.replay);
}

void tst_ApiReply::undecodableAnswerNamesThePath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::newRow("wrong type in an item")
        << QByteArray(R"({"items": [{"id": 1, "name": "a"}, {"id": 2, "name": 5}]})")
        << u"items[1].name"_s;
    QTest::newRow("no items") << QByteArray(R"({"things": []})") << u"items"_s;
    QTest::newRow("fractional id")
        << QByteArray(R"({"items": [{"id": 1.5, "name": "a"}]})") << u"items[0].id"_s;
}

void tst_ApiReply::undecodableAnswerNamesThePath()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    m_answer = ScriptedHttpsServer::answer(200, body, {{"Content-Type", "application/json"}});
    const Waited<QList<AddressItem>> reply =
        waitFor(m_client->addresses(AddressQuery::districts()));
    QVERIFY(reply.finished);
    QVERIFY(!reply.isOk());
    QCOMPARE(reply.error.kind, Kind::MalformedResponse);
    QCOMPARE(reply.error.httpStatus, 200);
    QVERIFY2(reply.error.detail.startsWith(path + u": "_s), qPrintable(reply.error.detail));
    QVERIFY(!reply.error.isRetryable());
}

void tst_ApiReply::emptyAnswerIsDone()
{
    m_answer = FakePortal::noContent();
    const Waited<ApiClient::Done> reply = waitFor(m_client->unlinkAccount(3));
    QVERIFY2(reply.isOk(), reply.describe());
    QCOMPARE(reply.httpStatus, 204);
}

void tst_ApiReply::errorsPassThroughTyped()
{
    m_answer = FakePortal::error(409, u"taken"_s, u"email"_s);
    const Waited<UserProfile> reply = waitFor(m_client->updateProfile({u"x@y.ru"_s, {}}));
    QCOMPARE(reply.error.kind, Kind::Conflict);
    QCOMPARE(reply.error.code, std::optional(ApiErrorBody::Code::Taken));
    QCOMPARE(reply.error.field, u"email"_s);
    QCOMPARE(reply.httpStatus, 409);
}

void tst_ApiReply::replayIsReported()
{
    m_answer =
        ScriptedHttpsServer::jsonAnswer(201, {{u"id"_s, 12}}, {{"Idempotent-Replayed", "true"}});
    const Waited<qint64> reply = waitFor(m_client->reportTypo({u"x"_s, {}, {}, {}}, u"key-1"_s));
    QVERIFY2(reply.isOk(), reply.describe());
    QCOMPARE(*reply.value, 12);
    QVERIFY(reply.replay);
}

void tst_ApiReply::neverFinishesBeforeTheCallReturns()
{
    // Even a call that fails before anything is sent (no session) reports later.
    m_api->endSession();
    bool finished = false;
    ApiReply<UserProfile>* reply = m_client->profile();
    reply->onFinished(this, [&finished](const ApiReply<UserProfile>&) { finished = true; });
    QVERIFY(!finished);
    QVERIFY(!reply->isFinished());
    QTRY_VERIFY(finished);
}

void tst_ApiReply::cancelFinishesBeforeReturning()
{
    m_answer.clear(); // held: the answer never comes
    QPointer<ApiReply<QList<Account>>> reply = m_client->accounts();
    std::optional<ApiError> error;
    reply->onFinished(this, [&error](const ApiReply<QList<Account>>& finished) {
        QVERIFY(finished.isFinished());
        error = finished.error();
    });
    QTRY_COMPARE(m_portal->heldCount(), 1);
    reply->cancel();
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, Kind::Cancelled);
    // Once is all: a second cancel() does nothing.
    reply->cancel();
    // It deletes itself afterwards.
    QTRY_VERIFY(reply.isNull());
}

void tst_ApiReply::deletingTheReplyCancelsTheRequest()
{
    m_answer.clear();
    ApiReply<QList<Account>>* reply = m_client->accounts();
    QTRY_COMPARE(m_portal->heldCount(), 1);
    const int callsBefore = int(m_api->findChildren<SessionCall*>().size());
    QCOMPARE(callsBefore, 1);
    delete reply;
    // The request was cancelled: its SessionCall finished and goes away.
    QTRY_COMPARE(int(m_api->findChildren<SessionCall*>().size()), 0);
}

QTEST_GUILESS_MAIN(tst_ApiReply)
#include "tst_apireply.moc"
