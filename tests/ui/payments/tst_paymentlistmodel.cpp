#include "payments/PaymentListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPaymentListModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasNoTotalRow();
    void showsDateAmountAndSourceAndTheirTotal();
};

void TestPaymentListModel::emptyHasNoTotalRow()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTotalRow(0));
}

void TestPaymentListModel::showsDateAmountAndSourceAndTheirTotal()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPayments(
        {Payment {51, 1, QDate(2014, 9, 25), Money::fromKopecks(22025), u"Сбербанк"_s},
         Payment {52, 1, QDate(2014, 10, 3), Money::fromKopecks(10), u"ВТБ"_s},
         Payment {53, 1, QDate(2014, 11, 3), Money::fromKopecks(20), u"ВТБ"_s}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, PaymentListModel::DateColumn).data().toString(), u"25.09.2014"_s);
    QCOMPARE(model.index(0, PaymentListModel::DateColumn).data(PaymentListModel::DateRole).toDate(),
             QDate(2014, 9, 25));
    QCOMPARE(model.index(0, PaymentListModel::AmountColumn).data().toString(), u"220,25"_s);
    QCOMPARE(model.index(0, PaymentListModel::SourceColumn).data().toString(), u"Сбербанк"_s);
    QVERIFY(model.isTotalRow(3));
    QCOMPARE(model.index(3, PaymentListModel::DateColumn).data().toString(), u"TOTAL"_s);
    QCOMPARE(model.index(3, PaymentListModel::AmountColumn).data().toString(), u"220,55"_s);
    QCOMPARE(model.index(3, PaymentListModel::AmountColumn)
                 .data(PaymentListModel::KopecksRole)
                 .toLongLong(),
             22055);
    QCOMPARE(model.total(), Money::fromKopecks(22055));
    QVERIFY(model.index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(3, 0).data(PaymentListModel::DateRole).isValid());
}

QTEST_MAIN(TestPaymentListModel)
#include "tst_paymentlistmodel.moc"
