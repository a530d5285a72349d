#include "charges/ChargeHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestChargeHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasNoRows();
    void aPeriodOfOneServiceIsItsOwnTotal();
    void aPeriodOfSeveralServicesGetsItsTotalRow();
    void theRangeTotalAddsUpTheLinesToTheKopeck();
    void headersNameBaseAndAdjustedCharges();
    void longHeadersWrapAtTheMiddleSpace();
};

namespace {

ChargeLine line(Period period, const QString& service, qint64 base, qint64 recalculation)
{
    ChargeLine result;
    result.accountId = 1;
    result.period = period;
    result.service = service;
    result.unit = u"кв.м."_s;
    result.quantityHundredths = 3160;
    result.tariff = Money::fromKopecks(520);
    result.baseCharge = Money::fromKopecks(base);
    result.recalculation = Money::fromKopecks(recalculation);
    result.total = Money::fromKopecks(base + recalculation);
    return result;
}

ChargeHistoryModel::RowKind kind(const ChargeHistoryModel& model, int row)
{
    return static_cast<ChargeHistoryModel::RowKind>(
        model.index(row, 0).data(ChargeHistoryModel::RowKindRole).toInt());
}

qint64 kopecks(const ChargeHistoryModel& model, int row, int column)
{
    return model.index(row, column).data(ChargeHistoryModel::KopecksRole).toLongLong();
}

} // namespace

void TestChargeHistoryModel::emptyHasNoRows()
{
    ChargeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalAdjusted(), Money());
    QVERIFY(model.periods().isEmpty());
}

void TestChargeHistoryModel::aPeriodOfOneServiceIsItsOwnTotal()
{
    ChargeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines({line(Period(2014, 9), u"Капитальный ремонт"_s, 16432, -1040),
                    line(Period(2014, 10), u"Капитальный ремонт"_s, 16432, 0)});
    // Two lines and the range's total, no total row per period.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(kind(model, 0), ChargeHistoryModel::RowKind::Line);
    QCOMPARE(kind(model, 1), ChargeHistoryModel::RowKind::Line);
    QCOMPARE(kind(model, 2), ChargeHistoryModel::RowKind::RangeTotal);
    QCOMPARE(model.index(0, ChargeHistoryModel::PeriodColumn).data().toString(),
             u"сентябрь 2014"_s);
    QCOMPARE(model.index(0, ChargeHistoryModel::BaseColumn).data().toString(), u"164,32"_s);
    QCOMPARE(model.index(0, ChargeHistoryModel::RecalculationColumn).data().toString(),
             u"-10,40"_s);
    QCOMPARE(model.index(0, ChargeHistoryModel::AdjustedColumn).data().toString(), u"153,92"_s);
    QCOMPARE(model.index(0, ChargeHistoryModel::QuantityColumn).data().toString(), u"31,60"_s);
    QCOMPARE(model.index(0, ChargeHistoryModel::TariffColumn).data().toString(), u"5,20"_s);
    QCOMPARE(model.baseCharge(Period(2014, 9)), Money::fromKopecks(16432));
    QCOMPARE(model.adjustedCharge(Period(2014, 9)), Money::fromKopecks(15392));
    QCOMPARE(model.adjustedCharge(Period(2014, 11)), Money());
    QCOMPARE(model.periods(), (QList<Period> {Period(2014, 9), Period(2014, 10)}));
    QCOMPARE(model.index(2, ChargeHistoryModel::PeriodColumn).data().toString(), u"TOTAL"_s);
    QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
}

void TestChargeHistoryModel::aPeriodOfSeveralServicesGetsItsTotalRow()
{
    ChargeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines({line(Period(2014, 8), u"Капитальный ремонт"_s, 100, 0),
                    line(Period(2014, 9), u"Капитальный ремонт"_s, 16432, 0),
                    line(Period(2014, 9), u"Пени"_s, 10, 20),
                    line(Period(2014, 10), u"Капитальный ремонт"_s, 16432, 0)});
    QCOMPARE(model.rowCount(), 6);
    const QList<ChargeHistoryModel::RowKind> kinds = {
        ChargeHistoryModel::RowKind::Line, ChargeHistoryModel::RowKind::Line,
        ChargeHistoryModel::RowKind::Line, ChargeHistoryModel::RowKind::PeriodTotal,
        ChargeHistoryModel::RowKind::Line, ChargeHistoryModel::RowKind::RangeTotal};
    for (int row = 0; row < kinds.size(); ++row)
        QCOMPARE(kind(model, row), kinds.at(row));
    QCOMPARE(model.index(3, ChargeHistoryModel::PeriodColumn).data().toString(),
             u"Total for сентябрь 2014"_s);
    QCOMPARE(model.index(3, ChargeHistoryModel::PeriodColumn)
                 .data(ChargeHistoryModel::PeriodKeyRole)
                 .toInt(),
             201409);
    QCOMPARE(kopecks(model, 3, ChargeHistoryModel::BaseColumn), 16442);
    QCOMPARE(kopecks(model, 3, ChargeHistoryModel::RecalculationColumn), 20);
    QCOMPARE(kopecks(model, 3, ChargeHistoryModel::AdjustedColumn), 16462);
    QVERIFY(model.index(3, ChargeHistoryModel::TariffColumn).data().toString().isEmpty());
    QVERIFY(model.index(3, ChargeHistoryModel::ServiceColumn).data().toString().isEmpty());
    QVERIFY(model.index(3, 0).data(Qt::FontRole).value<QFont>().bold());
}

void TestChargeHistoryModel::theRangeTotalAddsUpTheLinesToTheKopeck()
{
    ChargeHistoryModel model;
    // Amounts whose sum would drift in floating point (0,10 + 0,20), and a big one.
    model.setLines({line(Period(2014, 9), u"a"_s, 10, 20), line(Period(2014, 9), u"b"_s, 20, -5),
                    line(Period(2014, 10), u"a"_s, 123456789, 1)});
    const int total = model.rowCount() - 1;
    QCOMPARE(kind(model, total), ChargeHistoryModel::RowKind::RangeTotal);
    for (int column :
         {int(ChargeHistoryModel::BaseColumn), int(ChargeHistoryModel::RecalculationColumn),
          int(ChargeHistoryModel::AdjustedColumn)}) {
        qint64 sum = 0;
        for (int row = 0; row < total; ++row) {
            if (kind(model, row) == ChargeHistoryModel::RowKind::Line)
                sum += kopecks(model, row, column);
        }
        QCOMPARE(kopecks(model, total, column), sum);
        QCOMPARE(model.index(total, column).data().toString(), Money::fromKopecks(sum).toString());
    }
    QCOMPARE(model.totalBase(), Money::fromKopecks(123456819));
    QCOMPARE(model.totalRecalculation(), Money::fromKopecks(16));
    QCOMPARE(model.totalAdjusted(), Money::fromKopecks(123456835));
    QCOMPARE(model.index(total, ChargeHistoryModel::BaseColumn).data().toString(),
             u"1\u00a0234\u00a0568,19"_s);
}

void TestChargeHistoryModel::headersNameBaseAndAdjustedCharges()
{
    ChargeHistoryModel model;
    QCOMPARE(model.headerData(ChargeHistoryModel::BaseColumn, Qt::Horizontal).toString(),
             u"Base charge"_s);
    QCOMPARE(model.headerData(ChargeHistoryModel::AdjustedColumn, Qt::Horizontal).toString(),
             u"Adjusted\ncharge"_s);
    QCOMPARE(model.headerData(ChargeHistoryModel::PeriodColumn, Qt::Horizontal).toString(),
             u"Period"_s);
}

void TestChargeHistoryModel::longHeadersWrapAtTheMiddleSpace()
{
    QCOMPARE(ChargeHistoryModel::wrappedHeader(u"Скорректированное начисление"_s),
             u"Скорректированное\nначисление"_s);
    QCOMPARE(ChargeHistoryModel::wrappedHeader(u"Размер взноса"_s), u"Размер\nвзноса"_s);
    // The space nearest the middle, whichever side it is on.
    QCOMPARE(ChargeHistoryModel::wrappedHeader(u"Сумма к оплате за период"_s),
             u"Сумма к оплате\nза период"_s);
    QCOMPARE(ChargeHistoryModel::wrappedHeader(u"Площадь"_s), u"Площадь"_s);
    QCOMPARE(ChargeHistoryModel::wrappedHeader(u"Перерасчеты"_s), u"Перерасчеты"_s);
    QCOMPARE(ChargeHistoryModel::wrappedHeader(u"Одноединоеоченьдлинноеслово"_s),
             u"Одноединоеоченьдлинноеслово"_s);
}

QTEST_MAIN(TestChargeHistoryModel)
#include "tst_chargehistorymodel.moc"
