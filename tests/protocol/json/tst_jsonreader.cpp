#include "JsonTestSupport.h"
#include "protocol/json/JsonReader.h"
#include "protocol/types/Building.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Reason = JsonError::Reason;
using JsonTest::error;

namespace {

// A decoder of one field, for the generic checks.
struct Sample
{
    QString text;
    qint64 integer = 0;
    Money money;
    bool operator==(const Sample&) const = default;
};

std::optional<Sample> decodeSample(const QJsonObject& object, JsonError* failure)
{
    JsonReader reader(object);
    Sample sample;
    sample.text = reader.string(u"text");
    sample.integer = reader.integer(u"integer");
    sample.money = reader.money(u"moneyKopecks");
    return reader.result(sample, failure);
}

std::optional<QJsonObject> parseBody(const char* body, JsonError* failure)
{
    return JsonReader::parseObject(QByteArray(body), failure);
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void parseObject();
    void readsEveryKind();
    void absentAndNullOptionals();
    void requiredAndWrongTypes();
    void integersFromText_data();
    void integersFromText();
    void int32Range();
    void periodsDatesInstants();
    void enumeration();
    void url();
    void stringListElements();
    void nestedErrorsNameThePath();
    void firstErrorWins();
    void failByCodec();
    void unknownFieldsIgnored();
    void resultLeavesErrorAloneOnSuccess();
};

void TestJsonReader::parseObject()
{
    JsonError failure;
    QVERIFY(!parseBody("{\"a\": ", &failure));
    QCOMPARE(failure, error(Reason::NotJson, QString()));
    QVERIFY(!parseBody("", &failure));
    QCOMPARE(failure.reason, Reason::NotJson);
    QVERIFY(!parseBody("[1, 2]", &failure));
    QCOMPARE(failure, error(Reason::NotAnObject, QString()));
    QVERIFY(!parseBody("\"text\"", &failure));
    QCOMPARE(failure.reason, Reason::NotJson); // Qt accepts only objects and arrays at the top
    QVERIFY(!failure.message.isEmpty());

    const std::optional<QJsonObject> object =
        JsonReader::parseObject(u"{\"name\": \"Лебедка\", \"n\": 1}"_s.toUtf8(), nullptr);
    QVERIFY(object);
    QCOMPARE(object->value(u"name").toString(), u"Лебедка"_s);
}

void TestJsonReader::readsEveryKind()
{
    const QJsonObject object =
        JsonTest::parse(uR"({"s": "Капитальный ремонт", "b": false, "i": -42, "i32": 2147483647,
             "m": -1040, "p": "2014-09", "d": "2014-09-25", "t": "2014-09-25T10:15:00Z",
             "u": "https://fkr.example.ru/", "l": ["a", "б"], "e": "special_account",
             "o": {"s": "inner"}, "a": [{"s": "1"}, {"s": "2"}]})"_s);
    JsonReader reader(object);
    QCOMPARE(reader.string(u"s"), u"Капитальный ремонт"_s);
    QCOMPARE(reader.boolean(u"b"), false);
    QCOMPARE(reader.integer(u"i"), -42);
    QCOMPARE(reader.int32(u"i32"), 2147483647);
    QCOMPARE(reader.money(u"m"), Money::fromKopecks(-1040));
    QCOMPARE(reader.period(u"p"), Period(2014, 9));
    QCOMPARE(reader.date(u"d"), QDate(2014, 9, 25));
    QCOMPARE(reader.instant(u"t"), QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC));
    QCOMPARE(reader.optionalUrl(u"u"), QUrl(u"https://fkr.example.ru/"_s));
    QCOMPARE(reader.stringList(u"l"), QStringList({u"a"_s, u"б"_s}));
    QCOMPARE(reader.enumeration<Building::FundAccount>(u"e", Building::fundAccountFromKey),
             Building::FundAccount::SpecialAccount);
    const auto decodeInner = [](const QJsonObject& inner, JsonError* failure) {
        JsonReader innerReader(inner);
        const QString s = innerReader.string(u"s");
        return innerReader.result(s, failure);
    };
    QCOMPARE(reader.object<QString>(u"o", decodeInner), u"inner"_s);
    QCOMPARE(reader.objectList<QString>(u"a", decodeInner), QStringList({u"1"_s, u"2"_s}));
    QVERIFY(reader.isOk());
    QCOMPARE(reader.error(), JsonError());
}

void TestJsonReader::absentAndNullOptionals()
{
    const QJsonObject object = JsonTest::parse(
        uR"({"s": null, "i": null, "m": null, "p": null, "d": null, "t": null, "u": null,
             "empty": ""})"_s);
    JsonReader reader(object);
    for (const QStringView key : {u"s", u"absent"}) {
        QVERIFY(reader.optionalString(key).isEmpty());
        QCOMPARE(reader.optionalInteger(key), std::nullopt);
        QCOMPARE(reader.optionalMoney(key), std::nullopt);
        QVERIFY(!reader.optionalPeriod(key).isValid());
        QVERIFY(reader.optionalDate(key).isNull());
        QVERIFY(!reader.optionalInstant(key).isValid());
        QVERIFY(reader.optionalUrl(key).isEmpty());
    }
    QCOMPARE(reader.optionalInteger(u"i"), std::nullopt);
    QCOMPARE(reader.optionalMoney(u"m"), std::nullopt);
    QVERIFY(reader.optionalUrl(u"empty").isEmpty());
    QVERIFY(reader.isOk());

    // Optional means "may be null", not "may be anything".
    JsonReader strict(JsonTest::parse(uR"({"i": "5", "d": 20140925, "m": 1.5})"_s));
    QCOMPARE(strict.optionalMoney(u"m"), std::nullopt);
    QCOMPARE(strict.error(), error(Reason::NotAnInteger, u"m"_s));
    JsonReader strictDate(JsonTest::parse(uR"({"d": 20140925})"_s));
    QVERIFY(strictDate.optionalDate(u"d").isNull());
    QCOMPARE(strictDate.error(), error(Reason::WrongType, u"d"_s));
    JsonReader strictInteger(JsonTest::parse(uR"({"i": "5"})"_s));
    QCOMPARE(strictInteger.optionalInteger(u"i"), std::nullopt);
    QCOMPARE(strictInteger.error(), error(Reason::WrongType, u"i"_s));
}

void TestJsonReader::requiredAndWrongTypes()
{
    const QJsonObject valid =
        JsonTest::parse(uR"({"text": "Сбербанк", "integer": 7, "moneyKopecks": 22025})"_s);
    JsonTest::checkRequiredFields(decodeSample, valid, {});
    if (QTest::currentTestFailed())
        return;
    JsonTest::checkWrongTypes(decodeSample, valid);
    if (QTest::currentTestFailed())
        return;
    JsonTest::checkIntegerField(decodeSample, valid, u"integer"_s, JsonTest::Width::Safe53);
    if (QTest::currentTestFailed())
        return;
    JsonTest::checkIntegerField(decodeSample, valid, u"moneyKopecks"_s, JsonTest::Width::Safe53);
}

void TestJsonReader::integersFromText_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<int>("reason");
    QTest::addColumn<qint64>("value");
    const int ok = int(Reason::None);
    QTest::newRow("zero") << QByteArray("0") << ok << qint64(0);
    QTest::newRow("negative zero") << QByteArray("-0") << ok << qint64(0);
    QTest::newRow("whole with point") << QByteArray("22025.0") << ok << qint64(22025);
    QTest::newRow("exponent") << QByteArray("1e2") << ok << qint64(100);
    QTest::newRow("largest safe") << QByteArray("9007199254740991") << ok
                                  << JsonValues::maxSafeInteger;
    QTest::newRow("smallest safe")
        << QByteArray("-9007199254740991") << ok << -JsonValues::maxSafeInteger;
    QTest::newRow("2^53") << QByteArray("9007199254740992") << int(Reason::OutOfRange) << qint64(0);
    QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << int(Reason::OutOfRange)
                              << qint64(0);
    QTest::newRow("-2^53") << QByteArray("-9007199254740992") << int(Reason::OutOfRange)
                           << qint64(0);
    QTest::newRow("1e20") << QByteArray("1e20") << int(Reason::OutOfRange) << qint64(0);
    QTest::newRow("beyond qint64")
        << QByteArray("92233720368547758070") << int(Reason::OutOfRange) << qint64(0);
    QTest::newRow("1e400") << QByteArray("1e400") << int(Reason::OutOfRange) << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << int(Reason::NotAnInteger) << qint64(0);
    QTest::newRow("rouble and kopecks")
        << QByteArray("220.25") << int(Reason::NotAnInteger) << qint64(0);
    QTest::newRow("tiny") << QByteArray("1e-7") << int(Reason::NotAnInteger) << qint64(0);
    QTest::newRow("string") << QByteArray("\"22025\"") << int(Reason::WrongType) << qint64(0);
    QTest::newRow("bool") << QByteArray("true") << int(Reason::WrongType) << qint64(0);
    QTest::newRow("array") << QByteArray("[22025]") << int(Reason::WrongType) << qint64(0);
}

void TestJsonReader::integersFromText()
{
    QFETCH(QByteArray, number);
    QFETCH(int, reason);
    QFETCH(qint64, value);
    JsonError failure;
    const std::optional<QJsonObject> object =
        JsonReader::parseObject("{\"amountKopecks\": " + number + "}", &failure);
    if (!object) {
        // Qt's parser refuses numbers a double cannot hold at all; that is a refusal too.
        QCOMPARE(failure.reason, Reason::NotJson);
        QCOMPARE(reason, int(Reason::OutOfRange));
        return;
    }
    JsonReader reader(*object);
    const Money amount = reader.money(u"amountKopecks");
    QCOMPARE(int(reader.error().reason), reason);
    if (reason == int(Reason::None))
        QCOMPARE(amount.kopecks(), value);
    else
        QCOMPARE(reader.error().field, u"amountKopecks"_s);
}

void TestJsonReader::int32Range()
{
    JsonReader reader(JsonTest::parse(
        uR"({"max": 2147483647, "min": -2147483648, "over": 2147483648, "under": -2147483649})"_s));
    QCOMPARE(reader.int32(u"max"), 2147483647);
    QCOMPARE(reader.int32(u"min"), -2147483647 - 1);
    QCOMPARE(reader.int32(u"over"), 0);
    QCOMPARE(reader.error(), error(Reason::OutOfRange, u"over"_s));
    JsonReader under(JsonTest::parse(uR"({"under": -2147483649})"_s));
    QCOMPARE(under.int32(u"under"), 0);
    QCOMPARE(under.error(), error(Reason::OutOfRange, u"under"_s));
}

void TestJsonReader::periodsDatesInstants()
{
    JsonReader period(JsonTest::parse(uR"({"from": "2014-9"})"_s));
    QVERIFY(!period.period(u"from").isValid());
    QCOMPARE(period.error(), error(Reason::BadPeriod, u"from"_s));

    JsonReader optionalPeriod(JsonTest::parse(uR"({"from": "2014-13"})"_s));
    QVERIFY(!optionalPeriod.optionalPeriod(u"from").isValid());
    QCOMPARE(optionalPeriod.error(), error(Reason::BadPeriod, u"from"_s));

    JsonReader date(JsonTest::parse(uR"({"date": "2014-02-30"})"_s));
    QVERIFY(date.date(u"date").isNull());
    QCOMPARE(date.error(), error(Reason::BadDate, u"date"_s));

    JsonReader optionalDate(JsonTest::parse(uR"({"date": "30.02.2014"})"_s));
    QVERIFY(optionalDate.optionalDate(u"date").isNull());
    QCOMPARE(optionalDate.error(), error(Reason::BadDate, u"date"_s));

    JsonReader instant(JsonTest::parse(uR"({"at": "2014-09-25T10:15:00+03:00"})"_s));
    QVERIFY(!instant.instant(u"at").isValid());
    QCOMPARE(instant.error(), error(Reason::BadInstant, u"at"_s));

    JsonReader optionalInstant(JsonTest::parse(uR"({"at": "2014-09-25T10:15:00"})"_s));
    QVERIFY(!optionalInstant.optionalInstant(u"at").isValid());
    QCOMPARE(optionalInstant.error(), error(Reason::BadInstant, u"at"_s));
}

void TestJsonReader::enumeration()
{
    for (const QString& word : {u"Regional_Operator"_s, u"regional-operator"_s, u""_s}) {
        JsonReader reader(QJsonObject {{u"fundAccount"_s, word}});
        QCOMPARE(
            reader.enumeration<Building::FundAccount>(u"fundAccount", Building::fundAccountFromKey),
            Building::FundAccount {});
        QCOMPARE(reader.error(), error(Reason::UnknownKey, u"fundAccount"_s));
    }
    JsonReader number(QJsonObject {{u"fundAccount"_s, 0}});
    number.enumeration<Building::FundAccount>(u"fundAccount", Building::fundAccountFromKey);
    QCOMPARE(number.error(), error(Reason::WrongType, u"fundAccount"_s));
}

void TestJsonReader::url()
{
    JsonReader reader(QJsonObject {{u"website"_s, u"http://exa mple.ru"_s}});
    QVERIFY(reader.optionalUrl(u"website").isEmpty());
    QCOMPARE(reader.error(), error(Reason::BadUrl, u"website"_s));
}

void TestJsonReader::stringListElements()
{
    JsonReader reader(JsonTest::parse(uR"({"phones": ["+7 800 000-00-00", 88000000000]})"_s));
    QVERIFY(reader.stringList(u"phones").isEmpty());
    QCOMPARE(reader.error(), error(Reason::WrongType, u"phones[1]"_s));

    JsonReader notArray(JsonTest::parse(uR"({"phones": "+7 800 000-00-00"})"_s));
    QVERIFY(notArray.stringList(u"phones").isEmpty());
    QCOMPARE(notArray.error(), error(Reason::WrongType, u"phones"_s));
}

void TestJsonReader::nestedErrorsNameThePath()
{
    const auto decodeInner = [](const QJsonObject& inner, JsonError* failure) {
        return decodeSample(inner, failure);
    };
    JsonReader list(JsonTest::parse(uR"({"items": [{"text": "a", "integer": 1, "moneyKopecks": 1},
                       {"text": "b", "integer": 2, "moneyKopecks": 2.5}]})"_s));
    QVERIFY(list.objectList<Sample>(u"items", decodeInner).isEmpty());
    QCOMPARE(list.error(), error(Reason::NotAnInteger, u"items[1].moneyKopecks"_s));
    QVERIFY(list.error().message.contains(u"items[1].moneyKopecks"_s));

    JsonReader notObject(JsonTest::parse(uR"({"items": [{"text": "a"}, 5]})"_s));
    notObject.objectList<Sample>(u"items", decodeInner);
    QCOMPARE(notObject.error(), error(Reason::Missing, u"items[0].integer"_s));

    JsonReader element(JsonTest::parse(uR"({"items": [5]})"_s));
    element.objectList<Sample>(u"items", decodeInner);
    QCOMPARE(element.error(), error(Reason::WrongType, u"items[0]"_s));

    JsonReader object(JsonTest::parse(uR"({"fund": {"text": 1}})"_s));
    object.object<Sample>(u"fund", decodeInner);
    QCOMPARE(object.error(), error(Reason::WrongType, u"fund.text"_s));

    JsonReader missing(QJsonObject {});
    missing.object<Sample>(u"fund", decodeInner);
    QCOMPARE(missing.error(), error(Reason::Missing, u"fund"_s));
}

void TestJsonReader::firstErrorWins()
{
    JsonReader reader(JsonTest::parse(uR"({"a": "x", "b": 1.5, "c": "2014-13"})"_s));
    QCOMPARE(reader.integer(u"a"), 0);
    QCOMPARE(reader.money(u"b"), Money());
    QVERIFY(!reader.period(u"c").isValid());
    QCOMPARE(reader.string(u"missing"), QString());
    QCOMPARE(reader.error(), error(Reason::WrongType, u"a"_s));
}

void TestJsonReader::failByCodec()
{
    JsonReader reader(QJsonObject {});
    reader.fail(Reason::Inconsistent, u"closingKopecks"_s);
    reader.fail(Reason::Missing, u"other"_s);
    QCOMPARE(reader.error(), error(Reason::Inconsistent, u"closingKopecks"_s));
    JsonError failure;
    QCOMPARE(reader.result(1, &failure), std::nullopt);
    QCOMPARE(failure, error(Reason::Inconsistent, u"closingKopecks"_s));
    QCOMPARE(reader.result(1, nullptr), std::nullopt); // no error sink is fine
}

void TestJsonReader::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(
        decodeSample, JsonTest::parse(uR"({"text": "", "integer": 0, "moneyKopecks": 0})"_s));
}

void TestJsonReader::resultLeavesErrorAloneOnSuccess()
{
    JsonReader reader(JsonTest::parse(uR"({"s": "x"})"_s));
    const QString s = reader.string(u"s");
    JsonError untouched = error(Reason::Missing, u"sentinel"_s);
    QCOMPARE(reader.result(s, &untouched), u"x"_s);
    QCOMPARE(untouched, error(Reason::Missing, u"sentinel"_s));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
