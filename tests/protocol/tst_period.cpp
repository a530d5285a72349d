#include "protocol/Period.h"

#include <QList>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <climits>
#include <random>

using namespace Qt::Literals::StringLiterals;

char* toString(const Period& period)
{
    return QTest::toString(period.isValid() ? period.toIsoString() : u"invalid"_s);
}

class TestPeriod : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsInvalid();
    void construct_data();
    void construct();
    void fromIsoString_data();
    void fromIsoString();
    void isoRoundTripOverWholeRange();
    void addMonths_data();
    void addMonths();
    void nextAndPreviousAcrossYears();
    void monthsTo();
    void ordering();
    void days_data();
    void days();
    void fromDate();
    void keys_data();
    void keys();
    void keyOrderMatchesPeriodOrder();
    void hashing();
    void monthNames_data();
    void monthNames();
    void russianStrings();
};

void TestPeriod::defaultIsInvalid()
{
    const Period period;
    QVERIFY(!period.isValid());
    QCOMPARE(period.toIsoString(), QString());
    QCOMPARE(period.toKey(), 0);
    QVERIFY(period.firstDay().isNull());
    QVERIFY(period.lastDay().isNull());
    QVERIFY(!period.next().isValid());
    QVERIFY(!period.previous().isValid());
    QVERIFY(period.toRussianString().isEmpty());
}

void TestPeriod::construct_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<bool>("valid");

    QTest::newRow("2014-09") << 2014 << 9 << true;
    QTest::newRow("first") << 1900 << 1 << true;
    QTest::newRow("last") << 9999 << 12 << true;
    QTest::newRow("december") << 2014 << 12 << true;
    QTest::newRow("year too small") << 1899 << 12 << false;
    QTest::newRow("year too large") << 10000 << 1 << false;
    QTest::newRow("month 0") << 2014 << 0 << false;
    QTest::newRow("month 13") << 2014 << 13 << false;
    QTest::newRow("negative month") << 2014 << -1 << false;
    QTest::newRow("negative year") << -2014 << 9 << false;
    QTest::newRow("zeros") << 0 << 0 << false;
}

void TestPeriod::construct()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(bool, valid);

    const Period period(year, month);
    QCOMPARE(period.isValid(), valid);
    if (valid) {
        QCOMPARE(period.year(), year);
        QCOMPARE(period.month(), month);
    } else {
        // All invalid periods are the same value, whatever they were built from.
        QCOMPARE(period, Period());
    }
}

void TestPeriod::fromIsoString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month"); // 0 = expected invalid

    QTest::newRow("2014-09") << u"2014-09"_s << 2014 << 9;
    QTest::newRow("2014-12") << u"2014-12"_s << 2014 << 12;
    QTest::newRow("first") << u"1900-01"_s << 1900 << 1;
    QTest::newRow("last") << u"9999-12"_s << 9999 << 12;

    QTest::newRow("month 13") << u"2014-13"_s << 0 << 0;
    QTest::newRow("month 00") << u"2014-00"_s << 0 << 0;
    QTest::newRow("year 1899") << u"1899-12"_s << 0 << 0;
    QTest::newRow("year 0000") << u"0000-01"_s << 0 << 0;
    QTest::newRow("garbage") << u"garbage"_s << 0 << 0;
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("unpadded month") << u"2014-9"_s << 0 << 0;
    QTest::newRow("three-digit month") << u"2014-009"_s << 0 << 0;
    QTest::newRow("two-digit year") << u"14-09"_s << 0 << 0;
    QTest::newRow("slash") << u"2014/09"_s << 0 << 0;
    QTest::newRow("full date") << u"2014-09-01"_s << 0 << 0;
    QTest::newRow("leading space") << u" 2014-09"_s << 0 << 0;
    QTest::newRow("letter in year") << u"20a4-09"_s << 0 << 0;
    QTest::newRow("sign in year") << u"+014-09"_s << 0 << 0;
    QTest::newRow("sign in month") << u"2014--9"_s << 0 << 0;
    QTest::newRow("fullwidth digits") << u"\uFF12\uFF10\uFF11\uFF14-09"_s << 0 << 0;
    QTest::newRow("russian") << u"сентябрь 2014"_s << 0 << 0;
}

void TestPeriod::fromIsoString()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);

    const Period period = Period::fromIsoString(text);
    if (month == 0) {
        QVERIFY(!period.isValid());
        return;
    }
    QVERIFY(period.isValid());
    QCOMPARE(period.year(), year);
    QCOMPARE(period.month(), month);
    QCOMPARE(period.toIsoString(), text);
}

void TestPeriod::isoRoundTripOverWholeRange()
{
    int count = 0;
    for (Period p(Period::minYear, 1); p.isValid(); p = p.next()) {
        const QString iso = p.toIsoString();
        QCOMPARE(iso.size(), 7);
        QCOMPARE(Period::fromIsoString(iso), p);
        ++count;
    }
    QCOMPARE(count, (Period::maxYear - Period::minYear + 1) * 12);
}

void TestPeriod::addMonths_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("expected"); // empty = invalid

    QTest::newRow("+0") << u"2014-09"_s << 0 << u"2014-09"_s;
    QTest::newRow("+1") << u"2014-09"_s << 1 << u"2014-10"_s;
    QTest::newRow("december +1") << u"2014-12"_s << 1 << u"2015-01"_s;
    QTest::newRow("january -1") << u"2015-01"_s << -1 << u"2014-12"_s;
    QTest::newRow("+12") << u"2014-09"_s << 12 << u"2015-09"_s;
    QTest::newRow("-12") << u"2014-09"_s << -12 << u"2013-09"_s;
    QTest::newRow("+27 lands on december") << u"2014-09"_s << 27 << u"2016-12"_s;
    QTest::newRow("+28 lands on january") << u"2014-09"_s << 28 << u"2017-01"_s;
    QTest::newRow("-21 lands on december") << u"2014-09"_s << -21 << u"2012-12"_s;
    QTest::newRow("-9 lands on december") << u"2014-09"_s << -9 << u"2013-12"_s;
    QTest::newRow("-8 lands on january") << u"2014-09"_s << -8 << u"2014-01"_s;
    QTest::newRow("to the last month") << u"9999-01"_s << 11 << u"9999-12"_s;
    QTest::newRow("to the first month") << u"1900-12"_s << -11 << u"1900-01"_s;
    QTest::newRow("whole range") << u"1900-01"_s << (9999 - 1900) * 12 + 11 << u"9999-12"_s;
    QTest::newRow("past the end") << u"9999-12"_s << 1 << QString();
    QTest::newRow("before the start") << u"1900-01"_s << -1 << QString();
    QTest::newRow("INT_MAX") << u"2014-09"_s << INT_MAX << QString();
    QTest::newRow("INT_MIN") << u"2014-09"_s << INT_MIN << QString();
    QTest::newRow("invalid start") << u"2014-13"_s << 1 << QString();
}

void TestPeriod::addMonths()
{
    QFETCH(QString, start);
    QFETCH(int, months);
    QFETCH(QString, expected);

    const Period from = Period::fromIsoString(start);
    const Period result = from.addMonths(months);
    QCOMPARE(result.toIsoString(), expected);
    QCOMPARE(result.isValid(), !expected.isEmpty());
    if (result.isValid()) {
        QCOMPARE(from.monthsTo(result), months);
        QCOMPARE(result.addMonths(-months), from);
    }
}

void TestPeriod::nextAndPreviousAcrossYears()
{
    const Period december(2014, 12);
    const Period january(2015, 1);
    QCOMPARE(december.next(), january);
    QCOMPARE(january.previous(), december);
    QCOMPARE(Period(2014, 9).next(), Period(2014, 10));
    QCOMPARE(Period(2014, 9).previous(), Period(2014, 8));
    QVERIFY(!Period(9999, 12).next().isValid());
    QVERIFY(!Period(1900, 1).previous().isValid());

    // Twelve steps bring us to the same month of the next year.
    Period p(2014, 9);
    for (int i = 0; i < 12; ++i)
        p = p.next();
    QCOMPARE(p, Period(2015, 9));
}

void TestPeriod::monthsTo()
{
    QCOMPARE(Period(2014, 9).monthsTo(Period(2015, 9)), 12);
    QCOMPARE(Period(2015, 9).monthsTo(Period(2014, 9)), -12);
    QCOMPARE(Period(2014, 12).monthsTo(Period(2015, 1)), 1);
    QCOMPARE(Period(2015, 1).monthsTo(Period(2014, 12)), -1);
    QCOMPARE(Period(2014, 9).monthsTo(Period(2014, 9)), 0);
    QCOMPARE(Period(2014, 1).monthsTo(Period(2016, 12)), 35);
    QCOMPARE(Period(1900, 1).monthsTo(Period(9999, 12)), (9999 - 1900) * 12 + 11);
    QCOMPARE(Period().monthsTo(Period(2014, 9)), 0);
    QCOMPARE(Period(2014, 9).monthsTo(Period()), 0);
}

void TestPeriod::ordering()
{
    const Period a(2014, 9);
    const Period b(2014, 10);
    const Period c(2014, 12);
    const Period d(2015, 1);

    QVERIFY(a < b);
    QVERIFY(b < c);
    QVERIFY(c < d); // the year decides before the month
    QVERIFY(d > c);
    QVERIFY(a <= a);
    QVERIFY(a >= a);
    QVERIFY(!(a < a));
    QVERIFY(a == Period(2014, 9));
    QVERIFY(a != b);
    QVERIFY(Period(2013, 12) < Period(2014, 1));
    QVERIFY(Period(2013, 12) <= Period(2014, 1));
    QVERIFY(Period(2014, 1) >= Period(2013, 12));
    QVERIFY(Period() < Period(1900, 1));

    QList<Period> expected;
    for (Period p(2012, 11); p <= Period(2016, 2); p = p.next())
        expected.append(p);
    QList<Period> shuffled = expected;
    std::mt19937 random(20140901);
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    QVERIFY(shuffled != expected);
    std::sort(shuffled.begin(), shuffled.end());
    QCOMPARE(shuffled, expected);
}

void TestPeriod::days_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("lastDay");

    QTest::newRow("september") << 2014 << 9 << 30;
    QTest::newRow("december") << 2014 << 12 << 31;
    QTest::newRow("january") << 2015 << 1 << 31;
    QTest::newRow("february") << 2014 << 2 << 28;
    QTest::newRow("leap february") << 2016 << 2 << 29;
    QTest::newRow("february 2000") << 2000 << 2 << 29;
    QTest::newRow("february 1900") << 1900 << 2 << 28;
    QTest::newRow("last period") << 9999 << 12 << 31;
}

void TestPeriod::days()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, lastDay);

    const Period period(year, month);
    QCOMPARE(period.firstDay(), QDate(year, month, 1));
    QCOMPARE(period.lastDay(), QDate(year, month, lastDay));
    QCOMPARE(Period::fromDate(period.firstDay()), period);
    QCOMPARE(Period::fromDate(period.lastDay()), period);
    if (period.next().isValid())
        QCOMPARE(period.lastDay().addDays(1), period.next().firstDay());
}

void TestPeriod::fromDate()
{
    QCOMPARE(Period::fromDate(QDate(2014, 9, 17)), Period(2014, 9));
    QCOMPARE(Period::fromDate(QDate(2014, 12, 31)), Period(2014, 12));
    QCOMPARE(Period::fromDate(QDate(1900, 1, 1)), Period(1900, 1));
    QVERIFY(!Period::fromDate(QDate()).isValid());
    QVERIFY(!Period::fromDate(QDate(1899, 12, 31)).isValid());
    QVERIFY(!Period::fromDate(QDate(10000, 1, 1)).isValid());
}

void TestPeriod::keys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month"); // 0 = expected invalid

    QTest::newRow("201409") << 201409 << 2014 << 9;
    QTest::newRow("201412") << 201412 << 2014 << 12;
    QTest::newRow("190001") << 190001 << 1900 << 1;
    QTest::newRow("999912") << 999912 << 9999 << 12;
    QTest::newRow("month 13") << 201413 << 0 << 0;
    QTest::newRow("month 00") << 201400 << 0 << 0;
    QTest::newRow("year 1899") << 189912 << 0 << 0;
    QTest::newRow("year 10000") << 1000001 << 0 << 0;
    QTest::newRow("zero") << 0 << 0 << 0;
    QTest::newRow("negative") << -201409 << 0 << 0;
    QTest::newRow("year only") << 2014 << 0 << 0;
}

void TestPeriod::keys()
{
    QFETCH(int, key);
    QFETCH(int, year);
    QFETCH(int, month);

    const Period period = Period::fromKey(key);
    if (month == 0) {
        QVERIFY(!period.isValid());
        return;
    }
    QCOMPARE(period, Period(year, month));
    QCOMPARE(period.toKey(), key);
}

void TestPeriod::keyOrderMatchesPeriodOrder()
{
    Period previous(2010, 1);
    for (Period p = previous.next(); p <= Period(2020, 12); p = p.next()) {
        QVERIFY(previous.toKey() < p.toKey());
        QCOMPARE(Period::fromKey(p.toKey()), p);
        previous = p;
    }
}

void TestPeriod::hashing()
{
    QCOMPARE(qHash(Period(2014, 9)), qHash(Period::fromIsoString(u"2014-09")));
    QCOMPARE(qHash(Period(2014, 9), 42), qHash(Period::fromKey(201409), 42));

    QSet<Period> set;
    set.insert(Period(2014, 9));
    set.insert(Period::fromIsoString(u"2014-09"));
    set.insert(Period(2014, 10));
    set.insert(Period(2015, 9));
    QCOMPARE(set.size(), 3);
    QVERIFY(set.contains(Period(2015, 9)));
    QVERIFY(!set.contains(Period(2015, 10)));
}

void TestPeriod::monthNames_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("nominative");
    QTest::addColumn<QString>("genitive");

    QTest::newRow("1") << 1 << u"январь"_s << u"января"_s;
    QTest::newRow("2") << 2 << u"февраль"_s << u"февраля"_s;
    QTest::newRow("3") << 3 << u"март"_s << u"марта"_s;
    QTest::newRow("4") << 4 << u"апрель"_s << u"апреля"_s;
    QTest::newRow("5") << 5 << u"май"_s << u"мая"_s;
    QTest::newRow("6") << 6 << u"июнь"_s << u"июня"_s;
    QTest::newRow("7") << 7 << u"июль"_s << u"июля"_s;
    QTest::newRow("8") << 8 << u"август"_s << u"августа"_s;
    QTest::newRow("9") << 9 << u"сентябрь"_s << u"сентября"_s;
    QTest::newRow("10") << 10 << u"октябрь"_s << u"октября"_s;
    QTest::newRow("11") << 11 << u"ноябрь"_s << u"ноября"_s;
    QTest::newRow("12") << 12 << u"декабрь"_s << u"декабря"_s;
    QTest::newRow("0") << 0 << QString() << QString();
    QTest::newRow("13") << 13 << QString() << QString();
    QTest::newRow("-1") << -1 << QString() << QString();
}

void TestPeriod::monthNames()
{
    QFETCH(int, month);
    QFETCH(QString, nominative);
    QFETCH(QString, genitive);

    QCOMPARE(Period::russianMonthName(month), nominative);
    QCOMPARE(Period::russianMonthNameGenitive(month), genitive);
    if (!nominative.isEmpty()) {
        const Period period(2014, month);
        QCOMPARE(period.toRussianString(), nominative + u" 2014"_s);
        QCOMPARE(period.toRussianPhrase(), nominative + u" 2014 года"_s);
    }
}

void TestPeriod::russianStrings()
{
    const Period september(2014, 9);
    QCOMPARE(september.toRussianString(), u"сентябрь 2014"_s);
    QCOMPARE(u"Начисление за "_s + september.toRussianPhrase(),
             u"Начисление за сентябрь 2014 года"_s);
    QCOMPARE(Period(1900, 1).toRussianString(), u"январь 1900"_s);
    QVERIFY(Period().toRussianPhrase().isEmpty());
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
