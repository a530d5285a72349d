#include "meters/MeterReadingRules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime noon = QDateTime(QDate(2014, 9, 25), QTime(12, 0), Qt::UTC);

Meter meterWithLastReading(QDate date, qint64 value)
{
    Meter meter;
    meter.id = 1;
    meter.accountId = 3;
    meter.lastReadingDate = date;
    meter.lastValueThousandths = value;
    return meter;
}

QString fieldOf(const std::optional<ApiError>& error)
{
    return error ? error->field() : u"(accepted)"_s;
}
} // namespace

class TestMeterReadingRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("field");

        const QString accepted = u"(accepted)"_s;
        const QString value = u"valueThousandths"_s;
        const QString date = u"date"_s;
        // The last reading: 2014-08-25, 12 345,000 units.
        QTest::newRow("a month later, a bit more")
            << QDate(2014, 9, 25) << qint64(12'400'000) << accepted;
        QTest::newRow("same value") << QDate(2014, 9, 1) << qint64(12'345'000) << accepted;
        QTest::newRow("below the last") << QDate(2014, 9, 1) << qint64(12'344'999) << value;
        QTest::newRow("exactly 100 000 units more")
            << QDate(2014, 9, 1) << qint64(12'345'000 + 100'000'000) << accepted;
        QTest::newRow("more than 100 000 units more")
            << QDate(2014, 9, 1) << qint64(12'345'000 + 100'000'001) << value;
        QTest::newRow("negative") << QDate(2014, 9, 1) << qint64(-1) << value;
        QTest::newRow("before the last") << QDate(2014, 8, 24) << qint64(12'400'000) << date;
        QTest::newRow("on the last reading's date")
            << QDate(2014, 8, 25) << qint64(12'400'000) << date;
        QTest::newRow("tomorrow in UTC+14 is still today somewhere")
            << QDate(2014, 9, 26) << qint64(12'400'000) << accepted;
        QTest::newRow("the day after tomorrow") << QDate(2014, 9, 27) << qint64(12'400'000) << date;
        QTest::newRow("invalid date") << QDate() << qint64(12'400'000) << date;
        QTest::newRow("value is checked before date") << QDate(2014, 8, 1) << qint64(1) << value;
    }

    void rules()
    {
        QFETCH(QDate, date);
        QFETCH(qint64, value);
        QFETCH(QString, field);
        const Meter meter = meterWithLastReading(QDate(2014, 8, 25), 12'345'000);
        const std::optional<ApiError> error = MeterReadingRules::check(meter, date, value, noon);
        QCOMPARE(fieldOf(error), field);
        if (error)
            QCOMPARE(error->code(), ApiErrorCode::Invalid);
    }

    void firstReadingHasNoLowerOrUpperBoundButZero()
    {
        Meter meter;
        meter.id = 1;
        QVERIFY(!MeterReadingRules::check(meter, QDate(2014, 9, 25), 0, noon));
        QVERIFY(!MeterReadingRules::check(meter, QDate(2014, 9, 25), 987'654'321'000, noon));
        QVERIFY(!MeterReadingRules::check(meter, QDate(2000, 1, 1), 5, noon));
        QCOMPARE(fieldOf(MeterReadingRules::check(meter, QDate(2014, 9, 25), -5, noon)),
                 u"valueThousandths"_s);
        QCOMPARE(fieldOf(MeterReadingRules::check(meter, QDate(2014, 9, 27), 5, noon)), u"date"_s);
    }

    void futureFollowsTheClock()
    {
        // 09:59:59 UTC is 23:59:59 in UTC+14; at 10:00 the next day begins there.
        const QDateTime before = QDateTime(QDate(2014, 9, 25), QTime(9, 59, 59), Qt::UTC);
        const QDateTime after = QDateTime(QDate(2014, 9, 25), QTime(10, 0), Qt::UTC);
        QCOMPARE(MeterReadingRules::latestAllowedDate(before), QDate(2014, 9, 25));
        QCOMPARE(MeterReadingRules::latestAllowedDate(after), QDate(2014, 9, 26));
        const Meter meter = meterWithLastReading(QDate(2014, 8, 25), 0);
        QCOMPARE(fieldOf(MeterReadingRules::check(meter, QDate(2014, 9, 26), 1, before)),
                 u"date"_s);
        QVERIFY(!MeterReadingRules::check(meter, QDate(2014, 9, 26), 1, after));
    }
};

QTEST_GUILESS_MAIN(TestMeterReadingRules)
#include "tst_meterreadingrules.moc"
