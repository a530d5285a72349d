#include "JsonTestSupport.h"
#include "protocol/json/HouseFundJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(HouseFund)

namespace {

constexpr qint64 buildingId = 2;

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return HouseFundJson::fromJson(object, buildingId, error);
};

HouseFund sampleFund()
{
    HouseFund fund;
    fund.buildingId = buildingId;
    fund.asOf = QDate(2014, 10, 1);
    fund.charged = Money::fromKopecks(1250000000);
    fund.paid = Money::fromKopecks(1100000000);
    fund.debt = Money::fromKopecks(150000000);
    fund.spentOnWorks = Money::fromKopecks(120000000);
    return fund;
}

QJsonObject validJson()
{
    return HouseFundJson::toJson(sampleFund());
}

} // namespace

class TestHouseFundJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void fieldNames();
    void asOf();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void unknownFieldsIgnored();
};

void TestHouseFundJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"asOf": "2014-09-30", "chargedKopecks": 0, "paidKopecks": 0, "debtKopecks": 0,
             "spentKopecks": 0})"_s);
    HouseFund empty;
    empty.buildingId = buildingId;
    empty.asOf = QDate(2014, 9, 30);
    QCOMPARE(JsonTest::compact(HouseFundJson::toJson(empty)), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == empty);
}

void TestHouseFundJson::fieldNames()
{
    const QJsonObject expected = JsonTest::parse(
        uR"({"asOf": "2014-10-01", "chargedKopecks": 1250000000, "paidKopecks": 1100000000,
             "debtKopecks": 150000000, "spentKopecks": 120000000})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(expected));
}

void TestHouseFundJson::asOf()
{
    const std::optional<HouseFund> decoded = HouseFundJson::fromJson(validJson(), 9);
    QVERIFY(decoded);
    QCOMPARE(decoded->asOf, QDate(2014, 10, 1));
    QCOMPARE(decoded->buildingId, 9);

    // Figures the operator has not dated yet: null on the wire, a null date in the type.
    HouseFund undated = sampleFund();
    undated.asOf = QDate();
    const QJsonObject json = HouseFundJson::toJson(undated);
    QVERIFY(json.contains(u"asOf"_s));
    QVERIFY(json.value(u"asOf").isNull());
    QVERIFY(decode(json, nullptr)->asOf.isNull());

    JsonTest::checkDateField(decode, validJson(), u"asOf"_s);
}

void TestHouseFundJson::roundTrip_data()
{
    QTest::addColumn<HouseFund>("fund");
    QTest::newRow("sample") << sampleFund();
    HouseFund overspent = sampleFund();
    overspent.spentOnWorks = Money::fromKopecks(1200000000);
    overspent.debt = Money::fromKopecks(-300); // owners overpaid
    QTest::newRow("overpaid") << overspent;
    HouseFund undated = sampleFund();
    undated.asOf = QDate();
    QTest::newRow("undated") << undated;
}

void TestHouseFundJson::roundTrip()
{
    QFETCH(HouseFund, fund);
    JsonTest::checkRoundTrip(&HouseFundJson::toJson, decode, fund);
}

void TestHouseFundJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {u"asOf"_s});
}

void TestHouseFundJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestHouseFundJson::numbers()
{
    for (const QString& key :
         {u"chargedKopecks"_s, u"paidKopecks"_s, u"debtKopecks"_s, u"spentKopecks"_s}) {
        JsonTest::checkIntegerField(decode, validJson(), key, JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestHouseFundJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestHouseFundJson)
#include "tst_housefundjson.moc"
