#include "TestCache.h"
#include "TestPrinting.h"
#include "store/AccountStore.h"
#include "store/MeterStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 accountA = 16616;
constexpr qint64 accountB = 900;

Meter coldWater()
{
    return Meter {
        301,       accountA,          u"Холодное водоснабжение"_s, u"СГВ-15 № 0012345-Б"_s,
        123456789, QDate(2014, 9, 25)};
}

Meter newMeter()
{
    return Meter {302, accountA, u"Электроэнергия (день)"_s, {}, 0, QDate()};
}

MeterReading reading(QDate date, qint64 value,
                     MeterReading::State state = MeterReading::State::Pending)
{
    return MeterReading {301, date, value, state};
}

} // namespace

class TestMeterStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void meterRoundTripsAndSurvivesReopen();
    void upsertOverwritesAMeter();
    void replaceMetersKeepsReadingsOfMetersThatStay();
    void readingsRoundTripByDateRange();
    void aReadingPerDate();
    void everyReadingStateRoundTrips();
    void readingsInStateFindWorkToSend();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestMeterStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
    AccountStore accounts(m_cache->database());
    QVERIFY(accounts.upsert(Account {accountA, u"16616"_s, {}, {}, 0, {}, {}, {}, true, {}}));
    QVERIFY(accounts.upsert(Account {accountB, u"900"_s, {}, {}, 0, {}, {}, {}, true, {}}));
}

void TestMeterStore::meterRoundTripsAndSurvivesReopen()
{
    {
        MeterStore store(m_cache->database());
        QVERIFY2(store.upsertMeter(coldWater()), qPrintable(store.lastError().text()));
        QVERIFY2(store.upsertMeter(newMeter()), qPrintable(store.lastError().text()));
        QVERIFY2(store.saveReading(reading(QDate(2014, 9, 25), 123456789)),
                 qPrintable(store.lastError().text()));
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    MeterStore store(m_cache->database());
    QCOMPARE(store.meter(301), coldWater());
    const std::optional<Meter> fresh = store.meter(302);
    QCOMPARE(fresh, newMeter());
    QVERIFY(!fresh->hasLastReading());
    QCOMPARE(store.meters(accountA), (QList<Meter> {coldWater(), newMeter()}));
    QCOMPARE(store.meters(accountB), QList<Meter>());
    QCOMPARE(store.readings(301, QDate(2014, 1, 1), QDate(2014, 12, 31)),
             QList<MeterReading> {reading(QDate(2014, 9, 25), 123456789)});
    QCOMPARE(store.meter(1), std::nullopt);
    QVERIFY(!store.lastError().isValid());
}

void TestMeterStore::upsertOverwritesAMeter()
{
    MeterStore store(m_cache->database());
    QVERIFY(store.upsertMeter(coldWater()));
    Meter changed = coldWater();
    changed.accountId = accountB;
    changed.service = u"Горячее водоснабжение"_s;
    changed.serialNumber = u"№ 2"_s;
    changed.lastValueThousandths = 5;
    changed.lastReadingDate = QDate(2014, 10, 1);
    QVERIFY(store.upsertMeter(changed));
    QCOMPARE(store.meter(301), changed);

    // Back to "no reading yet": the value is not kept on its own.
    changed.lastReadingDate = QDate();
    changed.lastValueThousandths = 0;
    QVERIFY(store.upsertMeter(changed));
    QCOMPARE(store.meter(301), changed);
    QCOMPARE(m_cache->rowCount(u"meters"_s), 1);
}

void TestMeterStore::replaceMetersKeepsReadingsOfMetersThatStay()
{
    MeterStore store(m_cache->database());
    QVERIFY(store.upsertMeter(coldWater()));
    QVERIFY(store.upsertMeter(newMeter()));
    const Meter other {400, accountB, u"Газ"_s, {}, 0, {}};
    QVERIFY(store.upsertMeter(other));
    QVERIFY(store.saveReading(reading(QDate(2014, 9, 1), 10)));
    QVERIFY(store.saveReading(MeterReading {302, QDate(2014, 9, 1), 20, {}}));

    Meter renamed = coldWater();
    renamed.serialNumber = u"Новый № 7"_s;
    QVERIFY2(store.replaceMeters(accountA, {renamed}), qPrintable(store.lastError().text()));
    QCOMPARE(store.meters(accountA), QList<Meter> {renamed});
    QCOMPARE(store.meters(accountB), QList<Meter> {other});
    QCOMPARE(store.readings(301, QDate(2014, 1, 1), QDate(2014, 12, 31)).value().size(), 1);
    QCOMPARE(m_cache->rowCount(u"meter_readings"_s), 1);

    QVERIFY(!store.replaceMeters(accountA, {other}));
    QVERIFY(store.lastError().isValid());
    QCOMPARE(store.meters(accountA), QList<Meter> {renamed});
}

void TestMeterStore::readingsRoundTripByDateRange()
{
    MeterStore store(m_cache->database());
    QVERIFY(store.upsertMeter(coldWater()));
    QVERIFY(store.upsertMeter(newMeter()));
    const QList<MeterReading> all = {
        reading(QDate(2014, 8, 31), 1000), reading(QDate(2014, 9, 1), 1500),
        reading(QDate(2014, 9, 30), 2750), reading(QDate(2014, 10, 1), 3001)};
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        QVERIFY2(store.saveReading(*it), qPrintable(store.lastError().text()));
    QVERIFY(store.saveReading(MeterReading {302, QDate(2014, 9, 15), 1, {}}));

    QCOMPARE(store.readings(301, QDate(2014, 9, 1), QDate(2014, 9, 30)), all.mid(1, 2));
    QCOMPARE(store.readings(301, QDate(2000, 1, 1), QDate(2100, 1, 1)), all);
    QCOMPARE(store.readings(301, QDate(2015, 1, 1), QDate(2015, 12, 31)), QList<MeterReading>());
}

void TestMeterStore::aReadingPerDate()
{
    MeterStore store(m_cache->database());
    QVERIFY(store.upsertMeter(coldWater()));
    QVERIFY(store.saveReading(reading(QDate(2014, 9, 25), 100)));
    const MeterReading corrected = reading(QDate(2014, 9, 25), 99, MeterReading::State::Sent);
    QVERIFY(store.saveReading(corrected));
    QCOMPARE(store.readings(301, QDate(2014, 9, 25), QDate(2014, 9, 25)),
             QList<MeterReading> {corrected});
    QVERIFY(!store.saveReading(reading(QDate(2014, 9, 26), -1)));
    QVERIFY(store.lastError().isValid());
}

void TestMeterStore::everyReadingStateRoundTrips()
{
    MeterStore store(m_cache->database());
    QVERIFY(store.upsertMeter(coldWater()));
    const QDate date(2014, 9, 25);
    QVERIFY(store.saveReading(reading(date, 100)));
    for (auto state : {MeterReading::State::Pending, MeterReading::State::Sent,
                       MeterReading::State::Accepted, MeterReading::State::Rejected}) {
        QVERIFY2(store.setReadingState(301, date, state), qPrintable(store.lastError().text()));
        QCOMPARE(store.readings(301, date, date).value().value(0).state, state);
    }
    QVERIFY(!store.setReadingState(301, date.addDays(1), MeterReading::State::Sent));
    QVERIFY(store.lastError().isValid());
}

void TestMeterStore::readingsInStateFindWorkToSend()
{
    MeterStore store(m_cache->database());
    QVERIFY(store.upsertMeter(coldWater()));
    QVERIFY(store.upsertMeter(newMeter()));
    const MeterReading second {302, QDate(2014, 9, 2), 7, MeterReading::State::Pending};
    const MeterReading first = reading(QDate(2014, 9, 1), 5);
    QVERIFY(store.saveReading(second));
    QVERIFY(store.saveReading(first));
    QVERIFY(store.saveReading(reading(QDate(2014, 8, 1), 1, MeterReading::State::Accepted)));
    QCOMPARE(store.readingsInState(MeterReading::State::Pending),
             (QList<MeterReading> {first, second}));
    QCOMPARE(store.readingsInState(MeterReading::State::Rejected), QList<MeterReading>());

    QVERIFY(store.removeMeter(301));
    QCOMPARE(store.readingsInState(MeterReading::State::Pending), QList<MeterReading> {second});
    QCOMPARE(m_cache->rowCount(u"meter_readings"_s), 1);
}

QTEST_GUILESS_MAIN(TestMeterStore)
#include "tst_meterstore.moc"
