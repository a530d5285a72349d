#include "charges/HistoryRange.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestHistoryRange : public QObject
{
    Q_OBJECT

private slots:
    void theDefaultIsTheLastTwelveClosedPeriods();
    void theBoundsReachFromTheHistorysFirstYearToNow();
    void cutsLinesRecalculationsAndPaymentsToTheRange();
    void saysWhatIsNotClosed();
};

namespace {

AccountHistory sample()
{
    AccountHistory history;
    history.account.id = 1;
    history.lastClosed = Period(2024, 9);
    for (Period p(2014, 10); p <= history.lastClosed; p = p.next()) {
        ChargeLine line;
        line.accountId = 1;
        line.period = p;
        line.baseCharge = Money::fromKopecks(100);
        line.total = line.baseCharge;
        history.lines.append(line);
    }
    history.recalculations = {
        Recalculation {1, 1, Period(2015, 2), Period(2014, 12), Money::fromKopecks(-5), {}},
        Recalculation {2, 1, Period(2015, 3), Period(2015, 3), Money::fromKopecks(7), {}}};
    history.payments = {Payment {1, 1, QDate(2015, 2, 28), Money::fromKopecks(10), {}},
                        Payment {2, 1, QDate(2015, 3, 1), Money::fromKopecks(20), {}},
                        Payment {3, 1, QDate(2015, 4, 1), Money::fromKopecks(30), {}}};
    return history;
}

} // namespace

void TestHistoryRange::theDefaultIsTheLastTwelveClosedPeriods()
{
    const HistoryRange range = HistoryRange::defaultFor(Period(2024, 9), Period(2024, 10));
    QCOMPARE(range.from, Period(2023, 10));
    QCOMPARE(range.to, Period(2024, 9));
    // Nothing closed: the twelve months before the current one, as the server's default.
    const HistoryRange none = HistoryRange::defaultFor(Period(), Period(2024, 10));
    QCOMPARE(none.from, Period(2023, 10));
    QCOMPARE(none.to, Period(2024, 9));
}

void TestHistoryRange::theBoundsReachFromTheHistorysFirstYearToNow()
{
    const HistoryRange bounds = HistoryRange::boundsFor(sample(), Period(2026, 2));
    // January of the first year, so that the months before the first charge can be chosen.
    QCOMPARE(bounds.from, Period(2014, 1));
    QCOMPARE(bounds.to, Period(2026, 2));
    // An empty history still offers the default range.
    AccountHistory empty;
    const HistoryRange emptyBounds = HistoryRange::boundsFor(empty, Period(2024, 10));
    QCOMPARE(emptyBounds.from, Period(2023, 1));
    QCOMPARE(emptyBounds.to, Period(2024, 10));
    // A clock behind the operator's closing still reaches the last closed period.
    QCOMPARE(HistoryRange::boundsFor(sample(), Period(2024, 1)).to, Period(2024, 9));
}

void TestHistoryRange::cutsLinesRecalculationsAndPaymentsToTheRange()
{
    const AccountHistory history = sample();
    const HistoryRange range {Period(2015, 2), Period(2015, 3)};
    const QList<ChargeLine> lines = range.lines(history);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).period, Period(2015, 2));
    QCOMPARE(lines.at(1).period, Period(2015, 3));
    // By the period they are booked in, not the one they correct.
    QCOMPARE(range.recalculations(history).size(), 2);
    QCOMPARE(HistoryRange({Period(2014, 12), Period(2014, 12)}).recalculations(history).size(), 0);
    // The first and the last day of the range both count.
    const QList<Payment> payments = range.payments(history);
    QCOMPARE(payments.size(), 2);
    QCOMPARE(payments.at(0).id, 1);
    QCOMPARE(payments.at(1).id, 2);
}

void TestHistoryRange::saysWhatIsNotClosed()
{
    const Period lastClosed(2024, 9);
    QCOMPARE(HistoryRange({Period(2024, 1), Period(2024, 9)}).closedStateText(lastClosed),
             u"The last closed period is сентябрь 2024."_s);
    QCOMPARE(HistoryRange({Period(2024, 1), Period(2024, 10)}).closedStateText(lastClosed),
             u"The periods after сентябрь 2024 are not closed yet and are not shown."_s);
    QCOMPARE(HistoryRange({Period(2024, 1), Period(2024, 10)}).closedStateText(Period()),
             u"No period is closed yet."_s);
}

QTEST_GUILESS_MAIN(TestHistoryRange)
#include "tst_historyrange.moc"
