#include "TestCache.h"
#include "TestPrinting.h"
#include "store/OutboxStore.h"

#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime noon = QDateTime(QDate(2014, 9, 15), QTime(12, 0, 0, 7), Qt::UTC);

OutboxItem item(OutboxItem::Kind kind, const QString& key, const QDateTime& createdAt = noon)
{
    OutboxItem result;
    result.kind = kind;
    result.payload = u"{\"topic\":\"Перерасчёт\",\"sum\":\"10,40\"}"_s.toUtf8();
    result.idempotencyKey = key;
    result.createdAt = createdAt;
    return result;
}

QList<qint64> localIds(const std::optional<QList<OutboxItem>>& items)
{
    QList<qint64> result;
    for (const OutboxItem& each : items.value())
        result.append(each.localId);
    return result;
}

} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void enqueuedItemRoundTrips();
    void everyKindRoundTrips();
    void missingKeyAndTimeAreFilledIn();
    void duplicateKeyIsRefused();
    void pendingIsInQueueOrder();
    void sendingCountsAttemptsAndKeepsErrors();
    void transitionsFromTheWrongStateFail();
    void itemsAndStatesSurviveReopen();
    void removeSentAndIdsAreNeverReused();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestOutboxStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
}

void TestOutboxStore::enqueuedItemRoundTrips()
{
    OutboxStore store(m_cache->database());
    OutboxItem queued = item(OutboxItem::Kind::Appeal, u"5f0c2c8e-6f7a-4c47-9b0e-1a2b3c4d5e6f"_s);
    // Ignored on enqueue: the queue decides these.
    queued.localId = 77;
    queued.attempts = 5;
    queued.lastError = u"old"_s;
    queued.state = OutboxItem::State::Sent;
    const std::optional<qint64> localId = store.enqueue(queued);
    QVERIFY2(localId, qPrintable(store.lastError().text()));

    OutboxItem expected = item(OutboxItem::Kind::Appeal, queued.idempotencyKey);
    expected.localId = *localId;
    QCOMPARE(store.item(*localId), expected);
    QCOMPARE(store.itemByIdempotencyKey(queued.idempotencyKey), expected);
    QCOMPARE(store.item(*localId)->state, OutboxItem::State::Pending);
    QCOMPARE(store.item(*localId)->attempts, 0);
    QCOMPARE(store.item(4242), std::nullopt);
    QVERIFY(!store.lastError().isValid());
}

void TestOutboxStore::everyKindRoundTrips()
{
    OutboxStore store(m_cache->database());
    const QList<OutboxItem::Kind> kinds = {OutboxItem::Kind::Appeal, OutboxItem::Kind::MeterReading,
                                           OutboxItem::Kind::TypoReport,
                                           OutboxItem::Kind::SubscriptionChange};
    for (OutboxItem::Kind kind : kinds) {
        const std::optional<qint64> localId = store.enqueue(item(kind, {}));
        QVERIFY2(localId, qPrintable(store.lastError().text()));
        QCOMPARE(store.item(*localId)->kind, kind);
    }
    // An empty payload is still a payload, not a missing one.
    OutboxItem empty = item(OutboxItem::Kind::SubscriptionChange, {});
    empty.payload.clear();
    const std::optional<qint64> localId = store.enqueue(empty);
    QVERIFY2(localId, qPrintable(store.lastError().text()));
    QCOMPARE(store.item(*localId)->payload, QByteArray());
}

void TestOutboxStore::missingKeyAndTimeAreFilledIn()
{
    OutboxStore store(m_cache->database());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 first = store.enqueue(item(OutboxItem::Kind::TypoReport, {}, {})).value();
    const qint64 second = store.enqueue(item(OutboxItem::Kind::TypoReport, {}, {})).value();
    const OutboxItem stored = store.item(first).value();
    QVERIFY(!QUuid::fromString(stored.idempotencyKey).isNull());
    QVERIFY(!stored.idempotencyKey.startsWith(u'{'));
    QVERIFY(stored.idempotencyKey != store.item(second)->idempotencyKey);
    QVERIFY(stored.createdAt >= before);
    QVERIFY(stored.createdAt <= QDateTime::currentDateTimeUtc().addSecs(1));
}

void TestOutboxStore::duplicateKeyIsRefused()
{
    OutboxStore store(m_cache->database());
    QVERIFY(store.enqueue(item(OutboxItem::Kind::Appeal, u"same-key"_s)));
    QVERIFY(!store.enqueue(item(OutboxItem::Kind::MeterReading, u"same-key"_s)));
    QVERIFY(store.lastError().isValid());
    QCOMPARE(m_cache->rowCount(u"outbox"_s), 1);
    QCOMPARE(store.itemByIdempotencyKey(u"same-key"_s)->kind, OutboxItem::Kind::Appeal);
}

void TestOutboxStore::pendingIsInQueueOrder()
{
    OutboxStore store(m_cache->database());
    // Queue order wins over the clock, which may have been set back in between.
    const qint64 a = store.enqueue(item(OutboxItem::Kind::Appeal, u"a"_s, noon)).value();
    const qint64 b =
        store.enqueue(item(OutboxItem::Kind::Appeal, u"b"_s, noon.addDays(-1))).value();
    const qint64 c = store.enqueue(item(OutboxItem::Kind::Appeal, u"c"_s, noon.addDays(1))).value();
    const qint64 d = store.enqueue(item(OutboxItem::Kind::Appeal, u"d"_s, noon)).value();
    QCOMPARE(localIds(store.pending()), (QList<qint64> {a, b, c, d}));
    QCOMPARE(localIds(store.pending(2)), (QList<qint64> {a, b}));

    QVERIFY(store.markSending(b));
    QVERIFY(store.markSending(c));
    QVERIFY(store.markSent(c));
    QCOMPARE(localIds(store.pending()), (QList<qint64> {a, d}));
    // A retried item goes back to its place in line, not to the end.
    QVERIFY(store.markForRetry(b, u"timeout"_s));
    QCOMPARE(localIds(store.pending()), (QList<qint64> {a, b, d}));
    QCOMPARE(localIds(store.all()), (QList<qint64> {a, b, c, d}));
}

void TestOutboxStore::sendingCountsAttemptsAndKeepsErrors()
{
    OutboxStore store(m_cache->database());
    const qint64 id = store.enqueue(item(OutboxItem::Kind::MeterReading, u"k"_s)).value();

    QVERIFY2(store.markSending(id), qPrintable(store.lastError().text()));
    QCOMPARE(store.item(id)->state, OutboxItem::State::Sending);
    QCOMPARE(store.item(id)->attempts, 1);

    QVERIFY(store.markForRetry(id, u"Сервер недоступен (503)"_s));
    QCOMPARE(store.item(id)->state, OutboxItem::State::Pending);
    QCOMPARE(store.item(id)->lastError, u"Сервер недоступен (503)"_s);

    // The error stays visible while the next attempt runs.
    QVERIFY(store.markSending(id));
    QCOMPARE(store.item(id)->attempts, 2);
    QCOMPARE(store.item(id)->lastError, u"Сервер недоступен (503)"_s);

    QVERIFY(store.markSent(id));
    QCOMPARE(store.item(id)->state, OutboxItem::State::Sent);
    QCOMPARE(store.item(id)->lastError, QString());
    QCOMPARE(store.item(id)->attempts, 2);

    const qint64 refused = store.enqueue(item(OutboxItem::Kind::Appeal, u"r"_s)).value();
    QVERIFY(store.markSending(refused));
    QVERIFY(store.markFailed(refused, u"422: текст обращения пуст"_s));
    const OutboxItem failed = store.item(refused).value();
    QCOMPARE(failed.state, OutboxItem::State::Failed);
    QCOMPARE(failed.lastError, u"422: текст обращения пуст"_s);
    QCOMPARE(failed.attempts, 1);
    QCOMPARE(store.pending(), QList<OutboxItem>());
}

void TestOutboxStore::transitionsFromTheWrongStateFail()
{
    OutboxStore store(m_cache->database());
    const qint64 id = store.enqueue(item(OutboxItem::Kind::Appeal, u"k"_s)).value();
    QVERIFY(!store.markSent(id));
    QVERIFY(store.lastError().isValid());
    QVERIFY(!store.markFailed(id, u"x"_s));
    QVERIFY(!store.markForRetry(id, u"x"_s));
    QVERIFY(store.markSending(id));
    QVERIFY(!store.markSending(id));
    QVERIFY(store.markSent(id));
    QVERIFY(!store.markSending(id));
    QVERIFY(!store.markSending(4242));
    const OutboxItem stored = store.item(id).value();
    QCOMPARE(stored.state, OutboxItem::State::Sent);
    QCOMPARE(stored.attempts, 1);
}

void TestOutboxStore::itemsAndStatesSurviveReopen()
{
    qint64 pendingId = 0;
    qint64 interruptedId = 0;
    qint64 failedId = 0;
    {
        OutboxStore store(m_cache->database());
        pendingId = store.enqueue(item(OutboxItem::Kind::Appeal, u"p"_s)).value();
        interruptedId = store.enqueue(item(OutboxItem::Kind::MeterReading, u"i"_s)).value();
        failedId = store.enqueue(item(OutboxItem::Kind::TypoReport, u"f"_s)).value();
        QVERIFY(store.markSending(interruptedId));
        QVERIFY(store.markSending(failedId));
        QVERIFY(store.markFailed(failedId, u"отказ"_s));
    }
    // The client stops in the middle of sending "i".
    m_cache->close();
    QVERIFY(m_cache->open());
    OutboxStore store(m_cache->database());
    QCOMPARE(store.item(interruptedId)->state, OutboxItem::State::Sending);
    QCOMPARE(store.item(failedId)->lastError, u"отказ"_s);
    QCOMPARE(localIds(store.pending()), QList<qint64> {pendingId});

    QCOMPARE(store.requeueInterrupted(), 1);
    QCOMPARE(localIds(store.pending()), (QList<qint64> {pendingId, interruptedId}));
    const OutboxItem retried = store.item(interruptedId).value();
    QCOMPARE(retried.attempts, 1);
    QCOMPARE(retried.idempotencyKey, u"i"_s);
    QCOMPARE(retried.payload, item(OutboxItem::Kind::MeterReading, {}).payload);
    QCOMPARE(store.item(failedId)->state, OutboxItem::State::Failed);
    QCOMPARE(store.requeueInterrupted(), 0);
}

void TestOutboxStore::removeSentAndIdsAreNeverReused()
{
    OutboxStore store(m_cache->database());
    const qint64 first = store.enqueue(item(OutboxItem::Kind::Appeal, u"1"_s)).value();
    const qint64 second = store.enqueue(item(OutboxItem::Kind::Appeal, u"2"_s)).value();
    QVERIFY(store.markSending(second));
    QVERIFY(store.markSent(second));
    QCOMPARE(store.removeSent(), 1);
    QCOMPARE(localIds(store.all()), QList<qint64> {first});
    const qint64 third = store.enqueue(item(OutboxItem::Kind::Appeal, u"3"_s)).value();
    QVERIFY(third > second);
    QVERIFY(store.remove(first));
    QCOMPARE(localIds(store.all()), QList<qint64> {third});
}

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
