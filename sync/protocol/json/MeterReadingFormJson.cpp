#include "MeterReadingFormJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject MeterReadingFormJson::toJson(const MeterReadingForm& meterReadingForm)
{
    return QJsonObject {
        {u"date"_s, JsonValues::date(meterReadingForm.date)},
        {u"valueThousandths"_s, JsonValues::integer(meterReadingForm.valueThousandths)},
    };
}

std::optional<MeterReadingForm> MeterReadingFormJson::fromJson(const QJsonObject& object,
                                                               JsonError* error)
{
    JsonReader reader(object);
    MeterReadingForm form;
    form.date = reader.date(u"date");
    form.valueThousandths = reader.integer(u"valueThousandths");
    return reader.result(form, error);
}
