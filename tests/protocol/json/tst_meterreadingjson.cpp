#include "JsonTestSupport.h"
#include "protocol/json/MeterReadingJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(MeterReading)

namespace {

constexpr qint64 meterId = 21;

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return MeterReadingJson::fromJson(object, meterId, error);
};

MeterReading acceptedReading()
{
    MeterReading reading;
    reading.meterId = meterId;
    reading.date = QDate(2014, 9, 25);
    reading.valueThousandths = 12345;
    reading.state = MeterReading::State::Accepted;
    return reading;
}

QJsonObject validJson()
{
    return MeterReadingJson::toJson(acceptedReading());
}

} // namespace

class TestMeterReadingJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void date();
    void state();
    void unknownFieldsIgnored();
};

void TestMeterReadingJson::matchesApiExample()
{
    // The request body of POST /meters/{id}/readings, answered with state "accepted".
    const QJsonObject api = JsonTest::parse(uR"({"date": "2014-09-25", "valueThousandths": 12345,
                               "state": "accepted"})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == acceptedReading());
    QCOMPARE(MeterReadingJson::fromJson(api, 4)->meterId, 4);
}

void TestMeterReadingJson::roundTrip_data()
{
    QTest::addColumn<MeterReading>("reading");
    QTest::newRow("accepted") << acceptedReading();
    MeterReading rejected = acceptedReading();
    rejected.state = MeterReading::State::Rejected;
    rejected.valueThousandths = 0;
    QTest::newRow("rejected zero") << rejected;
    MeterReading large = acceptedReading();
    large.state = MeterReading::State::Sent;
    large.valueThousandths = JsonValues::maxSafeInteger;
    QTest::newRow("sent, largest") << large;
}

void TestMeterReadingJson::roundTrip()
{
    QFETCH(MeterReading, reading);
    JsonTest::checkRoundTrip(&MeterReadingJson::toJson, decode, reading);
}

void TestMeterReadingJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestMeterReadingJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestMeterReadingJson::numbers()
{
    JsonTest::checkIntegerField(decode, validJson(), u"valueThousandths"_s,
                                JsonTest::Width::Safe53);
}

void TestMeterReadingJson::date()
{
    JsonTest::checkDateField(decode, validJson(), u"date"_s);
}

void TestMeterReadingJson::state()
{
    JsonTest::checkEnumField(decode, validJson(), u"state"_s,
                             {u"pending"_s, u"sent"_s, u"accepted"_s, u"rejected"_s}, {u"ok"_s});
}

void TestMeterReadingJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestMeterReadingJson)
#include "tst_meterreadingjson.moc"
