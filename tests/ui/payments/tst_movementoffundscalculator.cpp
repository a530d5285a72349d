#include "payments/MovementOfFundsCalculator.h"

#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;

class TestMovementOfFundsCalculator : public QObject
{
    Q_OBJECT

private slots:
    void theOpeningIsEverythingBeforeTheRange();
    void countsBaseChargesRecalculationsBookedAndPaymentsDated();
    void periodsAfterTheLastClosedOneCountForNothing();
    void aRangeBeforeTheFirstChargeIsAllZeros();
    void nothingClosedIsAllZeros();
    void aRangeEndingAtTheLastClosedPeriodClosesAtTheBalance();
    void refusesABackwardRangeAndAnOverflow();
};

namespace {

ChargeLine line(Period period, qint64 base, qint64 recalculation = 0)
{
    ChargeLine result;
    result.accountId = 1;
    result.period = period;
    result.baseCharge = Money::fromKopecks(base);
    result.recalculation = Money::fromKopecks(recalculation);
    result.total = Money::fromKopecks(base + recalculation);
    return result;
}

Payment payment(QDate date, qint64 amount)
{
    return Payment {0, 1, date, Money::fromKopecks(amount), u"Сбербанк"_s};
}

// Three closed months from 2014-07: 100,00 each, a recalculation of -10,40 booked in September for
// June, payments on the 25th; the cache never holds later rows, but a stray one must not count.
AccountHistory sample()
{
    AccountHistory history;
    history.account.id = 1;
    history.lastClosed = Period(2014, 9);
    history.lines = {line(Period(2014, 7), 10000), line(Period(2014, 8), 10000),
                     line(Period(2014, 9), 10000, -1040), line(Period(2014, 10), 99999)};
    history.recalculations = {
        Recalculation {9, 1, Period(2014, 9), Period(2014, 6), Money::fromKopecks(-1040), {}},
        Recalculation {10, 1, Period(2014, 10), Period(2014, 10), Money::fromKopecks(555), {}}};
    history.payments = {payment(QDate(2014, 7, 31), 5000), payment(QDate(2014, 8, 1), 10000),
                        payment(QDate(2014, 9, 30), 9000), payment(QDate(2014, 10, 1), 77777)};
    return history;
}

} // namespace

void TestMovementOfFundsCalculator::theOpeningIsEverythingBeforeTheRange()
{
    const std::optional<MovementOfFunds> september =
        MovementOfFundsCalculator::compute(sample(), Period(2014, 9), Period(2014, 9));
    QVERIFY(september);
    // 200,00 charged in July and August, 150,00 paid up to 31 August.
    QCOMPARE(september->opening, Money::fromKopecks(5000));
    QCOMPARE(september->charged, Money::fromKopecks(10000));
    QCOMPARE(september->recalculated, Money::fromKopecks(-1040));
    QCOMPARE(september->paid, Money::fromKopecks(9000));
    QCOMPARE(september->closing, Money::fromKopecks(4960));
    QVERIFY(september->isConsistent());
    QCOMPARE(september->from, Period(2014, 9));
    QCOMPARE(september->to, Period(2014, 9));
}

void TestMovementOfFundsCalculator::countsBaseChargesRecalculationsBookedAndPaymentsDated()
{
    const std::optional<MovementOfFunds> all =
        MovementOfFundsCalculator::compute(sample(), Period(2014, 7), Period(2014, 9));
    QVERIFY(all);
    QCOMPARE(all->opening, Money());
    // The base charges, not the lines' totals: the recalculation is counted once, by itself.
    QCOMPARE(all->charged, Money::fromKopecks(30000));
    QCOMPARE(all->recalculated, Money::fromKopecks(-1040));
    // The payment on 31 July and the one on 30 September are inside, to the day.
    QCOMPARE(all->paid, Money::fromKopecks(24000));
    QCOMPARE(all->closing, Money::fromKopecks(4960));
}

void TestMovementOfFundsCalculator::periodsAfterTheLastClosedOneCountForNothing()
{
    const std::optional<MovementOfFunds> movement =
        MovementOfFundsCalculator::compute(sample(), Period(2014, 9), Period(2015, 3));
    QVERIFY(movement);
    QCOMPARE(movement->to, Period(2015, 3)); // as asked
    QCOMPARE(movement->charged, Money::fromKopecks(10000));
    QCOMPARE(movement->recalculated, Money::fromKopecks(-1040));
    QCOMPARE(movement->paid, Money::fromKopecks(9000));
    // Entirely after it: the opening is the balance at the last closed period, nothing moves.
    const std::optional<MovementOfFunds> later =
        MovementOfFundsCalculator::compute(sample(), Period(2014, 11), Period(2014, 12));
    QVERIFY(later);
    QCOMPARE(later->opening, Money::fromKopecks(4960));
    QCOMPARE(later->charged, Money());
    QCOMPARE(later->paid, Money());
    QCOMPARE(later->closing, Money::fromKopecks(4960));
}

void TestMovementOfFundsCalculator::aRangeBeforeTheFirstChargeIsAllZeros()
{
    for (const auto& [from, to] : {std::pair(Period(2014, 1), Period(2014, 6)),
                                   std::pair(Period(1900, 1), Period(1900, 1))}) {
        const std::optional<MovementOfFunds> movement =
            MovementOfFundsCalculator::compute(sample(), from, to);
        QVERIFY(movement);
        QCOMPARE(*movement,
                 (MovementOfFunds {from, to, Money(), Money(), Money(), Money(), Money()}));
    }
}

void TestMovementOfFundsCalculator::nothingClosedIsAllZeros()
{
    AccountHistory history = sample();
    history.lastClosed = Period();
    const std::optional<MovementOfFunds> movement =
        MovementOfFundsCalculator::compute(history, Period(2014, 1), Period(2014, 12));
    QVERIFY(movement);
    QCOMPARE(movement->opening, Money());
    QCOMPARE(movement->charged, Money());
    QCOMPARE(movement->paid, Money());
    QCOMPARE(movement->closing, Money());
}

void TestMovementOfFundsCalculator::aRangeEndingAtTheLastClosedPeriodClosesAtTheBalance()
{
    const AccountHistory history = sample();
    Money balance;
    for (const ChargeLine& l : history.lines) {
        if (l.period <= history.lastClosed)
            balance += l.total;
    }
    for (const Payment& p : history.payments) {
        if (p.date <= history.lastClosed.lastDay())
            balance -= p.amount;
    }
    for (Period from(2014, 1); from <= history.lastClosed; from = from.next()) {
        const std::optional<MovementOfFunds> movement =
            MovementOfFundsCalculator::compute(history, from, history.lastClosed);
        QVERIFY(movement);
        QCOMPARE(movement->closing, balance);
    }
}

void TestMovementOfFundsCalculator::refusesABackwardRangeAndAnOverflow()
{
    QVERIFY(!MovementOfFundsCalculator::compute(sample(), Period(2014, 9), Period(2014, 8)));
    QVERIFY(!MovementOfFundsCalculator::compute(sample(), Period(), Period(2014, 8)));
    AccountHistory history = sample();
    history.lines.append(line(Period(2014, 9), std::numeric_limits<qint64>::max()));
    QVERIFY(!MovementOfFundsCalculator::compute(history, Period(2014, 9), Period(2014, 9)));
    // Also when the overflow is before the range, in the opening balance.
    QVERIFY(!MovementOfFundsCalculator::compute(history, Period(2014, 10), Period(2014, 10)));
}

QTEST_GUILESS_MAIN(TestMovementOfFundsCalculator)
#include "tst_movementoffundscalculator.moc"
