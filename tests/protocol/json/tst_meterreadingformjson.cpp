#include "JsonTestSupport.h"
#include "protocol/json/MeterReadingFormJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return MeterReadingFormJson::fromJson(object, error);
};

MeterReadingForm sampleForm()
{
    return MeterReadingForm {QDate(2014, 9, 25), 12345};
}

QJsonObject validJson()
{
    return MeterReadingFormJson::toJson(sampleForm());
}

} // namespace

class TestMeterReadingFormJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void dates();
    void unknownFieldsIgnored();
};

void TestMeterReadingFormJson::matchesApiExample()
{
    const QJsonObject api =
        JsonTest::parse(uR"({"date": "2014-09-25", "valueThousandths": 12345})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == sampleForm());
}

void TestMeterReadingFormJson::roundTrip()
{
    JsonTest::checkRoundTrip(&MeterReadingFormJson::toJson, decode, sampleForm());
    JsonTest::checkRoundTrip(&MeterReadingFormJson::toJson, decode,
                             MeterReadingForm {QDate(2024, 2, 29), 0});
}

void TestMeterReadingFormJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestMeterReadingFormJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestMeterReadingFormJson::numbers()
{
    JsonTest::checkIntegerField(decode, validJson(), u"valueThousandths"_s,
                                JsonTest::Width::Safe53);
}

void TestMeterReadingFormJson::dates()
{
    JsonTest::checkDateField(decode, validJson(), u"date"_s);
}

void TestMeterReadingFormJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestMeterReadingFormJson)
#include "tst_meterreadingformjson.moc"
