#include "JsonTestSupport.h"
#include "protocol/json/ChargeLineJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ChargeLine)

namespace {

constexpr qint64 accountId = 3;

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return ChargeLineJson::fromJson(object, accountId, error);
};

ChargeLine exampleLine()
{
    ChargeLine line;
    line.accountId = accountId;
    line.period = Period(2014, 9);
    line.service = u"Капитальный ремонт"_s;
    line.unit = u"кв.м."_s;
    line.quantityHundredths = 3160;
    line.tariff = Money::fromKopecks(520);
    line.baseCharge = Money::fromKopecks(16432);
    line.recalculation = Money();
    line.total = Money::fromKopecks(16432);
    return line;
}

} // namespace

class TestChargeLineJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void accountIdIsNotOnTheWire();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void period();
    void unknownFieldsIgnored();
};

void TestChargeLineJson::matchesApiExample()
{
    const QJsonObject api =
        JsonTest::parse(uR"({"period": "2014-09", "service": "Капитальный ремонт", "unit": "кв.м.",
             "quantityHundredths": 3160, "tariffKopecks": 520, "baseKopecks": 16432,
             "recalculationKopecks": 0, "totalKopecks": 16432})"_s);
    QCOMPARE(JsonTest::compact(ChargeLineJson::toJson(exampleLine())), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == exampleLine());
}

void TestChargeLineJson::accountIdIsNotOnTheWire()
{
    ChargeLine line = exampleLine();
    line.accountId = 99;
    const QJsonObject json = ChargeLineJson::toJson(line);
    QVERIFY(!json.contains(u"accountId"));
    QCOMPARE(ChargeLineJson::fromJson(json, 99)->accountId, 99);
    QCOMPARE(ChargeLineJson::fromJson(json, 0)->accountId, 0);
}

void TestChargeLineJson::roundTrip_data()
{
    QTest::addColumn<ChargeLine>("line");
    QTest::newRow("example") << exampleLine();
    ChargeLine recalculated = exampleLine();
    recalculated.period = Period(1900, 1);
    recalculated.recalculation = Money::fromKopecks(-1040);
    recalculated.total = Money::fromKopecks(15392);
    recalculated.unit = QString();
    QTest::newRow("negative recalculation") << recalculated;
    ChargeLine extremes = exampleLine();
    extremes.period = Period(9999, 12);
    extremes.quantityHundredths = -JsonValues::maxSafeInteger;
    extremes.total = Money::fromKopecks(JsonValues::maxSafeInteger);
    QTest::newRow("extremes") << extremes;
}

void TestChargeLineJson::roundTrip()
{
    QFETCH(ChargeLine, line);
    JsonTest::checkRoundTrip(&ChargeLineJson::toJson, decode, line);
}

void TestChargeLineJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, ChargeLineJson::toJson(exampleLine()), {});
}

void TestChargeLineJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, ChargeLineJson::toJson(exampleLine()));
}

void TestChargeLineJson::numbers()
{
    for (const QString& key : {u"quantityHundredths"_s, u"tariffKopecks"_s, u"baseKopecks"_s,
                               u"recalculationKopecks"_s, u"totalKopecks"_s}) {
        JsonTest::checkIntegerField(decode, ChargeLineJson::toJson(exampleLine()), key,
                                    JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestChargeLineJson::period()
{
    JsonTest::checkPeriodField(decode, ChargeLineJson::toJson(exampleLine()), u"period"_s);
}

void TestChargeLineJson::unknownFieldsIgnored()
{
    QJsonObject json = ChargeLineJson::toJson(exampleLine());
    json.insert(u"accountId"_s, 77); // not part of a line; the parameter decides
    QCOMPARE(decode(json, nullptr)->accountId, accountId);
    JsonTest::checkUnknownFieldsIgnored(decode, json);
}

QTEST_GUILESS_MAIN(TestChargeLineJson)
#include "tst_chargelinejson.moc"
