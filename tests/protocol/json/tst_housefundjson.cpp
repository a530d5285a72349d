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
    void asOfIsNotOnTheWire();
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
        uR"({"chargedKopecks": 0, "paidKopecks": 0, "debtKopecks": 0, "spentKopecks": 0})"_s);
    HouseFund empty;
    empty.buildingId = buildingId;
    QCOMPARE(JsonTest::compact(HouseFundJson::toJson(empty)), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == empty);
}

void TestHouseFundJson::fieldNames()
{
    const QJsonObject expected = JsonTest::parse(
        uR"({"chargedKopecks": 1250000000, "paidKopecks": 1100000000, "debtKopecks": 150000000,
             "spentKopecks": 120000000})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(expected));
}

void TestHouseFundJson::asOfIsNotOnTheWire()
{
    HouseFund fund = sampleFund();
    fund.asOf = QDate(2014, 10, 1);
    const QJsonObject json = HouseFundJson::toJson(fund);
    QCOMPARE(json.size(), 4);
    const std::optional<HouseFund> decoded = HouseFundJson::fromJson(json, 9);
    QVERIFY(decoded);
    QVERIFY(decoded->asOf.isNull());
    QCOMPARE(decoded->buildingId, 9);
    QCOMPARE(decoded->remaining(), fund.remaining());
}

void TestHouseFundJson::roundTrip_data()
{
    QTest::addColumn<HouseFund>("fund");
    QTest::newRow("sample") << sampleFund();
    HouseFund overspent = sampleFund();
    overspent.spentOnWorks = Money::fromKopecks(1200000000);
    overspent.debt = Money::fromKopecks(-300); // owners overpaid
    QTest::newRow("overpaid") << overspent;
}

void TestHouseFundJson::roundTrip()
{
    QFETCH(HouseFund, fund);
    JsonTest::checkRoundTrip(&HouseFundJson::toJson, decode, fund);
}

void TestHouseFundJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestHouseFundJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestHouseFundJson::numbers()
{
    for (const QString& key : validJson().keys()) {
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
