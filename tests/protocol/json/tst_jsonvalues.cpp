#include "protocol/json/JsonValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

class TestJsonValues : public QObject
{
    Q_OBJECT

private slots:
    void safeIntegerRange();
    void integersAreWrittenExactly();
    void optionalsAreNull();
    void periods();
    void parseDate_data();
    void parseDate();
    void dateRoundTripOverYears();
    void parseInstant_data();
    void parseInstant();
    void instantIsWrittenInUtc();
    void instantKeepsMilliseconds();
    void stringList();
};

void TestJsonValues::safeIntegerRange()
{
    // 2^53 − 1 is the largest integer after which doubles skip integers.
    const double limit = double(JsonValues::maxSafeInteger);
    QCOMPARE(qint64(limit), JsonValues::maxSafeInteger);
    QCOMPARE(limit + 1.0, std::ldexp(1.0, 53));
    QCOMPARE(std::ldexp(1.0, 53) + 1.0, std::ldexp(1.0, 53)); // 2^53 + 1 is not representable
    QVERIFY(JsonValues::isSafeInteger(JsonValues::maxSafeInteger));
    QVERIFY(JsonValues::isSafeInteger(-JsonValues::maxSafeInteger));
    QVERIFY(!JsonValues::isSafeInteger(JsonValues::maxSafeInteger + 1));
    QVERIFY(!JsonValues::isSafeInteger(-JsonValues::maxSafeInteger - 1));
}

void TestJsonValues::integersAreWrittenExactly()
{
    const QJsonObject object {
        {u"max"_s, JsonValues::integer(JsonValues::maxSafeInteger)},
        {u"min"_s, JsonValues::money(Money::fromKopecks(-JsonValues::maxSafeInteger))},
        {u"debt"_s, JsonValues::money(Money::fromKopecks(22025))},
        {u"overpaid"_s, JsonValues::money(Money::fromKopecks(-1040))},
    };
    QCOMPARE(QJsonDocument(object).toJson(QJsonDocument::Compact),
             QByteArray(R"({"debt":22025,"max":9007199254740991,"min":-9007199254740991,)"
                        R"("overpaid":-1040})"));
}

void TestJsonValues::optionalsAreNull()
{
    QVERIFY(JsonValues::optionalInteger(std::nullopt).isNull());
    QCOMPARE(JsonValues::optionalInteger(0).toInteger(-1), 0);
    QVERIFY(JsonValues::optionalMoney(std::nullopt).isNull());
    QCOMPARE(JsonValues::optionalMoney(Money::fromKopecks(-5)).toInteger(), -5);
    QVERIFY(JsonValues::optionalString(QString()).isNull());
    QCOMPARE(JsonValues::optionalString(u"Ответ"_s).toString(), u"Ответ"_s);
    QVERIFY(JsonValues::date(QDate()).isNull());
    QVERIFY(JsonValues::date(QDate(2014, 2, 30)).isNull());
    QVERIFY(JsonValues::instant(QDateTime()).isNull());
    QVERIFY(JsonValues::period(Period()).isNull());
}

void TestJsonValues::periods()
{
    QCOMPARE(JsonValues::period(Period(2014, 9)).toString(), u"2014-09"_s);
    QCOMPARE(JsonValues::period(Period(1900, 1)).toString(), u"1900-01"_s);
}

void TestJsonValues::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("example") << u"2014-09-25"_s << QDate(2014, 9, 25);
    QTest::newRow("leap day") << u"2016-02-29"_s << QDate(2016, 2, 29);
    QTest::newRow("year 1") << u"0001-01-01"_s << QDate(1, 1, 1);
    QTest::newRow("no leap day") << u"2014-02-29"_s << QDate();
    QTest::newRow("year 0") << u"0000-01-01"_s << QDate();
    QTest::newRow("month 13") << u"2014-13-01"_s << QDate();
    QTest::newRow("day 0") << u"2014-09-00"_s << QDate();
    QTest::newRow("unpadded") << u"2014-9-25"_s << QDate();
    QTest::newRow("slashes") << u"2014/09/25"_s << QDate();
    QTest::newRow("russian order") << u"25.09.2014"_s << QDate();
    QTest::newRow("with time") << u"2014-09-25T00:00:00Z"_s << QDate();
    QTest::newRow("trailing space") << u"2014-09-25 "_s << QDate();
    QTest::newRow("sign") << u"+2014-09-25"_s << QDate();
    QTest::newRow("arabic-indic digits") << u"٢٠١٤-09-25"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestJsonValues::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(JsonValues::parseDate(text), date);
    if (date.isValid())
        QCOMPARE(JsonValues::dateToString(date), text);
}

void TestJsonValues::dateRoundTripOverYears()
{
    for (QDate date(1900, 1, 1); date.year() <= 2100; date = date.addDays(13)) {
        const QString text = JsonValues::dateToString(date);
        QCOMPARE(text.size(), 10);
        QCOMPARE(JsonValues::parseDate(text), date);
    }
}

void TestJsonValues::parseInstant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("instant");
    const QDate day(2014, 9, 25);
    QTest::newRow("example") << u"2014-09-25T10:15:00Z"_s << QDateTime(day, QTime(10, 15), Qt::UTC);
    QTest::newRow("milliseconds") << u"2014-09-25T10:15:00.250Z"_s
                                  << QDateTime(day, QTime(10, 15, 0, 250), Qt::UTC);
    QTest::newRow("tenths") << u"2014-09-25T10:15:00.5Z"_s
                            << QDateTime(day, QTime(10, 15, 0, 500), Qt::UTC);
    QTest::newRow("hundredths") << u"2014-09-25T10:15:00.05Z"_s
                                << QDateTime(day, QTime(10, 15, 0, 50), Qt::UTC);
    QTest::newRow("end of day") << u"2014-09-25T23:59:59Z"_s
                                << QDateTime(day, QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("no zone") << u"2014-09-25T10:15:00"_s << QDateTime();
    QTest::newRow("offset") << u"2014-09-25T10:15:00+03:00"_s << QDateTime();
    QTest::newRow("zero offset") << u"2014-09-25T10:15:00+00:00"_s << QDateTime();
    QTest::newRow("lower-case z") << u"2014-09-25T10:15:00z"_s << QDateTime();
    QTest::newRow("space") << u"2014-09-25 10:15:00Z"_s << QDateTime();
    QTest::newRow("no seconds") << u"2014-09-25T10:15Z"_s << QDateTime();
    QTest::newRow("hour 24") << u"2014-09-25T24:00:00Z"_s << QDateTime();
    QTest::newRow("leap second") << u"2014-09-25T23:59:60Z"_s << QDateTime();
    QTest::newRow("empty fraction") << u"2014-09-25T10:15:00.Z"_s << QDateTime();
    QTest::newRow("microseconds") << u"2014-09-25T10:15:00.250000Z"_s << QDateTime();
    QTest::newRow("bad day") << u"2014-09-31T10:15:00Z"_s << QDateTime();
    QTest::newRow("date only") << u"2014-09-25"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestJsonValues::parseInstant()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, instant);
    const QDateTime parsed = JsonValues::parseInstant(text);
    QCOMPARE(parsed.isValid(), instant.isValid());
    if (!instant.isValid())
        return;
    QCOMPARE(parsed, instant);
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TestJsonValues::instantIsWrittenInUtc()
{
    // 13:15 in Moscow (UTC+3 since 2014-10-26, UTC+4 before) is 09:15 UTC on this date.
    const QDateTime moscow(QDate(2014, 9, 25), QTime(13, 15), QTimeZone("Europe/Moscow"));
    QVERIFY(moscow.isValid());
    QCOMPARE(JsonValues::instantToString(moscow), u"2014-09-25T09:15:00Z"_s);
    const QDateTime offset(QDate(2014, 9, 25), QTime(1, 0), Qt::OffsetFromUTC, 3 * 3600);
    QCOMPARE(JsonValues::instant(offset).toString(), u"2014-09-24T22:00:00Z"_s);
    QCOMPARE(JsonValues::instantToString(QDateTime()), QString());
}

void TestJsonValues::instantKeepsMilliseconds()
{
    const QDateTime instant(QDate(2014, 9, 25), QTime(10, 15, 0, 7), Qt::UTC);
    const QString text = JsonValues::instantToString(instant);
    QCOMPARE(text, u"2014-09-25T10:15:00.007Z"_s);
    QCOMPARE(JsonValues::parseInstant(text), instant);
}

void TestJsonValues::stringList()
{
    const QStringList list {u"Центральное отопление"_s, u"Лифт"_s};
    const QJsonArray array = JsonValues::stringList(list);
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toString(), list.at(0));
    QCOMPARE(array.at(1).toString(), list.at(1));
    QVERIFY(JsonValues::stringList({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonValues)
#include "tst_jsonvalues.moc"
