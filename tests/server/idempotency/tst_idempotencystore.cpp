#include "TestClock.h"
#include "app/PortalOptions.h"
#include "auth/UserRepository.h"
#include "core/PortalContext.h"
#include "idempotency/IdempotencyStore.h"
#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 start = 1411639200; // 2014-09-25T10:00:00Z

IdempotencyRecord record(qint64 userId, const QString& key, qint64 createdAt,
                         const QByteArray& body = R"({"id":1})")
{
    IdempotencyRecord result;
    result.userId = userId;
    result.key = key;
    result.fingerprint = QByteArray(32, 'f');
    result.answer.status = 201;
    result.answer.contentType = "application/json; charset=utf-8";
    result.answer.body = body;
    result.createdAtSecs = createdAt;
    return result;
}
} // namespace

class TestIdempotencyStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PortalDatabase m_db;
    qint64 m_user = 0;
    qint64 m_otherUser = 0;

    int rows()
    {
        QSqlQuery query(m_db.database());
        return query.exec(u"SELECT count(*) FROM idempotency_keys"_s) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(u"portal.db"_s)));
        QVERIFY(IdempotencyStore::ensureSchema(m_db));
        QVERIFY(IdempotencyStore::ensureSchema(m_db)); // a second call changes nothing
        PortalOptions options;
        options.dataDir = m_dir.path();
        TestClock clock(QDateTime::fromSecsSinceEpoch(start, Qt::UTC));
        PortalContext context(options, m_db, clock);
        const std::optional<qint64> user = UserRepository::createActiveUser(
            context, u"Ivanov"_s, u"ivanov@example.ru"_s, u"secret1"_s);
        const std::optional<qint64> otherUser = UserRepository::createActiveUser(
            context, u"Petrov"_s, u"petrov@example.ru"_s, u"secret2"_s);
        QVERIFY(user && otherUser);
        m_user = *user;
        m_otherUser = *otherUser;
    }

    void init()
    {
        QSqlQuery query(m_db.database());
        QVERIFY(query.exec(u"DELETE FROM idempotency_keys"_s));
    }

    void findsWhatWasSaved()
    {
        IdempotencyStore store(m_db);
        const IdempotencyRecord saved = record(m_user, u"k1"_s, start);
        QVERIFY(store.save(saved));
        const IdempotencyStore::Lookup lookup = store.find(m_user, u"k1"_s, start + 10);
        QVERIFY(lookup.ok);
        QVERIFY(lookup.record);
        QCOMPARE(lookup.record->fingerprint, saved.fingerprint);
        QCOMPARE(lookup.record->answer, saved.answer);
        QCOMPARE(lookup.record->createdAtSecs, start);
    }

    void keysArePerUser()
    {
        IdempotencyStore store(m_db);
        QVERIFY(store.save(record(m_user, u"k1"_s, start)));
        const IdempotencyStore::Lookup other = store.find(m_otherUser, u"k1"_s, start);
        QVERIFY(other.ok);
        QVERIFY(!other.record);
        QVERIFY(!store.find(m_user, u"K1"_s, start).record);
        QVERIFY(store.save(record(m_otherUser, u"k1"_s, start, "{}")));
        QCOMPARE(store.find(m_otherUser, u"k1"_s, start).record->answer.body, QByteArray("{}"));
        QCOMPARE(store.find(m_user, u"k1"_s, start).record->answer.body, QByteArray(R"({"id":1})"));
    }

    void recordsLiveFor24Hours()
    {
        IdempotencyStore store(m_db);
        QVERIFY(store.save(record(m_user, u"k1"_s, start)));
        const qint64 day = IdempotencyStore::retentionSecs;
        QCOMPARE(day, qint64(86400));
        QVERIFY(store.find(m_user, u"k1"_s, start + day - 1).record);
        QVERIFY(!store.find(m_user, u"k1"_s, start + day).record);
    }

    void purgeRemovesOnlyExpired()
    {
        IdempotencyStore store(m_db);
        const qint64 day = IdempotencyStore::retentionSecs;
        QVERIFY(store.save(record(m_user, u"old"_s, start)));
        QVERIFY(store.save(record(m_user, u"young"_s, start + 100)));
        QVERIFY(store.purgeExpired(start + day - 1));
        QCOMPARE(rows(), 2);
        QVERIFY(store.purgeExpired(start + day));
        QCOMPARE(rows(), 1);
        QVERIFY(store.find(m_user, u"young"_s, start + day).record);
    }

    void saveReplacesAnExpiredRecord()
    {
        IdempotencyStore store(m_db);
        const qint64 day = IdempotencyStore::retentionSecs;
        QVERIFY(store.save(record(m_user, u"k1"_s, start)));
        QVERIFY(store.save(record(m_user, u"k1"_s, start + day, "{}")));
        QCOMPARE(rows(), 1);
        QCOMPARE(store.find(m_user, u"k1"_s, start + day).record->answer.body, QByteArray("{}"));
    }

    void recordsGoWithTheirUser()
    {
        PortalOptions options;
        options.dataDir = m_dir.path();
        TestClock clock(QDateTime::fromSecsSinceEpoch(start, Qt::UTC));
        PortalContext context(options, m_db, clock);
        const std::optional<qint64> leaving = UserRepository::createActiveUser(
            context, u"Sidorov"_s, u"sidorov@example.ru"_s, u"secret3"_s);
        QVERIFY(leaving);
        IdempotencyStore store(m_db);
        QVERIFY(store.save(record(*leaving, u"k1"_s, start)));
        QVERIFY(store.save(record(m_user, u"k1"_s, start)));
        QCOMPARE(rows(), 2);
        QVERIFY(UserRepository(context).remove(*leaving));
        QCOMPARE(rows(), 1);
        QVERIFY(store.find(m_user, u"k1"_s, start).record);
    }

    void unknownUserIsRefused()
    {
        QVERIFY(!IdempotencyStore(m_db).save(record(m_user + m_otherUser + 1000, u"k1"_s, start)));
    }

    void emptyBodyAndTypeAreStored()
    {
        IdempotencyStore store(m_db);
        IdempotencyRecord empty = record(m_user, u"k1"_s, start);
        empty.answer.status = 204;
        empty.answer.contentType = QByteArray();
        empty.answer.body = QByteArray();
        QVERIFY(store.save(empty));
        const IdempotencyStore::Lookup lookup = store.find(m_user, u"k1"_s, start);
        QVERIFY(lookup.record);
        QCOMPARE(lookup.record->answer.status, 204);
        QVERIFY(lookup.record->answer.contentType.isEmpty());
        QVERIFY(lookup.record->answer.body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdempotencyStore)
#include "tst_idempotencystore.moc"
