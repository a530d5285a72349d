#include "store/StoreValues.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// StoreValues::fromDate() writes the text of a date by hand rather than through
// QDate::toString() (docs/performance.md): it must still be exactly that text.
class TestStoreValues : public QObject
{
    Q_OBJECT

private slots:
    void aDateIsItsIsoText_data();
    void aDateIsItsIsoText();
    void everyDayOfFourYearsIsItsIsoText();
    void anInvalidDateIsNull();
};

void TestStoreValues::aDateIsItsIsoText_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");
    QTest::newRow("first year") << QDate(1, 1, 1) << u"0001-01-01"_s;
    QTest::newRow("three digits") << QDate(999, 12, 31) << u"0999-12-31"_s;
    QTest::newRow("leap day") << QDate(2000, 2, 29) << u"2000-02-29"_s;
    QTest::newRow("a payment") << QDate(2014, 9, 25) << u"2014-09-25"_s;
    QTest::newRow("last day") << QDate(9999, 12, 31) << u"9999-12-31"_s;
    // Outside four digits: whatever QDate::toString() gives (the schema refuses it anyway).
    QTest::newRow("five digits") << QDate(10000, 1, 1) << QDate(10000, 1, 1).toString(Qt::ISODate);
    QTest::newRow("before Christ") << QDate(-44, 3, 15) << QDate(-44, 3, 15).toString(Qt::ISODate);
}

void TestStoreValues::aDateIsItsIsoText()
{
    QFETCH(QDate, date);
    QFETCH(QString, text);
    const QVariant value = StoreValues::fromDate(date);
    QCOMPARE(value.typeId(), QMetaType::QString);
    QCOMPARE(value.toString(), text);
    if (!text.isEmpty())
        QCOMPARE(StoreValues::toDate(value), date);
}

void TestStoreValues::everyDayOfFourYearsIsItsIsoText()
{
    for (QDate date(2011, 1, 1); date < QDate(2015, 1, 1); date = date.addDays(1))
        QCOMPARE(StoreValues::fromDate(date).toString(), date.toString(Qt::ISODate));
}

void TestStoreValues::anInvalidDateIsNull()
{
    const QVariant value = StoreValues::fromDate(QDate());
    QVERIFY(value.isNull());
    QCOMPARE(value.typeId(), QMetaType::QString);
    QCOMPARE(StoreValues::toDate(value), QDate());
}

QTEST_GUILESS_MAIN(TestStoreValues)
#include "tst_storevalues.moc"
