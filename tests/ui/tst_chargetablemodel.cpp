#include "accounts/ChargeTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestChargeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasNoTotalRow();
    void showsLinesAndTheirTotal();
    void headersNameTheColumns();
};

namespace {

ChargeLine line(const QString& service, qint64 quantity, qint64 tariff, qint64 base,
                qint64 recalculation)
{
    ChargeLine result;
    result.accountId = 1;
    result.period = Period(2014, 9);
    result.service = service;
    result.unit = u"кв.м."_s;
    result.quantityHundredths = quantity;
    result.tariff = Money::fromKopecks(tariff);
    result.baseCharge = Money::fromKopecks(base);
    result.recalculation = Money::fromKopecks(recalculation);
    result.total = Money::fromKopecks(base + recalculation);
    return result;
}

} // namespace

void TestChargeTableModel::emptyHasNoTotalRow()
{
    ChargeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTotalRow(0));
}

void TestChargeTableModel::showsLinesAndTheirTotal()
{
    ChargeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Amounts whose sum would drift in floating point (0,10 + 0,20).
    const QList<ChargeLine> lines = {line(u"Капитальный ремонт"_s, 3160, 520, 16432, 0),
                                     line(u"Пени"_s, 100, 10, 10, 20),
                                     line(u"Перерасчет"_s, 5, 1, 123456789, -5)};
    model.setLines(lines);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ChargeTableModel::ColumnCount));
    QCOMPARE(model.index(0, ChargeTableModel::ServiceColumn).data().toString(),
             u"Капитальный ремонт"_s);
    QCOMPARE(model.index(0, ChargeTableModel::QuantityColumn).data().toString(), u"31,60"_s);
    QCOMPARE(model.index(0, ChargeTableModel::TariffColumn).data().toString(), u"5,20"_s);
    QCOMPARE(model.index(0, ChargeTableModel::ChargedColumn).data().toString(), u"164,32"_s);
    QCOMPARE(model.index(0, ChargeTableModel::RecalculationColumn).data().toString(), u"0,00"_s);
    QCOMPARE(model.index(2, ChargeTableModel::RecalculationColumn).data().toString(), u"-0,05"_s);

    QVERIFY(model.isTotalRow(3));
    QVERIFY(!model.isTotalRow(2));
    QCOMPARE(model.index(3, ChargeTableModel::ServiceColumn).data().toString(), u"TOTAL"_s);
    QVERIFY(model.index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(3, ChargeTableModel::TariffColumn).data().toString().isEmpty());
    for (int column :
         {int(ChargeTableModel::ChargedColumn), int(ChargeTableModel::RecalculationColumn),
          int(ChargeTableModel::TotalColumn)}) {
        qint64 sum = 0;
        for (int row = 0; row < 3; ++row)
            sum += model.index(row, column).data(ChargeTableModel::KopecksRole).toLongLong();
        QCOMPARE(model.index(3, column).data(ChargeTableModel::KopecksRole).toLongLong(), sum);
        QCOMPARE(model.index(3, column).data().toString(), Money::fromKopecks(sum).toString());
    }
    QCOMPARE(model.total(), Money::fromKopecks(16432 + 30 + 123456784));
    QCOMPARE(model.index(3, ChargeTableModel::TotalColumn).data().toString(),
             u"1 234 732,46"_s.replace(u' ', QChar(0x00A0)));
}

void TestChargeTableModel::headersNameTheColumns()
{
    ChargeTableModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers,
             QStringList({u"Service"_s, u"Unit"_s, u"Area"_s, u"Contribution rate"_s, u"Charged"_s,
                          u"Recalculation"_s, u"Total charged"_s}));
}

QTEST_MAIN(TestChargeTableModel)
#include "tst_chargetablemodel.moc"
