#include "TestClock.h"
#include "app/PortalOptions.h"
#include "auth/UserRepository.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "idempotency/IdempotentPost.h"
#include "idempotency/IdempotentRequest.h"
#include "idempotency/StoredAnswer.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime start = QDateTime(QDate(2014, 9, 25), QTime(10, 0), Qt::UTC);

IdempotentRequest request(const QByteArray& key, const QByteArray& body = R"({"topic":"t"})",
                          const QString& path = u"/api/v1/things"_s)
{
    IdempotentRequest result;
    if (!key.isNull())
        result.keyHeaders = {key};
    result.method = "POST";
    result.path = path;
    result.body = body;
    return result;
}

int status(const QHttpServerResponse& response)
{
    return static_cast<int>(response.statusCode());
}

QJsonObject json(const QHttpServerResponse& response)
{
    return QJsonDocument::fromJson(response.data()).object();
}
} // namespace

class TestIdempotentPost : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PortalOptions m_options;
    PortalDatabase m_db;
    TestClock m_clock {start};
    std::unique_ptr<PortalContext> m_context;
    qint64 m_user = 0;
    qint64 m_otherUser = 0;
    int m_calls = 0;

    int count(const QString& table)
    {
        QSqlQuery query(m_db.database());
        return query.exec(u"SELECT count(*) FROM "_s + table) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

    // A handler that creates a thing (in a transaction of its own, as real handlers do) and
    // answers 201 with its id.
    IdempotentPost::Handler creator()
    {
        return [this] {
            ++m_calls;
            SqlTransaction transaction(m_db);
            QSqlQuery query(m_db.database());
            if (!transaction.isActive() || !query.exec(u"INSERT INTO things DEFAULT VALUES"_s)
                || !transaction.commit())
                return JsonResponse::error(ApiErrorCode::Internal);
            return JsonResponse::created({{u"id"_s, query.lastInsertId().toLongLong()}});
        };
    }

    // Writes a row and then fails, the way a handler that finds a problem late would.
    IdempotentPost::Handler failing(ApiErrorCode code)
    {
        return [this, code] {
            ++m_calls;
            QSqlQuery query(m_db.database());
            if (!query.exec(u"INSERT INTO things DEFAULT VALUES"_s))
                return JsonResponse::error(ApiErrorCode::Internal);
            return JsonResponse::error(code, u"topic"_s);
        };
    }

    QHttpServerResponse run(qint64 user, const IdempotentRequest& request,
                            const IdempotentPost::Handler& handler)
    {
        return IdempotentPost(*m_context).run(user, request, handler);
    }

private slots:
    void initTestCase()
    {
        m_options.dataDir = m_dir.path();
        QVERIFY(m_db.open(m_dir.filePath(u"portal.db"_s)));
        m_context = std::make_unique<PortalContext>(m_options, m_db, m_clock);
        QVERIFY(IdempotentPost::ensureSchema(m_db));
        const std::optional<qint64> user = UserRepository::createActiveUser(
            *m_context, u"Ivanov"_s, u"ivanov@example.ru"_s, u"secret1"_s);
        const std::optional<qint64> otherUser = UserRepository::createActiveUser(
            *m_context, u"Petrov"_s, u"petrov@example.ru"_s, u"secret2"_s);
        QVERIFY(user && otherUser);
        m_user = *user;
        m_otherUser = *otherUser;
        QVERIFY(
            m_db.ensureSchema(u"things"_s, {{u"CREATE TABLE things (id INTEGER PRIMARY KEY)"_s}}));
    }

    void init()
    {
        m_calls = 0;
        m_clock.set(start);
        QSqlQuery query(m_db.database());
        QVERIFY(query.exec(u"DELETE FROM things"_s));
        QVERIFY(query.exec(u"DELETE FROM idempotency_keys"_s));
    }

    void withoutKeyTheHandlerJustRuns()
    {
        QCOMPARE(status(run(m_user, request({}), creator())), 201);
        QCOMPARE(status(run(m_user, request({}), creator())), 201);
        QCOMPARE(m_calls, 2);
        QCOMPARE(count(u"things"_s), 2);
        QCOMPARE(count(u"idempotency_keys"_s), 0);
    }

    void repeatedKeyReplaysTheFirstAnswer()
    {
        const QHttpServerResponse first = run(m_user, request("key-1"), creator());
        QCOMPARE(status(first), 201);
        QVERIFY(!first.hasHeader(StoredAnswer::replayedHeader()));
        m_clock.advanceSecs(60);
        const QHttpServerResponse second = run(m_user, request("key-1"), creator());
        QCOMPARE(status(second), 201);
        QCOMPARE(second.data(), first.data());
        QCOMPARE(second.headers("Content-Type"), first.headers("Content-Type"));
        QVERIFY(second.hasHeader(StoredAnswer::replayedHeader(), "true"));
        QCOMPARE(m_calls, 1);
        QCOMPARE(count(u"things"_s), 1);
        QCOMPARE(count(u"idempotency_keys"_s), 1);
    }

    void sameKeyOtherBodyIsAConflict()
    {
        QCOMPARE(status(run(m_user, request("key-1", R"({"topic":"a"})"), creator())), 201);
        const QHttpServerResponse other =
            run(m_user, request("key-1", R"({"topic":"b"})"), creator());
        QCOMPARE(status(other), 409);
        QCOMPARE(json(other).value(u"error"_s).toString(), u"idempotency_conflict"_s);
        QCOMPARE(json(other).value(u"field"_s).toString(), u"Idempotency-Key"_s);
        const QHttpServerResponse otherPath =
            run(m_user, request("key-1", R"({"topic":"a"})", u"/api/v1/others"_s), creator());
        QCOMPARE(status(otherPath), 409);
        QCOMPARE(m_calls, 1);
        QCOMPARE(count(u"things"_s), 1);
    }

    void keysOfDifferentUsersAreIndependent()
    {
        QCOMPARE(status(run(m_user, request("key-1"), creator())), 201);
        const QHttpServerResponse other = run(m_otherUser, request("key-1"), creator());
        QCOMPARE(status(other), 201);
        QVERIFY(!other.hasHeader(StoredAnswer::replayedHeader()));
        QCOMPARE(m_calls, 2);
        QCOMPARE(count(u"things"_s), 2);
    }

    void keysExpireAfter24Hours()
    {
        const QHttpServerResponse first = run(m_user, request("key-1"), creator());
        m_clock.advanceSecs(24 * 3600 - 1);
        QCOMPARE(run(m_user, request("key-1"), creator()).data(), first.data());
        QCOMPARE(m_calls, 1);
        m_clock.advanceSecs(1);
        const QHttpServerResponse late = run(m_user, request("key-1"), creator());
        QCOMPARE(status(late), 201);
        QVERIFY(late.data() != first.data());
        QCOMPARE(m_calls, 2);
        QCOMPARE(count(u"things"_s), 2);
        // The expired record was replaced, not kept next to the new one.
        QCOMPARE(count(u"idempotency_keys"_s), 1);
        // After expiry even another body is fine.
        m_clock.advanceSecs(24 * 3600);
        QCOMPARE(status(run(m_user, request("key-1", "{}"), creator())), 201);
    }

    void expiredRecordsArePurgedLazily()
    {
        QCOMPARE(status(run(m_user, request("old-1"), creator())), 201);
        QCOMPARE(status(run(m_otherUser, request("old-2"), creator())), 201);
        QCOMPARE(count(u"idempotency_keys"_s), 2);
        m_clock.advanceSecs(24 * 3600);
        QCOMPARE(status(run(m_user, request("new-1"), creator())), 201);
        QCOMPARE(count(u"idempotency_keys"_s), 1);
    }

    void failureLeavesNoRecordAndNoRow()
    {
        const QHttpServerResponse refused =
            run(m_user, request("key-1"), failing(ApiErrorCode::Invalid));
        QCOMPARE(status(refused), 422);
        QCOMPARE(json(refused).value(u"field"_s).toString(), u"topic"_s);
        QCOMPARE(count(u"things"_s), 0);
        QCOMPARE(count(u"idempotency_keys"_s), 0);
        QCOMPARE(status(run(m_user, request("key-1"), failing(ApiErrorCode::Internal))), 500);
        QCOMPARE(count(u"things"_s), 0);
        QCOMPARE(count(u"idempotency_keys"_s), 0);
        // The key is still free: a corrected retry with it goes through.
        QCOMPARE(status(run(m_user, request("key-1"), creator())), 201);
        QCOMPARE(m_calls, 3);
        QCOMPARE(count(u"things"_s), 1);
    }

    void creationAndStoredAnswerAreAtomic()
    {
        // Storing the answer fails after the handler created its row, as a crash between the
        // two would: the row must go too, so that a retry cannot create a second one.
        QSqlQuery query(m_db.database());
        QVERIFY(query.exec(u"CREATE TEMP TRIGGER refuse_keys BEFORE INSERT ON idempotency_keys "
                           "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"_s));
        QCOMPARE(status(run(m_user, request("key-1"), creator())), 500);
        QCOMPARE(m_calls, 1);
        QCOMPARE(count(u"things"_s), 0);
        QVERIFY(query.exec(u"DROP TRIGGER refuse_keys"_s));

        QCOMPARE(status(run(m_user, request("key-1"), creator())), 201);
        QCOMPARE(status(run(m_user, request("key-1"), creator())), 201);
        QCOMPARE(count(u"things"_s), 1);
        // Nothing is left open: a new outer transaction can begin.
        SqlTransaction transaction(m_db);
        QVERIFY(transaction.isActive());
        QVERIFY(!transaction.isNested());
    }

    void badKeysAreRefusedBeforeTheHandler_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::newRow("empty") << QList<QByteArray> {""};
        QTest::newRow("too long") << QList<QByteArray> {QByteArray(65, 'a')};
        QTest::newRow("bad character") << QList<QByteArray> {"key 1"};
        QTest::newRow("two headers") << QList<QByteArray> {"key-1", "key-2"};
    }

    void badKeysAreRefusedBeforeTheHandler()
    {
        QFETCH(QList<QByteArray>, headers);
        IdempotentRequest bad = request({});
        bad.keyHeaders = headers;
        const QHttpServerResponse response = run(m_user, bad, creator());
        QCOMPARE(status(response), 422);
        QCOMPARE(json(response).value(u"error"_s).toString(), u"invalid"_s);
        QCOMPARE(json(response).value(u"field"_s).toString(), u"Idempotency-Key"_s);
        QCOMPARE(m_calls, 0);
        QCOMPARE(count(u"things"_s), 0);
    }

    void answerWithoutHandlerTellsWhatRunWouldDo()
    {
        IdempotentPost post(*m_context);
        QVERIFY(!post.answerWithoutHandler(m_user, request({})));
        QVERIFY(!post.answerWithoutHandler(m_user, request("key-1")));
        const std::optional<QHttpServerResponse> bad =
            post.answerWithoutHandler(m_user, request("bad key"));
        QVERIFY(bad);
        QCOMPARE(status(*bad), 422);

        const QHttpServerResponse first = run(m_user, request("key-1"), creator());
        const std::optional<QHttpServerResponse> replay =
            post.answerWithoutHandler(m_user, request("key-1"));
        QVERIFY(replay);
        QCOMPARE(replay->data(), first.data());
        QVERIFY(replay->hasHeader(StoredAnswer::replayedHeader()));
        const std::optional<QHttpServerResponse> conflict =
            post.answerWithoutHandler(m_user, request("key-1", "{}"));
        QVERIFY(conflict);
        QCOMPARE(status(*conflict), 409);
        QVERIFY(!post.answerWithoutHandler(m_otherUser, request("key-1")));
        QCOMPARE(m_calls, 1);
        QCOMPARE(count(u"idempotency_keys"_s), 1);
    }

    void longestKeyIsAccepted()
    {
        QCOMPARE(status(run(m_user, request(QByteArray(64, 'a')), creator())), 201);
        QCOMPARE(count(u"idempotency_keys"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdempotentPost)
#include "tst_idempotentpost.moc"
