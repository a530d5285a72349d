// OutboxAnswerWriter and OutboxQueueWriter on a real SQLCipher cache: what queueing shows in the
// cache, how the server's answer joins it, and that a write that cannot be done leaves the cache
// as it was (one transaction each).

#include "EngineCache.h"
#include "outbox/OutboxAnswerWriter.h"
#include "outbox/OutboxQueueWriter.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "store/MeterStore.h"
#include "store/OutboxStore.h"
#include "store/UserStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime now(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
const QDate lastReading(2024, 9, 25);
constexpr qint64 meterId = 11;
constexpr qint64 accountId = 3;

Appeal serverAppeal(qint64 serverId, const QString& topic)
{
    Appeal appeal;
    appeal.serverId = serverId;
    appeal.topic = topic;
    appeal.text = u"Текст"_s;
    appeal.status = Appeal::Status::Registered;
    appeal.createdAt = now;
    return appeal;
}
} // namespace

class tst_OutboxAnswerWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sentAppealJoinsTheQueuedOne();
    void appealASyncBroughtFirstIsKeptOnce();
    void readingIsPendingThenAccepted();
    void refusedReadingIsRejected();
    void subscriptionShowsAtOnceAndTheAnswerIsStored();
    void anItemNotBeingSentChangesNothing();
    void aKeyQueuedTwiceLeavesNoAppealBehind();

private:
    QSqlDatabase db() const { return m_cache->database(); }
    // Queues through the writer and marks the item Sending, as OutboxWorker::takeNext() does.
    std::optional<OutboxItem> sending(const std::optional<qint64>& localId);
    void addMeter();

    std::unique_ptr<EngineCache> m_cache;
};

void tst_OutboxAnswerWriter::init()
{
    m_cache = std::make_unique<EngineCache>();
    QVERIFY(m_cache->open());
}

void tst_OutboxAnswerWriter::cleanup()
{
    m_cache.reset();
}

std::optional<OutboxItem> tst_OutboxAnswerWriter::sending(const std::optional<qint64>& localId)
{
    if (!localId || !OutboxStore(db()).markSending(*localId))
        return std::nullopt;
    return OutboxStore(db()).item(*localId);
}

void tst_OutboxAnswerWriter::addMeter()
{
    Account account;
    account.id = accountId;
    account.number = u"16616"_s;
    account.hasMeters = true;
    QVERIFY(AccountStore(db()).upsert(account));
    Meter meter;
    meter.id = meterId;
    meter.accountId = accountId;
    meter.service = u"Холодная вода"_s;
    meter.lastValueThousandths = 100000;
    meter.lastReadingDate = lastReading;
    QVERIFY(MeterStore(db()).upsertMeter(meter));
}

void tst_OutboxAnswerWriter::sentAppealJoinsTheQueuedOne()
{
    OutboxQueueWriter queue(db());
    const std::optional<OutboxItem> item = sending(
        queue.queueAppeal(AppealForm {std::nullopt, u"Тема"_s, u"Текст"_s}, u"key-1"_s, now));
    QVERIFY2(item, qPrintable(queue.lastError()));
    const std::optional<QList<Appeal>> queued = AppealStore(db()).appeals();
    QCOMPARE(queued->size(), 1);
    QCOMPARE(queued->at(0).status, Appeal::Status::Queued);
    QVERIFY(!queued->at(0).serverId);

    OutboxAnswerWriter writer(db());
    QVERIFY2(writer.sent(*item, serverAppeal(42, u"Тема"_s)), qPrintable(writer.lastError()));
    const std::optional<QList<Appeal>> joined = AppealStore(db()).appeals();
    QCOMPARE(joined->size(), 1);
    QCOMPARE(joined->at(0).localId, queued->at(0).localId);
    QCOMPARE(joined->at(0).serverId, std::optional<qint64>(42));
    QCOMPARE(joined->at(0).status, Appeal::Status::Registered);
    QVERIFY(OutboxStore(db()).all()->isEmpty());
}

void tst_OutboxAnswerWriter::appealASyncBroughtFirstIsKeptOnce()
{
    OutboxQueueWriter queue(db());
    const std::optional<OutboxItem> item = sending(
        queue.queueAppeal(AppealForm {std::nullopt, u"Тема"_s, u"Текст"_s}, u"key-1"_s, now));
    QVERIFY(item);
    // The first answer was lost, and a sync brought the appeal before the retry's answer came.
    QVERIFY(AppealStore(db()).upsertFromServer(serverAppeal(42, u"Тема"_s)));
    QCOMPARE(AppealStore(db()).appeals()->size(), 2);

    OutboxAnswerWriter writer(db());
    QVERIFY2(writer.sent(*item, serverAppeal(42, u"Тема"_s)), qPrintable(writer.lastError()));
    const std::optional<QList<Appeal>> appeals = AppealStore(db()).appeals();
    QCOMPARE(appeals->size(), 1);
    QCOMPARE(appeals->at(0).serverId, std::optional<qint64>(42));
}

void tst_OutboxAnswerWriter::readingIsPendingThenAccepted()
{
    addMeter();
    const MeterReadingForm form {QDate(2024, 10, 10), 101500};
    OutboxQueueWriter queue(db());
    const std::optional<OutboxItem> item =
        sending(queue.queueMeterReading(meterId, form, u"key-2"_s, now));
    QVERIFY2(item, qPrintable(queue.lastError()));
    std::optional<QList<MeterReading>> readings =
        MeterStore(db()).readings(meterId, form.date, form.date);
    QCOMPARE(readings->size(), 1);
    QCOMPARE(readings->at(0).state, MeterReading::State::Pending);

    OutboxAnswerWriter writer(db());
    const MeterReading accepted {meterId, form.date, form.valueThousandths,
                                 MeterReading::State::Accepted};
    QVERIFY2(writer.sent(*item, accepted), qPrintable(writer.lastError()));
    readings = MeterStore(db()).readings(meterId, form.date, form.date);
    QCOMPARE(readings->size(), 1);
    QCOMPARE(readings->at(0).state, MeterReading::State::Accepted);
    const std::optional<Meter> meter = MeterStore(db()).meter(meterId);
    QCOMPARE(meter->lastReadingDate, form.date);
    QCOMPARE(meter->lastValueThousandths, form.valueThousandths);
}

void tst_OutboxAnswerWriter::refusedReadingIsRejected()
{
    addMeter();
    const MeterReadingForm form {QDate(2024, 10, 10), 5};
    OutboxQueueWriter queue(db());
    const std::optional<OutboxItem> item =
        sending(queue.queueMeterReading(meterId, form, u"key-3"_s, now));
    QVERIFY(item);

    OutboxAnswerWriter writer(db());
    QVERIFY2(writer.refused(*item, u"Показание меньше предыдущего."_s),
             qPrintable(writer.lastError()));
    const std::optional<QList<MeterReading>> readings =
        MeterStore(db()).readings(meterId, form.date, form.date);
    QCOMPARE(readings->at(0).state, MeterReading::State::Rejected);
    const std::optional<OutboxItem> failed = OutboxStore(db()).item(item->localId);
    QCOMPARE(failed->state, OutboxItem::State::Failed);
    QCOMPARE(failed->lastError, u"Показание меньше предыдущего."_s);
    QCOMPARE(MeterStore(db()).meter(meterId)->lastReadingDate, lastReading);
}

void tst_OutboxAnswerWriter::subscriptionShowsAtOnceAndTheAnswerIsStored()
{
    QVERIFY(UserStore(db()).saveProfile(UserProfile {u"demo"_s, u"demo@example.ru"_s, false}));
    OutboxQueueWriter queue(db());
    const std::optional<OutboxItem> item =
        sending(queue.queueSubscriptionChange(true, u"key-4"_s, now));
    QVERIFY(item);
    QCOMPARE(UserStore(db()).profile()->receiptsByEmail, true);

    OutboxAnswerWriter writer(db());
    const UserProfile answer {u"demo"_s, u"new@example.ru"_s, true};
    QVERIFY2(writer.sent(*item, answer), qPrintable(writer.lastError()));
    QCOMPARE(*UserStore(db()).profile(), answer);
}

void tst_OutboxAnswerWriter::anItemNotBeingSentChangesNothing()
{
    OutboxQueueWriter queue(db());
    const std::optional<qint64> localId =
        queue.queueAppeal(AppealForm {std::nullopt, u"Тема"_s, u"Текст"_s}, u"key-5"_s, now);
    QVERIFY(localId);
    const std::optional<OutboxItem> pending = OutboxStore(db()).item(*localId);
    const QStringList before = m_cache->dump();

    OutboxAnswerWriter writer(db());
    QVERIFY(!writer.sent(*pending, serverAppeal(42, u"Тема"_s)));
    QVERIFY(!writer.lastError().isEmpty());
    QVERIFY(!writer.refused(*pending, u"нет"_s));
    QCOMPARE(m_cache->dump(), before);
}

void tst_OutboxAnswerWriter::aKeyQueuedTwiceLeavesNoAppealBehind()
{
    OutboxQueueWriter queue(db());
    const AppealForm form {std::nullopt, u"Тема"_s, u"Текст"_s};
    QVERIFY(queue.queueAppeal(form, u"key-6"_s, now));
    QVERIFY(!queue.queueAppeal(form, u"key-6"_s, now));
    QVERIFY(!queue.lastError().isEmpty());
    QCOMPARE(AppealStore(db()).appeals()->size(), 1);
    QCOMPARE(OutboxStore(db()).all()->size(), 1);
}

QTEST_GUILESS_MAIN(tst_OutboxAnswerWriter)
#include "tst_outboxanswerwriter.moc"
