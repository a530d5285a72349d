// ClosedPeriods: the operator's last closed period, never the current month or later.
#include "AccountsFixture.h"
#include "accounts/ClosedPeriods.h"

#include <QTest>

class ClosedPeriodsTest : public QObject
{
    Q_OBJECT

private slots:
    void effectiveIsTheEarlierOfStoredAndLastMonth()
    {
        QCOMPARE(ClosedPeriods::effective(Period(2014, 9), Period(2014, 10)), Period(2014, 9));
        QCOMPARE(ClosedPeriods::effective(Period(2014, 6), Period(2014, 10)), Period(2014, 6));
        QCOMPARE(ClosedPeriods::effective(Period(2014, 10), Period(2014, 10)), Period(2014, 9));
        QCOMPARE(ClosedPeriods::effective(Period(2015, 3), Period(2014, 10)), Period(2014, 9));
        QVERIFY(!ClosedPeriods::effective(Period(), Period(2014, 10)).isValid());
    }

    void followsTheClock()
    {
        AccountsFixture fixture(QDateTime(QDate(2014, 10, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(fixture.isReady());
        QCOMPARE(ClosedPeriods::lastClosed(fixture.context()), std::optional<Period>(Period()));
        QVERIFY(fixture.setLastClosed(Period(2014, 9)));
        QCOMPARE(ClosedPeriods::lastClosed(fixture.context()),
                 std::optional<Period>(Period(2014, 9)));
        // Back in time to the last second of August: September is not over.
        fixture.clock().set(QDateTime(QDate(2014, 9, 30), QTime(23, 59, 59), Qt::UTC));
        QCOMPARE(ClosedPeriods::lastClosed(fixture.context()),
                 std::optional<Period>(Period(2014, 8)));
        // Time passing does not close a period: the operator does.
        fixture.clock().set(QDateTime(QDate(2015, 2, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(ClosedPeriods::lastClosed(fixture.context()),
                 std::optional<Period>(Period(2014, 9)));
    }
};

QTEST_GUILESS_MAIN(ClosedPeriodsTest)
#include "tst_closedperiods.moc"
