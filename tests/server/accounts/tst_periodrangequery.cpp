// PeriodRangeQuery: the ?from=&to= rules of the charges, payments and movement endpoints.
#include "accounts/PeriodRangeQuery.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class PeriodRangeQueryTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsToTheLastTwelveClosedPeriods()
    {
        const PeriodRangeQuery query =
            PeriodRangeQuery::parse(std::nullopt, std::nullopt, Period(2014, 9));
        QVERIFY(query.isValid());
        QCOMPARE(query.from(), Period(2013, 10));
        QCOMPARE(query.to(), Period(2014, 9));
    }

    void missingBoundsDefault()
    {
        const PeriodRangeQuery onlyFrom =
            PeriodRangeQuery::parse(u"2014-01"_s, std::nullopt, Period(2014, 9));
        QVERIFY(onlyFrom.isValid());
        QCOMPARE(onlyFrom.from(), Period(2014, 1));
        QCOMPARE(onlyFrom.to(), Period(2014, 9));
        const PeriodRangeQuery onlyTo =
            PeriodRangeQuery::parse(std::nullopt, u"2012-06"_s, Period(2014, 9));
        QVERIFY(onlyTo.isValid());
        QCOMPARE(onlyTo.from(), Period(2011, 7));
        QCOMPARE(onlyTo.to(), Period(2012, 6));
    }

    void refusesBadRanges_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("from after to") << u"2014-10"_s << u"2014-09"_s << u"from"_s;
        QTest::newRow("601 months") << u"1964-08"_s << u"2014-09"_s << u"from"_s;
        QTest::newRow("bad from") << u"2014-9"_s << u"2014-09"_s << u"from"_s;
        QTest::newRow("bad month") << u"2014-13"_s << u"2014-12"_s << u"from"_s;
        QTest::newRow("bad to") << u"2014-01"_s << u"сентябрь"_s << u"to"_s;
        QTest::newRow("empty to") << u"2014-01"_s << QString() << u"to"_s;
    }

    void refusesBadRanges()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        const PeriodRangeQuery query = PeriodRangeQuery::parse(from, to, Period(2014, 9));
        QVERIFY(!query.isValid());
        QCOMPARE(query.error().code(), ApiErrorCode::Invalid);
        QCOMPARE(query.error().field(), field);
    }

    void sixHundredMonthsApartIsTheLimit()
    {
        const PeriodRangeQuery query =
            PeriodRangeQuery::parse(u"1964-09"_s, u"2014-09"_s, Period(2014, 9));
        QVERIFY(query.isValid());
        QCOMPARE(query.from().monthsTo(query.to()), PeriodRangeQuery::maxMonths);
    }
};

QTEST_GUILESS_MAIN(PeriodRangeQueryTest)
#include "tst_periodrangequery.moc"
