#include "meters/NewMeterReading.h"

#include "http/JsonFieldReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

NewMeterReading NewMeterReading::read(JsonFieldReader& fields)
{
    NewMeterReading reading;
    const QString date = fields.requiredString(u"date"_s);
    reading.valueThousandths = fields.requiredInteger(u"valueThousandths"_s);
    if (fields.hasError())
        return reading;
    reading.date = JsonValues::parseDate(date);
    if (!reading.date.isValid())
        fields.fail(ApiError(ApiErrorCode::Invalid, u"date"_s,
                             tr("The date must be a date written as YYYY-MM-DD.")));
    return reading;
}
