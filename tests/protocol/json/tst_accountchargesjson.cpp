#include "JsonTestSupport.h"
#include "protocol/json/AccountChargesJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(AccountCharges)

namespace {

constexpr qint64 accountId = 3;

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return AccountChargesJson::fromJson(object, accountId, error);
};

const QString apiExample = uR"({"lastClosedPeriod": "2014-09",
 "lines": [{"period": "2014-09", "service": "Капитальный ремонт", "unit": "кв.м.",
            "quantityHundredths": 3160, "tariffKopecks": 520, "baseKopecks": 16432,
            "recalculationKopecks": 0, "totalKopecks": 16432}],
 "recalculations": [{"id": 9, "appliedIn": "2014-09", "corrects": "2014-06",
                     "amountKopecks": -1040, "reason": "Уточнение площади"}]})"_s;

ChargeLine line(Period period, qint64 totalKopecks)
{
    ChargeLine line;
    line.accountId = accountId;
    line.period = period;
    line.service = u"Капитальный ремонт"_s;
    line.unit = u"кв.м."_s;
    line.quantityHundredths = 3160;
    line.tariff = Money::fromKopecks(520);
    line.baseCharge = Money::fromKopecks(16432);
    line.total = Money::fromKopecks(totalKopecks);
    return line;
}

AccountCharges exampleCharges()
{
    AccountCharges charges;
    charges.accountId = accountId;
    charges.lastClosedPeriod = Period(2014, 9);
    charges.lines = {line(Period(2014, 9), 16432)};
    Recalculation recalculation;
    recalculation.id = 9;
    recalculation.accountId = accountId;
    recalculation.appliedIn = Period(2014, 9);
    recalculation.corrects = Period(2014, 6);
    recalculation.amount = Money::fromKopecks(-1040);
    recalculation.reason = u"Уточнение площади"_s;
    charges.recalculations = {recalculation};
    return charges;
}

} // namespace

class TestAccountChargesJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void accountIdReachesEveryItem();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void lastClosedPeriod();
    void errorsInItemsNameThePath();
    void unknownFieldsIgnored();
};

void TestAccountChargesJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(apiExample);
    QCOMPARE(JsonTest::compact(AccountChargesJson::toJson(exampleCharges())),
             JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == exampleCharges());
}

void TestAccountChargesJson::accountIdReachesEveryItem()
{
    AccountCharges charges = exampleCharges();
    charges.lines.append(line(Period(2014, 8), 16432));
    const std::optional<AccountCharges> decoded =
        AccountChargesJson::fromJson(AccountChargesJson::toJson(charges), 41);
    QVERIFY(decoded);
    QCOMPARE(decoded->accountId, 41);
    QCOMPARE(decoded->lines.size(), 2);
    for (const ChargeLine& decodedLine : decoded->lines)
        QCOMPARE(decodedLine.accountId, 41);
    QCOMPARE(decoded->recalculations.size(), 1);
    QCOMPARE(decoded->recalculations.first().accountId, 41);
}

void TestAccountChargesJson::roundTrip_data()
{
    QTest::addColumn<AccountCharges>("charges");
    QTest::newRow("example") << exampleCharges();
    AccountCharges several = exampleCharges();
    several.lines = {line(Period(2014, 7), 16432), line(Period(2014, 8), -5),
                     line(Period(2014, 9), 15392)};
    several.recalculations.clear();
    QTest::newRow("several lines, no recalculations") << several;
    AccountCharges nothingClosed;
    nothingClosed.accountId = accountId;
    QTest::newRow("nothing closed yet") << nothingClosed;
}

void TestAccountChargesJson::roundTrip()
{
    QFETCH(AccountCharges, charges);
    JsonTest::checkRoundTrip(&AccountChargesJson::toJson, decode, charges);
}

void TestAccountChargesJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, JsonTest::parse(apiExample), {u"lastClosedPeriod"_s});
}

void TestAccountChargesJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, JsonTest::parse(apiExample));
}

void TestAccountChargesJson::lastClosedPeriod()
{
    JsonTest::checkPeriodField(decode, JsonTest::parse(apiExample), u"lastClosedPeriod"_s);
    QVERIFY(AccountChargesJson::toJson(AccountCharges()).value(u"lastClosedPeriod").isNull());
}

void TestAccountChargesJson::errorsInItemsNameThePath()
{
    using Reason = JsonError::Reason;
    const QJsonObject valid = JsonTest::parse(apiExample);
    QJsonObject badLine = valid;
    QJsonArray lines = badLine.value(u"lines").toArray();
    QJsonObject second = lines.at(0).toObject();
    second.insert(u"totalKopecks"_s, 164.32);
    lines.append(second);
    badLine.insert(u"lines"_s, lines);
    QCOMPARE(JsonTest::decodeError(decode, badLine),
             JsonTest::error(Reason::NotAnInteger, u"lines[1].totalKopecks"_s));

    QJsonObject badRecalculation = valid;
    QJsonArray recalculations = badRecalculation.value(u"recalculations").toArray();
    QJsonObject first = recalculations.at(0).toObject();
    first.insert(u"corrects"_s, u"2014-6"_s);
    recalculations[0] = first;
    badRecalculation.insert(u"recalculations"_s, recalculations);
    QCOMPARE(JsonTest::decodeError(decode, badRecalculation),
             JsonTest::error(Reason::BadPeriod, u"recalculations[0].corrects"_s));

    QJsonObject notObjects = valid;
    notObjects.insert(u"lines"_s, QJsonArray {u"2014-09"_s});
    QCOMPARE(JsonTest::decodeError(decode, notObjects),
             JsonTest::error(Reason::WrongType, u"lines[0]"_s));
}

void TestAccountChargesJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, JsonTest::parse(apiExample));
}

QTEST_GUILESS_MAIN(TestAccountChargesJson)
#include "tst_accountchargesjson.moc"
