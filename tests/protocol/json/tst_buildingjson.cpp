#include "JsonTestSupport.h"
#include "protocol/json/BuildingJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(BuildingDetails)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return BuildingJson::fromJson(object, error);
};

// The example of docs/api.md with a real address instead of "…".
const QString apiExample = uR"({"id": 2, "address": "г.п. Мирный, ул. Мира, д. 4",
 "yearBuilt": 1968, "floors": 5, "entrances": 4, "flats": 80,
 "totalAreaCentiM2": 362050, "livingAreaCentiM2": 251000, "wallMaterial": "Кирпич",
 "roofType": "Скатная", "utilities": ["Центральное отопление", "Холодное водоснабжение"],
 "fundAccount": "regional_operator",
 "works": [{"id": 5, "name": "Ремонт крыши", "plannedFrom": "2016-01", "plannedTo": "2016-12",
            "status": "completed", "costKopecks": 120000000}],
 "fund": {"asOf": "2014-09-30", "chargedKopecks": 0, "paidKopecks": 0, "debtKopecks": 0,
          "spentKopecks": 0}})"_s;

BuildingDetails exampleBuilding()
{
    BuildingDetails details;
    Building& building = details.building;
    building.id = 2;
    building.address = u"г.п. Мирный, ул. Мира, д. 4"_s;
    building.yearBuilt = 1968;
    building.floors = 5;
    building.entrances = 4;
    building.flats = 80;
    building.totalAreaCentiM2 = 362050;
    building.livingAreaCentiM2 = 251000;
    building.wallMaterial = u"Кирпич"_s;
    building.roofType = u"Скатная"_s;
    building.utilities = {u"Центральное отопление"_s, u"Холодное водоснабжение"_s};
    building.fundAccount = Building::FundAccount::RegionalOperator;
    CapitalRepairWork work;
    work.id = 5;
    work.buildingId = 2;
    work.name = u"Ремонт крыши"_s;
    work.plannedFrom = Period(2016, 1);
    work.plannedTo = Period(2016, 12);
    work.status = CapitalRepairWork::Status::Completed;
    work.cost = Money::fromKopecks(120000000);
    details.works = {work};
    details.fund.buildingId = 2;
    details.fund.asOf = QDate(2014, 9, 30);
    return details;
}

QJsonObject validJson()
{
    return JsonTest::parse(apiExample);
}

// valid with the value at path (an object key, then an array index or key...) replaced.
QJsonObject replaced(const QString& outer, int index, const QString& inner, const QJsonValue& value)
{
    QJsonObject json = validJson();
    if (index >= 0) {
        QJsonArray array = json.value(outer).toArray();
        QJsonObject element = array.at(index).toObject();
        element.insert(inner, value);
        array[index] = element;
        json.insert(outer, array);
    } else {
        QJsonObject object = json.value(outer).toObject();
        object.insert(inner, value);
        json.insert(outer, object);
    }
    return json;
}

} // namespace

class TestBuildingJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void buildingIdReachesWorksAndFund();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void fundAccount();
    void errorsInsideNameThePath();
    void unknownFieldsIgnored();
};

void TestBuildingJson::matchesApiExample()
{
    QCOMPARE(JsonTest::compact(BuildingJson::toJson(exampleBuilding())),
             JsonTest::compact(validJson()));
    QVERIFY(decode(validJson(), nullptr) == exampleBuilding());
}

void TestBuildingJson::buildingIdReachesWorksAndFund()
{
    BuildingDetails details = exampleBuilding();
    details.works.append(details.works.first());
    details.works.last().id = 6;
    const std::optional<BuildingDetails> decoded = decode(BuildingJson::toJson(details), nullptr);
    QVERIFY(decoded);
    QCOMPARE(decoded->works.size(), 2);
    for (const CapitalRepairWork& work : decoded->works)
        QCOMPARE(work.buildingId, decoded->building.id);
    QCOMPARE(decoded->fund.buildingId, decoded->building.id);
}

void TestBuildingJson::roundTrip_data()
{
    QTest::addColumn<BuildingDetails>("building");
    QTest::newRow("example") << exampleBuilding();

    BuildingDetails special;
    special.building.id = 7;
    special.building.address = u"г. Энск, пр-т Ленина, д. 1, корп. «А»"_s;
    special.building.fundAccount = Building::FundAccount::SpecialAccount;
    special.fund.buildingId = 7;
    special.fund.charged = Money::fromKopecks(5000);
    special.fund.debt = Money::fromKopecks(-10);
    QTest::newRow("special account, no works, no utilities") << special;

    BuildingDetails unknown = exampleBuilding();
    unknown.building.fundAccount = Building::FundAccount::Unknown;
    unknown.works.first().cost.reset();
    unknown.works.first().status = CapitalRepairWork::Status::Postponed;
    QTest::newRow("unknown fund account") << unknown;
}

void TestBuildingJson::roundTrip()
{
    QFETCH(BuildingDetails, building);
    JsonTest::checkRoundTrip(&BuildingJson::toJson, decode, building);
}

void TestBuildingJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestBuildingJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestBuildingJson::numbers()
{
    JsonTest::checkIntegerField(decode, validJson(), u"id"_s, JsonTest::Width::Safe53);
    for (const QString& key : {u"yearBuilt"_s, u"floors"_s, u"entrances"_s, u"flats"_s,
                               u"totalAreaCentiM2"_s, u"livingAreaCentiM2"_s}) {
        if (QTest::currentTestFailed())
            return;
        JsonTest::checkIntegerField(decode, validJson(), key, JsonTest::Width::Int32);
    }
}

void TestBuildingJson::fundAccount()
{
    JsonTest::checkEnumField(decode, validJson(), u"fundAccount"_s,
                             {u"regional_operator"_s, u"special_account"_s, u"unknown"_s},
                             {u"regionalOperator"_s});
}

void TestBuildingJson::errorsInsideNameThePath()
{
    using Reason = JsonError::Reason;
    QCOMPARE(JsonTest::decodeError(decode, replaced(u"works"_s, 0, u"status"_s, u"done"_s)),
             JsonTest::error(Reason::UnknownKey, u"works[0].status"_s));
    QCOMPARE(JsonTest::decodeError(decode, replaced(u"works"_s, 0, u"costKopecks"_s, 1.5)),
             JsonTest::error(Reason::NotAnInteger, u"works[0].costKopecks"_s));
    QCOMPARE(JsonTest::decodeError(decode, replaced(u"works"_s, 0, u"plannedTo"_s, u"2016"_s)),
             JsonTest::error(Reason::BadPeriod, u"works[0].plannedTo"_s));
    QCOMPARE(JsonTest::decodeError(decode, replaced(u"fund"_s, -1, u"debtKopecks"_s, 1e20)),
             JsonTest::error(Reason::OutOfRange, u"fund.debtKopecks"_s));
    QJsonObject noFundField = validJson();
    QJsonObject fund = noFundField.value(u"fund").toObject();
    fund.remove(u"spentKopecks"_s);
    noFundField.insert(u"fund"_s, fund);
    QCOMPARE(JsonTest::decodeError(decode, noFundField),
             JsonTest::error(Reason::Missing, u"fund.spentKopecks"_s));
    QCOMPARE(JsonTest::decodeError(decode, replaced(u"fund"_s, -1, u"asOf"_s, u"30.09.2014"_s)),
             JsonTest::error(Reason::BadDate, u"fund.asOf"_s));
    QJsonObject badUtility = validJson();
    badUtility.insert(u"utilities"_s, QJsonArray {u"Лифт"_s, QJsonValue::Null});
    QCOMPARE(JsonTest::decodeError(decode, badUtility),
             JsonTest::error(Reason::WrongType, u"utilities[1]"_s));
}

void TestBuildingJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
    if (QTest::currentTestFailed())
        return;
    // Inside nested objects as well.
    JsonTest::checkUnknownFieldsIgnored(
        decode, replaced(u"works"_s, 0, u"contractor"_s, u"ООО «Кровля»"_s));
    JsonTest::checkUnknownFieldsIgnored(decode,
                                        replaced(u"fund"_s, -1, u"collectedBy"_s, u"оператор"_s));
}

QTEST_GUILESS_MAIN(TestBuildingJson)
#include "tst_buildingjson.moc"
