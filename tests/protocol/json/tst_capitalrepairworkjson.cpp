#include "JsonTestSupport.h"
#include "protocol/json/CapitalRepairWorkJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(CapitalRepairWork)

namespace {

constexpr qint64 buildingId = 2;

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return CapitalRepairWorkJson::fromJson(object, buildingId, error);
};

CapitalRepairWork exampleWork()
{
    CapitalRepairWork work;
    work.id = 5;
    work.buildingId = buildingId;
    work.name = u"Ремонт крыши"_s;
    work.plannedFrom = Period(2016, 1);
    work.plannedTo = Period(2016, 12);
    work.status = CapitalRepairWork::Status::Completed;
    work.cost = Money::fromKopecks(120000000);
    return work;
}

QJsonObject validJson()
{
    return CapitalRepairWorkJson::toJson(exampleWork());
}

} // namespace

class TestCapitalRepairWorkJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void statusWords();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void periods();
    void status();
    void unknownFieldsIgnored();
};

void TestCapitalRepairWorkJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"id": 5, "name": "Ремонт крыши", "plannedFrom": "2016-01", "plannedTo": "2016-12",
             "status": "completed", "costKopecks": 120000000})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == exampleWork());
    QCOMPARE(CapitalRepairWorkJson::fromJson(api, 77)->buildingId, 77);
}

void TestCapitalRepairWorkJson::statusWords()
{
    // The API's words are the type's (and the cache's), for every status.
    using Status = CapitalRepairWork::Status;
    const QList<std::pair<Status, QString>> words = {
        {Status::Planned, u"planned"_s},     {Status::InProgress, u"in_progress"_s},
        {Status::Completed, u"completed"_s}, {Status::Postponed, u"postponed"_s},
        {Status::Cancelled, u"cancelled"_s},
    };
    for (const auto& [status, word] : words) {
        QCOMPARE(CapitalRepairWorkJson::statusKey(status), word);
        QCOMPARE(CapitalRepairWork::statusKey(status), word);
        QCOMPARE(CapitalRepairWorkJson::statusFromKey(word), status);
        CapitalRepairWork work = exampleWork();
        work.status = status;
        QCOMPARE(CapitalRepairWorkJson::toJson(work).value(u"status").toString(), word);
    }
}

void TestCapitalRepairWorkJson::roundTrip_data()
{
    using Status = CapitalRepairWork::Status;
    QTest::addColumn<CapitalRepairWork>("work");
    QTest::newRow("example") << exampleWork();
    CapitalRepairWork unestimated = exampleWork();
    unestimated.cost.reset();
    unestimated.status = Status::Planned;
    unestimated.name = u"Ремонт внутридомовых инженерных систем электро-, тепло-, газо-, "
                       u"водоснабжения, водоотведения"_s;
    QTest::newRow("no cost yet") << unestimated;
    CapitalRepairWork zeroCost = exampleWork();
    zeroCost.cost = Money();
    zeroCost.status = Status::InProgress;
    QTest::newRow("zero cost") << zeroCost;
    CapitalRepairWork postponed = exampleWork();
    postponed.status = Status::Postponed;
    postponed.cost = Money::fromKopecks(JsonValues::maxSafeInteger);
    QTest::newRow("postponed") << postponed;
    CapitalRepairWork cancelled = exampleWork();
    cancelled.status = Status::Cancelled;
    cancelled.cost.reset();
    QTest::newRow("cancelled") << cancelled;
}

void TestCapitalRepairWorkJson::roundTrip()
{
    QFETCH(CapitalRepairWork, work);
    JsonTest::checkRoundTrip(&CapitalRepairWorkJson::toJson, decode, work);
}

void TestCapitalRepairWorkJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {u"costKopecks"_s});
    if (QTest::currentTestFailed())
        return;
    QJsonObject nullCost = validJson();
    nullCost.insert(u"costKopecks"_s, QJsonValue::Null);
    QCOMPARE(decode(nullCost, nullptr)->cost, std::nullopt);
    QVERIFY(CapitalRepairWorkJson::toJson(CapitalRepairWork()).value(u"costKopecks").isNull());
}

void TestCapitalRepairWorkJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestCapitalRepairWorkJson::numbers()
{
    for (const QString& key : {u"id"_s, u"costKopecks"_s}) {
        JsonTest::checkIntegerField(decode, validJson(), key, JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCapitalRepairWorkJson::periods()
{
    JsonTest::checkPeriodField(decode, validJson(), u"plannedFrom"_s);
    if (QTest::currentTestFailed())
        return;
    JsonTest::checkPeriodField(decode, validJson(), u"plannedTo"_s);
}

void TestCapitalRepairWorkJson::status()
{
    JsonTest::checkEnumField(
        decode, validJson(), u"status"_s,
        {u"planned"_s, u"in_progress"_s, u"completed"_s, u"postponed"_s, u"cancelled"_s},
        {u"done"_s, u"inProgress"_s, u"canceled"_s});
}

void TestCapitalRepairWorkJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestCapitalRepairWorkJson)
#include "tst_capitalrepairworkjson.moc"
