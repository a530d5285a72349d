#include "JsonTestSupport.h"
#include "protocol/json/MeterJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(MeterDetails)

namespace {

constexpr qint64 accountId = 3;

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return MeterJson::fromJson(object, accountId, error);
};

MeterReading reading(QDate date, qint64 valueThousandths)
{
    MeterReading reading;
    reading.meterId = 21;
    reading.date = date;
    reading.valueThousandths = valueThousandths;
    reading.state = MeterReading::State::Accepted;
    return reading;
}

MeterDetails sampleMeter()
{
    MeterDetails details;
    details.meter.id = 21;
    details.meter.accountId = accountId;
    details.meter.service = u"Холодная вода"_s;
    details.meter.serialNumber = u"ВСКМ-90-15 № 0012345"_s;
    details.meter.lastValueThousandths = 12345;
    details.meter.lastReadingDate = QDate(2014, 9, 25);
    details.readings = {reading(QDate(2014, 8, 25), 10001), reading(QDate(2014, 9, 25), 12345)};
    return details;
}

QJsonObject validJson()
{
    return MeterJson::toJson(sampleMeter());
}

} // namespace

class TestMeterJson : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAsInApi();
    void idsReachTheReadings();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void lastReadingDate();
    void errorsInReadingsNameThePath();
    void unknownFieldsIgnored();
};

void TestMeterJson::fieldsAsInApi()
{
    const QJsonObject expected = JsonTest::parse(
        uR"({"id": 21, "service": "Холодная вода", "serialNumber": "ВСКМ-90-15 № 0012345",
             "lastValueThousandths": 12345, "lastReadingDate": "2014-09-25",
             "readings": [{"date": "2014-08-25", "valueThousandths": 10001, "state": "accepted"},
                          {"date": "2014-09-25", "valueThousandths": 12345, "state": "accepted"}]})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(expected));
    QVERIFY(decode(expected, nullptr) == sampleMeter());
}

void TestMeterJson::idsReachTheReadings()
{
    MeterDetails other = sampleMeter();
    other.meter.id = 99;
    const std::optional<MeterDetails> decoded = MeterJson::fromJson(MeterJson::toJson(other), 8);
    QVERIFY(decoded);
    QCOMPARE(decoded->meter.accountId, 8);
    QCOMPARE(decoded->readings.size(), 2);
    for (const MeterReading& decodedReading : decoded->readings)
        QCOMPARE(decodedReading.meterId, 99);
}

void TestMeterJson::roundTrip_data()
{
    QTest::addColumn<MeterDetails>("meter");
    QTest::newRow("sample") << sampleMeter();
    MeterDetails fresh;
    fresh.meter.id = 22;
    fresh.meter.accountId = accountId;
    fresh.meter.service = u"Электроэнергия (день)"_s;
    QTest::newRow("no readings yet") << fresh;
}

void TestMeterJson::roundTrip()
{
    QFETCH(MeterDetails, meter);
    JsonTest::checkRoundTrip(&MeterJson::toJson, decode, meter);
}

void TestMeterJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {u"lastReadingDate"_s});
}

void TestMeterJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestMeterJson::numbers()
{
    for (const QString& key : {u"id"_s, u"lastValueThousandths"_s}) {
        JsonTest::checkIntegerField(decode, validJson(), key, JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestMeterJson::lastReadingDate()
{
    JsonTest::checkDateField(decode, validJson(), u"lastReadingDate"_s);
    QVERIFY(MeterJson::toJson(MeterDetails()).value(u"lastReadingDate").isNull());
}

void TestMeterJson::errorsInReadingsNameThePath()
{
    QJsonObject json = validJson();
    QJsonArray readings = json.value(u"readings").toArray();
    QJsonObject second = readings.at(1).toObject();
    second.insert(u"state"_s, u"Accepted"_s);
    readings[1] = second;
    json.insert(u"readings"_s, readings);
    QCOMPARE(JsonTest::decodeError(decode, json),
             JsonTest::error(JsonError::Reason::UnknownKey, u"readings[1].state"_s));

    second.insert(u"state"_s, u"accepted"_s);
    second.insert(u"valueThousandths"_s, 12.345);
    readings[1] = second;
    json.insert(u"readings"_s, readings);
    QCOMPARE(JsonTest::decodeError(decode, json),
             JsonTest::error(JsonError::Reason::NotAnInteger, u"readings[1].valueThousandths"_s));
}

void TestMeterJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestMeterJson)
#include "tst_meterjson.moc"
