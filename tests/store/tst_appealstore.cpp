#include "TestCache.h"
#include "TestPrinting.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 accountA = 16616;
constexpr qint64 accountB = 900;

const QDateTime morning = QDateTime(QDate(2014, 9, 15), QTime(6, 5, 0, 1), Qt::UTC);

Appeal draft(std::optional<qint64> accountId, const QDateTime& createdAt)
{
    return Appeal {0,
                   std::nullopt,
                   accountId,
                   u"Перерасчёт за сентябрь"_s,
                   u"Прошу пересчитать взнос: площадь 31,60 м², а не 33,00 м².\nЛебедка В. Г."_s,
                   Appeal::Status::Draft,
                   {},
                   createdAt,
                   {}};
}

QList<qint64> localIds(const std::optional<QList<Appeal>>& appeals)
{
    QList<qint64> result;
    for (const Appeal& appeal : appeals.value())
        result.append(appeal.localId);
    return result;
}

} // namespace

class TestAppealStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void localAppealRoundTrips();
    void createGivesNewLocalIdsAndATime();
    void serverIdIsAssignedOnce();
    void serverUpdatesFindTheLocalAppeal();
    void everyStatusRoundTrips();
    void appealsFilterByAccountNewestFirst();
    void appealsSurviveReopen();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestAppealStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
    AccountStore accounts(m_cache->database());
    QVERIFY(accounts.upsert(Account {accountA, u"16616"_s, {}, {}, 0, {}, {}, {}, false, {}}));
    QVERIFY(accounts.upsert(Account {accountB, u"900"_s, {}, {}, 0, {}, {}, {}, false, {}}));
}

void TestAppealStore::localAppealRoundTrips()
{
    AppealStore store(m_cache->database());
    Appeal appeal = draft(accountA, morning);
    appeal.localId = 999; // ignored: the cache assigns it
    const std::optional<qint64> localId = store.create(appeal);
    QVERIFY2(localId, qPrintable(store.lastError().text()));
    QVERIFY(*localId != 999);
    appeal.localId = *localId;
    const std::optional<Appeal> stored = store.appeal(*localId);
    QCOMPARE(stored, appeal);
    QCOMPARE(stored->serverId, std::nullopt);
    QVERIFY(stored->answeredAt.isNull());

    const std::optional<qint64> general = store.create(draft(std::nullopt, morning));
    QVERIFY(general);
    QCOMPARE(store.appeal(*general)->accountId, std::nullopt);
    QCOMPARE(store.appeal(12345), std::nullopt);
    QVERIFY(!store.lastError().isValid());
}

void TestAppealStore::createGivesNewLocalIdsAndATime()
{
    AppealStore store(m_cache->database());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const std::optional<qint64> first = store.create(draft(accountA, QDateTime()));
    const std::optional<qint64> second = store.create(draft(accountA, QDateTime()));
    QVERIFY(first && second);
    QVERIFY(*second > *first);
    const QDateTime createdAt = store.appeal(*first)->createdAt;
    QVERIFY(createdAt >= before);
    QVERIFY(createdAt <= QDateTime::currentDateTimeUtc().addSecs(1));
}

void TestAppealStore::serverIdIsAssignedOnce()
{
    AppealStore store(m_cache->database());
    const qint64 localId = store.create(draft(accountA, morning)).value();
    const qint64 otherId = store.create(draft(accountA, morning)).value();
    QVERIFY2(store.assignServerId(localId, 7001), qPrintable(store.lastError().text()));
    QCOMPARE(store.appealByServerId(7001)->localId, localId);
    // Again with the same id is harmless (a repeated response); another id is refused.
    QVERIFY(store.assignServerId(localId, 7001));
    QVERIFY(!store.assignServerId(localId, 7002));
    QVERIFY(store.lastError().isValid());
    // Two appeals can never share a server id.
    QVERIFY(!store.assignServerId(otherId, 7001));
    QVERIFY(!store.assignServerId(424242, 7003));
    QCOMPARE(store.appeal(localId)->serverId, 7001);
    QCOMPARE(store.appeal(otherId)->serverId, std::nullopt);
}

void TestAppealStore::serverUpdatesFindTheLocalAppeal()
{
    AppealStore store(m_cache->database());
    const qint64 localId = store.create(draft(accountA, morning)).value();
    QVERIFY(store.assignServerId(localId, 7001));

    Appeal answered = draft(accountA, morning);
    answered.serverId = 7001;
    answered.status = Appeal::Status::Answered;
    answered.answer =
        u"Перерасчёт выполнен, сумма −3,12 ₽ учтена в октябре."_s;
    answered.answeredAt = morning.addDays(3);
    QVERIFY2(store.upsertFromServer(answered), qPrintable(store.lastError().text()));
    answered.localId = localId;
    QCOMPARE(store.appeal(localId), answered);

    // One the client never saw (written on the portal) gets a local id of its own.
    Appeal fromPortal = draft(accountB, morning.addDays(-10));
    fromPortal.serverId = 6000;
    fromPortal.status = Appeal::Status::InProgress;
    QVERIFY(store.upsertFromServer(fromPortal));
    const std::optional<Appeal> stored = store.appealByServerId(6000);
    QVERIFY(stored);
    QVERIFY(stored->localId != localId);
    fromPortal.localId = stored->localId;
    QCOMPARE(stored, fromPortal);
    QCOMPARE(m_cache->rowCount(u"appeals"_s), 2);

    QVERIFY(!store.upsertFromServer(draft(accountA, morning)));
    QVERIFY(store.lastError().isValid());
    QCOMPARE(m_cache->rowCount(u"appeals"_s), 2);
}

void TestAppealStore::everyStatusRoundTrips()
{
    AppealStore store(m_cache->database());
    const qint64 localId = store.create(draft(accountA, morning)).value();
    for (auto status :
         {Appeal::Status::Draft, Appeal::Status::Queued, Appeal::Status::Registered,
          Appeal::Status::InProgress, Appeal::Status::Answered, Appeal::Status::Closed}) {
        QVERIFY2(store.setStatus(localId, status), qPrintable(store.lastError().text()));
        QCOMPARE(store.appeal(localId)->status, status);
    }
    QVERIFY(!store.setStatus(424242, Appeal::Status::Closed));
}

void TestAppealStore::appealsFilterByAccountNewestFirst()
{
    AppealStore store(m_cache->database());
    const qint64 oldA = store.create(draft(accountA, morning)).value();
    const qint64 newA = store.create(draft(accountA, morning.addSecs(60))).value();
    const qint64 onB = store.create(draft(accountB, morning.addSecs(30))).value();
    const qint64 general = store.create(draft(std::nullopt, morning.addSecs(90))).value();
    QCOMPARE(localIds(store.appeals(accountA)), (QList<qint64> {newA, oldA}));
    QCOMPARE(localIds(store.appeals(accountB)), QList<qint64> {onB});
    QCOMPARE(localIds(store.appeals()), (QList<qint64> {general, newA, onB, oldA}));
    QVERIFY(store.remove(newA));
    QCOMPARE(localIds(store.appeals(accountA)), QList<qint64> {oldA});
}

void TestAppealStore::appealsSurviveReopen()
{
    Appeal appeal = draft(accountA, morning);
    {
        AppealStore store(m_cache->database());
        appeal.localId = store.create(appeal).value();
        QVERIFY(store.assignServerId(appeal.localId, 1));
        appeal.serverId = 1;
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    AppealStore store(m_cache->database());
    QCOMPARE(store.appeals(), QList<Appeal> {appeal});
}

QTEST_GUILESS_MAIN(TestAppealStore)
#include "tst_appealstore.moc"
