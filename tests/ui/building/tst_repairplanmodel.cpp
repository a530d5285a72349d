#include "building/RepairPlanModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Status = CapitalRepairWork::Status;

class TestRepairPlanModel : public QObject
{
    Q_OBJECT

private slots:
    void periodsReadAsThePlanIsMade_data();
    void periodsReadAsThePlanIsMade();
    void rowsCarryTheWorksFigures();
    void aWorkNotEstimatedHasNoCost();
};

void TestRepairPlanModel::periodsReadAsThePlanIsMade_data()
{
    QTest::addColumn<Period>("from");
    QTest::addColumn<Period>("to");
    QTest::addColumn<QString>("text");
    QTest::newRow("a year") << Period(2016, 1) << Period(2016, 12) << u"2016"_s;
    QTest::newRow("years") << Period(2016, 1) << Period(2018, 12) << u"2016–2018"_s;
    QTest::newRow("a month") << Period(2014, 9) << Period(2014, 9) << u"09.2014"_s;
    QTest::newRow("months") << Period(2014, 9) << Period(2015, 3) << u"09.2014 – 03.2015"_s;
    QTest::newRow("from January") << Period(2016, 1) << Period(2016, 6) << u"01.2016 – 06.2016"_s;
    QTest::newRow("invalid") << Period() << Period(2016, 6) << QString();
}

void TestRepairPlanModel::periodsReadAsThePlanIsMade()
{
    QFETCH(Period, from);
    QFETCH(Period, to);
    QFETCH(QString, text);
    QCOMPARE(RepairPlanModel::periodText(from, to), text);
}

void TestRepairPlanModel::rowsCarryTheWorksFigures()
{
    RepairPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorks({
        {5, 2, u"Ремонт крыши"_s, Period(2016, 1), Period(2016, 12), Status::Completed,
         Money::fromKopecks(120000099)},
        {6, 2, u"Ремонт фасада"_s, Period(2025, 1), Period(2026, 12), Status::Postponed, {}},
    });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, RepairPlanModel::WorkColumn).toString(), u"Ремонт крыши"_s);
    QCOMPARE(cell(0, RepairPlanModel::PeriodColumn).toString(), u"2016"_s);
    QCOMPARE(cell(0, RepairPlanModel::StatusColumn).toString(), u"Completed"_s);
    QCOMPARE(cell(0, RepairPlanModel::StatusColumn, RepairPlanModel::StatusKeyRole).toString(),
             u"completed"_s);
    QCOMPARE(cell(0, RepairPlanModel::CostColumn).toString(), u"1\u00A0200\u00A0000,99"_s);
    QCOMPARE(cell(0, RepairPlanModel::CostColumn, RepairPlanModel::KopecksRole).toLongLong(),
             120000099);
    QCOMPARE(cell(0, RepairPlanModel::WorkColumn, RepairPlanModel::WorkIdRole).toLongLong(), 5);
    QCOMPARE(
        cell(1, RepairPlanModel::WorkColumn, RepairPlanModel::PeriodKeysRole).value<QList<int>>(),
        (QList<int> {202501, 202612}));
    QCOMPARE(cell(1, RepairPlanModel::StatusColumn).toString(), u"Postponed"_s);
    // Every status has its words.
    for (Status status : {Status::Planned, Status::InProgress, Status::Completed, Status::Postponed,
                          Status::Cancelled})
        QVERIFY(!RepairPlanModel::statusText(status).isEmpty());
}

void TestRepairPlanModel::aWorkNotEstimatedHasNoCost()
{
    RepairPlanModel model;
    model.setWorks(
        {{7, 2, u"Ремонт лифта"_s, Period(2030, 1), Period(2030, 12), Status::Planned, {}}});
    const QModelIndex cost = model.index(0, RepairPlanModel::CostColumn);
    QCOMPARE(cost.data().toString(), u"not estimated"_s);
    QVERIFY(!cost.data(RepairPlanModel::KopecksRole).isValid());
    QVERIFY(cost.data(Qt::ForegroundRole).isValid());
}

QTEST_MAIN(TestRepairPlanModel)
#include "tst_repairplanmodel.moc"
