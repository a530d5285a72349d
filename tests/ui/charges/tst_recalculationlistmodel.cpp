#include "charges/RecalculationListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRecalculationListModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasNoTotalRow();
    void listsEachWithItsPeriodsAndReason();
    void splitsCurrentAndPastPeriods();
};

namespace {

Recalculation recalculation(qint64 id, Period appliedIn, Period corrects, qint64 amount,
                            const QString& reason)
{
    return Recalculation {id, 1, appliedIn, corrects, Money::fromKopecks(amount), reason};
}

} // namespace

void TestRecalculationListModel::emptyHasNoTotalRow()
{
    RecalculationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTotalRow(0));
}

void TestRecalculationListModel::listsEachWithItsPeriodsAndReason()
{
    RecalculationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecalculations(
        {recalculation(9, Period(2014, 9), Period(2014, 6), -1040, u"Уточнение площади"_s)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RecalculationListModel::AppliedInColumn).data().toString(),
             u"сентябрь 2014"_s);
    QCOMPARE(model.index(0, RecalculationListModel::CorrectsColumn).data().toString(),
             u"июнь 2014"_s);
    QCOMPARE(model.index(0, RecalculationListModel::KindColumn).data().toString(),
             u"Past period"_s);
    QCOMPARE(model.index(0, RecalculationListModel::AmountColumn).data().toString(), u"-10,40"_s);
    QCOMPARE(model.index(0, RecalculationListModel::ReasonColumn).data().toString(),
             u"Уточнение площади"_s);
    QVERIFY(model.isTotalRow(1));
    QCOMPARE(model.index(1, RecalculationListModel::AppliedInColumn).data().toString(), u"TOTAL"_s);
    QCOMPARE(model.index(1, RecalculationListModel::AmountColumn)
                 .data(RecalculationListModel::KopecksRole)
                 .toLongLong(),
             -1040);
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
}

void TestRecalculationListModel::splitsCurrentAndPastPeriods()
{
    RecalculationListModel model;
    model.setRecalculations({recalculation(1, Period(2020, 3), Period(2020, 3), 510, u"Проверка"_s),
                             recalculation(2, Period(2020, 3), Period(2019, 12), -30, u"Площадь"_s),
                             recalculation(3, Period(2020, 4), Period(2019, 1), -1, u"Площадь"_s)});
    QCOMPARE(model.index(0, RecalculationListModel::KindColumn).data().toString(),
             u"Current period"_s);
    QCOMPARE(model.totalForCurrentPeriods(), Money::fromKopecks(510));
    QCOMPARE(model.totalForPastPeriods(), Money::fromKopecks(-31));
    QCOMPARE(model.total(), Money::fromKopecks(479));
    QCOMPARE(model.index(3, RecalculationListModel::AmountColumn).data().toString(), u"4,79"_s);
}

QTEST_MAIN(TestRecalculationListModel)
#include "tst_recalculationlistmodel.moc"
