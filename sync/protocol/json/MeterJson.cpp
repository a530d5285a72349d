#include "MeterJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"
#include "protocol/json/MeterReadingJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QJsonObject MeterJson::toJson(const MeterDetails& meterDetails)
{
    const Meter& meter = meterDetails.meter;
    QJsonArray readings;
    for (const MeterReading& reading : meterDetails.readings)
        readings.append(MeterReadingJson::toJson(reading));
    return QJsonObject {
        {u"id"_s, JsonValues::integer(meter.id)},
        {u"service"_s, meter.service},
        {u"serialNumber"_s, meter.serialNumber},
        {u"lastValueThousandths"_s, JsonValues::integer(meter.lastValueThousandths)},
        {u"lastReadingDate"_s, JsonValues::date(meter.lastReadingDate)},
        {u"readings"_s, readings},
    };
}

std::optional<MeterDetails> MeterJson::fromJson(const QJsonObject& object, qint64 accountId,
                                                JsonError* error)
{
    JsonReader reader(object);
    MeterDetails details;
    Meter& meter = details.meter;
    meter.id = reader.integer(u"id");
    meter.accountId = accountId;
    meter.service = reader.string(u"service");
    meter.serialNumber = reader.string(u"serialNumber");
    meter.lastValueThousandths = reader.integer(u"lastValueThousandths");
    meter.lastReadingDate = reader.optionalDate(u"lastReadingDate");
    const qint64 meterId = meter.id;
    details.readings = reader.objectList<MeterReading>(
        u"readings", [meterId](const QJsonObject& reading, JsonError* readingError) {
            return MeterReadingJson::fromJson(reading, meterId, readingError);
        });
    return reader.result(details, error);
}
