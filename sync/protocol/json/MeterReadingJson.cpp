#include "MeterReadingJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject MeterReadingJson::toJson(const MeterReading& meterReading)
{
    return QJsonObject {
        {u"date"_s, JsonValues::date(meterReading.date)},
        {u"valueThousandths"_s, JsonValues::integer(meterReading.valueThousandths)},
        {u"state"_s, MeterReading::stateKey(meterReading.state)},
    };
}

std::optional<MeterReading> MeterReadingJson::fromJson(const QJsonObject& object, qint64 meterId,
                                                       JsonError* error)
{
    JsonReader reader(object);
    MeterReading reading;
    reading.meterId = meterId;
    reading.date = reader.date(u"date");
    reading.valueThousandths = reader.integer(u"valueThousandths");
    reading.state = reader.enumeration<MeterReading::State>(u"state", MeterReading::stateFromKey);
    return reader.result(reading, error);
}
