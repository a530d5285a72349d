#include "building/FieldTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Field = FieldTableModel::Field;

class TestFieldTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsNamesAndValues();
    void moneyKeepsItsKopecksAndLinesUpRight();
    void unknownValuesAreGreyed();
    void findsRowsByKey();
};

void TestFieldTableModel::showsNamesAndValues()
{
    FieldTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setFields({{u"floors"_s, u"Floors"_s, u"5"_s, {}, true},
                     {u"roof"_s, u"Roof"_s, u"Скатная"_s, {}, true}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, FieldTableModel::NameColumn).data().toString(), u"Floors"_s);
    QCOMPARE(model.index(1, FieldTableModel::ValueColumn).data().toString(), u"Скатная"_s);
    QCOMPARE(model.index(1, FieldTableModel::NameColumn).data(FieldTableModel::KeyRole).toString(),
             u"roof"_s);
    QVERIFY(
        !model.index(0, FieldTableModel::ValueColumn).data(FieldTableModel::KopecksRole).isValid());
}

void TestFieldTableModel::moneyKeepsItsKopecksAndLinesUpRight()
{
    FieldTableModel model;
    model.setFields({{u"paid"_s, u"Paid"_s, u"1 200,05 ₽"_s, Money::fromKopecks(120005), true},
                     {u"year"_s, u"Year"_s, u"1968"_s, {}, true}});
    const QModelIndex paid = model.index(0, FieldTableModel::ValueColumn);
    QCOMPARE(paid.data(FieldTableModel::KopecksRole).toLongLong(), 120005);
    QCOMPARE(paid.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    // The name of an amount is no amount.
    QVERIFY(
        !model.index(0, FieldTableModel::NameColumn).data(FieldTableModel::KopecksRole).isValid());
    QCOMPARE(model.index(1, FieldTableModel::ValueColumn)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>()
                 & Qt::AlignHorizontal_Mask,
             Qt::AlignLeft);
}

void TestFieldTableModel::unknownValuesAreGreyed()
{
    FieldTableModel model;
    model.setFields({{u"year"_s, u"Year"_s, u"not given"_s, {}, false},
                     {u"floors"_s, u"Floors"_s, u"5"_s, {}, true}});
    QVERIFY(model.index(0, FieldTableModel::ValueColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(1, FieldTableModel::ValueColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, FieldTableModel::NameColumn).data(Qt::ForegroundRole).isValid());
}

void TestFieldTableModel::findsRowsByKey()
{
    FieldTableModel model;
    model.setFields({{u"a"_s, u"A"_s, {}, {}, true}, {u"b"_s, u"B"_s, {}, {}, true}});
    QCOMPARE(model.rowOf(u"b"_s), 1);
    QCOMPARE(model.rowOf(u"c"_s), -1);
    model.setFields({});
    QCOMPARE(model.rowOf(u"b"_s), -1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestFieldTableModel)
#include "tst_fieldtablemodel.moc"
