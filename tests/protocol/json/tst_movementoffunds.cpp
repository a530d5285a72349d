#include "protocol/types/MovementOfFunds.h"

#include <QTest>

#include <limits>

class TestMovementOfFunds : public QObject
{
    Q_OBJECT

private slots:
    void computeAddsUp();
    void isConsistent();
    void overflowIsNeverConsistent();
};

void TestMovementOfFunds::computeAddsUp()
{
    const std::optional<MovementOfFunds> movement = MovementOfFunds::compute(
        Period(2014, 1), Period(2014, 12), Money::fromKopecks(10400), Money::fromKopecks(197184),
        Money::fromKopecks(-1040), Money::fromKopecks(184000));
    QVERIFY(movement);
    QCOMPARE(movement->closing, Money::fromKopecks(22544)); // the example of docs/api.md
    QCOMPARE(movement->from, Period(2014, 1));
    QCOMPARE(movement->to, Period(2014, 12));
    QCOMPARE(movement->opening, Money::fromKopecks(10400));
    QCOMPARE(movement->charged, Money::fromKopecks(197184));
    QCOMPARE(movement->recalculated, Money::fromKopecks(-1040));
    QCOMPARE(movement->paid, Money::fromKopecks(184000));
    QVERIFY(movement->isConsistent());

    const std::optional<MovementOfFunds> overpaid =
        MovementOfFunds::compute(Period(2014, 9), Period(2014, 9), Money(),
                                 Money::fromKopecks(16432), Money(), Money::fromKopecks(20000));
    QVERIFY(overpaid);
    QCOMPARE(overpaid->closing, Money::fromKopecks(-3568));
}

void TestMovementOfFunds::isConsistent()
{
    MovementOfFunds movement = *MovementOfFunds::compute(
        Period(2014, 1), Period(2014, 12), Money::fromKopecks(10400), Money::fromKopecks(197184),
        Money::fromKopecks(-1040), Money::fromKopecks(184000));
    movement.closing += Money::fromKopecks(1);
    QVERIFY(!movement.isConsistent());
    movement.closing -= Money::fromKopecks(2);
    QVERIFY(!movement.isConsistent());
    movement.closing += Money::fromKopecks(1);
    QVERIFY(movement.isConsistent());
    movement.recalculated = Money::fromKopecks(1040); // sign matters
    QVERIFY(!movement.isConsistent());
    QVERIFY(MovementOfFunds().isConsistent());
}

void TestMovementOfFunds::overflowIsNeverConsistent()
{
    const Money max = Money::fromKopecks(std::numeric_limits<qint64>::max());
    const Money min = Money::fromKopecks(std::numeric_limits<qint64>::min());
    QCOMPARE(MovementOfFunds::compute(Period(2014, 1), Period(2014, 1), max, Money::fromKopecks(1),
                                      Money(), Money()),
             std::nullopt);
    QCOMPARE(
        MovementOfFunds::compute(Period(2014, 1), Period(2014, 1), Money(), Money(), Money(), min),
        std::nullopt);
    // Saturating arithmetic would call this consistent: max + 1 "=" max.
    MovementOfFunds saturated;
    saturated.opening = max;
    saturated.charged = Money::fromKopecks(1);
    saturated.closing = max;
    QVERIFY(!saturated.isConsistent());
    // An intermediate overflow that the final sum would undo is refused as well.
    const std::optional<MovementOfFunds> undone =
        MovementOfFunds::compute(Period(2014, 1), Period(2014, 1), max, Money::fromKopecks(1),
                                 Money::fromKopecks(-1), Money());
    QCOMPARE(undone, std::nullopt);
}

QTEST_GUILESS_MAIN(TestMovementOfFunds)
#include "tst_movementoffunds.moc"
