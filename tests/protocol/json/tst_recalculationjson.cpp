#include "JsonTestSupport.h"
#include "protocol/json/RecalculationJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Recalculation)

namespace {

constexpr qint64 accountId = 3;

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return RecalculationJson::fromJson(object, accountId, error);
};

Recalculation exampleRecalculation()
{
    Recalculation recalculation;
    recalculation.id = 9;
    recalculation.accountId = accountId;
    recalculation.appliedIn = Period(2014, 9);
    recalculation.corrects = Period(2014, 6);
    recalculation.amount = Money::fromKopecks(-1040);
    recalculation.reason = u"Уточнение площади"_s;
    return recalculation;
}

} // namespace

class TestRecalculationJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void periods();
    void unknownFieldsIgnored();
};

void TestRecalculationJson::matchesApiExample()
{
    const QJsonObject api =
        JsonTest::parse(uR"({"id": 9, "appliedIn": "2014-09", "corrects": "2014-06",
             "amountKopecks": -1040, "reason": "Уточнение площади"})"_s);
    QCOMPARE(JsonTest::compact(RecalculationJson::toJson(exampleRecalculation())),
             JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == exampleRecalculation());
    QCOMPARE(RecalculationJson::fromJson(api, 12)->accountId, 12);
}

void TestRecalculationJson::roundTrip_data()
{
    QTest::addColumn<Recalculation>("recalculation");
    QTest::newRow("example") << exampleRecalculation();
    Recalculation positive = exampleRecalculation();
    positive.amount = Money::fromKopecks(520);
    positive.corrects = positive.appliedIn;
    positive.reason = QString();
    QTest::newRow("positive, same period, no reason") << positive;
}

void TestRecalculationJson::roundTrip()
{
    QFETCH(Recalculation, recalculation);
    JsonTest::checkRoundTrip(&RecalculationJson::toJson, decode, recalculation);
}

void TestRecalculationJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, RecalculationJson::toJson(exampleRecalculation()), {});
}

void TestRecalculationJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, RecalculationJson::toJson(exampleRecalculation()));
}

void TestRecalculationJson::numbers()
{
    for (const QString& key : {u"id"_s, u"amountKopecks"_s}) {
        JsonTest::checkIntegerField(decode, RecalculationJson::toJson(exampleRecalculation()), key,
                                    JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestRecalculationJson::periods()
{
    JsonTest::checkPeriodField(decode, RecalculationJson::toJson(exampleRecalculation()),
                               u"appliedIn"_s);
    if (QTest::currentTestFailed())
        return;
    JsonTest::checkPeriodField(decode, RecalculationJson::toJson(exampleRecalculation()),
                               u"corrects"_s);
}

void TestRecalculationJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, RecalculationJson::toJson(exampleRecalculation()));
}

QTEST_GUILESS_MAIN(TestRecalculationJson)
#include "tst_recalculationjson.moc"
