#include "PortalSeed.h"
#include "accounts/AccountRepository.h"
#include "meters/MeterRepository.h"
#include "storage/ChangeSequence.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMeterRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PortalSeed> m_seed;
    qint64 m_user = 0;

    qint64 changedSeq(const QString& table, qint64 id)
    {
        QSqlQuery query(m_seed->database().database());
        query.prepare(u"SELECT changed_seq FROM "_s + table + u" WHERE id = ?"_s);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    MeterReading reading(qint64 meterId, QDate date, qint64 value,
                         MeterReading::State state = MeterReading::State::Accepted)
    {
        MeterReading result;
        result.meterId = meterId;
        result.date = date;
        result.valueThousandths = value;
        result.state = state;
        return result;
    }

private slots:
    void initTestCase()
    {
        m_seed = std::make_unique<PortalSeed>(m_dir.path());
        QVERIFY(m_seed->isOpen());
        QVERIFY(MeterRepository::ensureSchema(m_seed->database()));
        const std::optional<qint64> user = m_seed->createUser(u"Ivanov"_s, u"secret1"_s);
        QVERIFY(user);
        m_user = *user;
    }

    void addMeterMarksTheAccount()
    {
        const std::optional<qint64> account = m_seed->createAccount(u"16616"_s);
        QVERIFY(account);
        MeterRepository meters(m_seed->database());
        QCOMPARE(meters.hasMeters(*account), std::optional<bool>(false));
        QVERIFY(!AccountRepository(m_seed->database()).find(*account).value().account.hasMeters);
        const qint64 accountStamp = changedSeq(u"accounts"_s, *account);

        const std::optional<qint64> meter =
            meters.addMeter(*account, u"Холодная вода"_s, u"CW-1001"_s);
        QVERIFY(meter);
        QCOMPARE(meters.hasMeters(*account), std::optional<bool>(true));
        QVERIFY(AccountRepository(m_seed->database()).find(*account).value().account.hasMeters);
        QVERIFY(changedSeq(u"accounts"_s, *account) > accountStamp);
        QCOMPARE(changedSeq(u"meters"_s, *meter), changedSeq(u"accounts"_s, *account));

        const Lookup<Meter> found = meters.find(*meter);
        QVERIFY(found.isFound());
        QCOMPARE(found.value().accountId, *account);
        QCOMPARE(found.value().service, u"Холодная вода"_s);
        QCOMPARE(found.value().serialNumber, u"CW-1001"_s);
        QVERIFY(!found.value().hasLastReading());
        QCOMPARE(found.value().lastValueThousandths, 0);
    }

    void unknownAccountOrMeterIsRefused()
    {
        MeterRepository meters(m_seed->database());
        QVERIFY(!meters.addMeter(999'999, u"Газ"_s, u"G-1"_s));
        QVERIFY(!meters.addReading(reading(999'999, QDate(2014, 9, 25), 1)));
        const Lookup<Meter> missing = meters.find(999'999);
        QVERIFY(!missing.isFound());
        QVERIFY(!missing.failed());
    }

    void readingsStampTheMeterAndKeepTheLast()
    {
        const std::optional<qint64> account = m_seed->createAccount(u"00017"_s);
        QVERIFY(account);
        MeterRepository meters(m_seed->database());
        const std::optional<qint64> water = meters.addMeter(*account, u"Холодная вода"_s, u"A"_s);
        const std::optional<qint64> heat = meters.addMeter(*account, u"Отопление"_s, u"B"_s);
        QVERIFY(water && heat);

        QVERIFY(meters.addReading(reading(*water, QDate(2014, 7, 25), 10'000)));
        QVERIFY(meters.addReading(reading(*water, QDate(2014, 8, 25), 12'345'000), m_user));
        const qint64 meterStamp = changedSeq(u"meters"_s, *water);
        QCOMPARE(meterStamp, ChangeSequence::current(m_seed->database()).value());
        // A rejected reading does not count as the last one.
        QVERIFY(meters.addReading(
            reading(*water, QDate(2014, 9, 1), 99'000'000, MeterReading::State::Rejected)));
        QVERIFY(changedSeq(u"meters"_s, *water) > meterStamp);
        // A reading names no user that does not exist.
        QVERIFY(!meters.addReading(reading(*water, QDate(2014, 9, 2), 1), m_user + 1000));
        // One reading per date.
        QVERIFY(!meters.addReading(reading(*water, QDate(2014, 8, 25), 12'400'000)));

        const Lookup<Meter> found = meters.find(*water);
        QCOMPARE(found.value().lastReadingDate, QDate(2014, 8, 25));
        QCOMPARE(found.value().lastValueThousandths, 12'345'000);

        const std::optional<QList<MeterDetails>> all = meters.forAccount(*account);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).meter, found.value());
        QCOMPARE(all->at(0).readings.size(), 3);
        QCOMPARE(all->at(0).readings.at(0).date, QDate(2014, 9, 1));
        QCOMPARE(all->at(0).readings.at(0).state, MeterReading::State::Rejected);
        QCOMPARE(all->at(0).readings.at(2), reading(*water, QDate(2014, 7, 25), 10'000));
        QCOMPARE(all->at(1).meter.id, *heat);
        QVERIFY(all->at(1).readings.isEmpty());
        QCOMPARE(meters.forAccount(999'999)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMeterRepository)
#include "tst_meterrepository.moc"
