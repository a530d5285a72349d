#include "payments/MovementOfFundsModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMovementOfFundsModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyWithoutAMovement();
    void readsTopToBottomWithBalancesAsWords();
    void anOverpaymentAndNoDebt();
};

namespace {

MovementOfFunds movement(qint64 opening, qint64 charged, qint64 recalculated, qint64 paid)
{
    return *MovementOfFunds::compute(Period(2014, 1), Period(2014, 12), Money::fromKopecks(opening),
                                     Money::fromKopecks(charged), Money::fromKopecks(recalculated),
                                     Money::fromKopecks(paid));
}

QString text(const MovementOfFundsModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

void TestMovementOfFundsModel::emptyWithoutAMovement()
{
    MovementOfFundsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setMovement(movement(0, 0, 0, 0));
    QCOMPARE(model.rowCount(), int(MovementOfFundsModel::RowCount));
    model.setMovement(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

void TestMovementOfFundsModel::readsTopToBottomWithBalancesAsWords()
{
    MovementOfFundsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The example of docs/api.md.
    model.setMovement(movement(10400, 197184, -1040, 184000));
    QCOMPARE(text(model, MovementOfFundsModel::OpeningRow, MovementOfFundsModel::ItemColumn),
             u"Debt at the start of the period (01.01.2014)"_s);
    QCOMPARE(text(model, MovementOfFundsModel::OpeningRow, MovementOfFundsModel::AmountColumn),
             u"104,00"_s);
    QCOMPARE(text(model, MovementOfFundsModel::ChargedRow, MovementOfFundsModel::AmountColumn),
             u"1\u00a0971,84"_s);
    QCOMPARE(text(model, MovementOfFundsModel::RecalculatedRow, MovementOfFundsModel::AmountColumn),
             u"-10,40"_s);
    QCOMPARE(text(model, MovementOfFundsModel::PaidRow, MovementOfFundsModel::ItemColumn),
             u"Payments received"_s);
    QCOMPARE(text(model, MovementOfFundsModel::PaidRow, MovementOfFundsModel::AmountColumn),
             u"1\u00a0840,00"_s);
    QCOMPARE(text(model, MovementOfFundsModel::ClosingRow, MovementOfFundsModel::ItemColumn),
             u"Debt at the end of the period (31.12.2014)"_s);
    QCOMPARE(text(model, MovementOfFundsModel::ClosingRow, MovementOfFundsModel::AmountColumn),
             u"225,44"_s);
    QCOMPARE(model.index(MovementOfFundsModel::ClosingRow, MovementOfFundsModel::AmountColumn)
                 .data(MovementOfFundsModel::KopecksRole)
                 .toLongLong(),
             22544);
    QVERIFY(
        model.index(MovementOfFundsModel::ClosingRow, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(MovementOfFundsModel::ClosingRow, 1)
                .data(Qt::ForegroundRole)
                .value<QColor>()
                .isValid());
    // The end of a range that runs past the last closed period is that period's end.
    model.setMovement(movement(10400, 197184, -1040, 184000), Period(2014, 9));
    QCOMPARE(text(model, MovementOfFundsModel::ClosingRow, MovementOfFundsModel::ItemColumn),
             u"Debt at the end of the period (30.09.2014)"_s);
}

void TestMovementOfFundsModel::anOverpaymentAndNoDebt()
{
    MovementOfFundsModel model;
    model.setMovement(movement(0, 10000, 0, 25431));
    QCOMPARE(text(model, MovementOfFundsModel::OpeningRow, MovementOfFundsModel::ItemColumn),
             u"No debt at the start of the period (01.01.2014)"_s);
    QCOMPARE(text(model, MovementOfFundsModel::ClosingRow, MovementOfFundsModel::ItemColumn),
             u"Overpayment at the end of the period (31.12.2014)"_s);
    // The word carries the sign; the figure is unsigned, the role keeps the sign.
    QCOMPARE(text(model, MovementOfFundsModel::ClosingRow, MovementOfFundsModel::AmountColumn),
             u"154,31"_s);
    QCOMPARE(model.index(MovementOfFundsModel::ClosingRow, MovementOfFundsModel::AmountColumn)
                 .data(MovementOfFundsModel::KopecksRole)
                 .toLongLong(),
             -15431);
}

QTEST_MAIN(TestMovementOfFundsModel)
#include "tst_movementoffundsmodel.moc"
