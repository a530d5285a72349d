#include "meters/MeterReadingRules.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 earliestZoneOffsetSecs = 14 * 60 * 60;
} // namespace

std::optional<ApiError> MeterReadingRules::check(const Meter& meter, QDate date,
                                                 qint64 valueThousandths, const QDateTime& now)
{
    const QString valueField = u"valueThousandths"_s;
    if (valueThousandths < 0)
        return ApiError(ApiErrorCode::Invalid, valueField, tr("A reading cannot be negative."));
    if (meter.hasLastReading()) {
        if (valueThousandths < meter.lastValueThousandths)
            return ApiError(ApiErrorCode::Invalid, valueField,
                            tr("The reading is below the last one."));
        if (valueThousandths - meter.lastValueThousandths > maxIncreaseThousandths)
            return ApiError(ApiErrorCode::Invalid, valueField,
                            tr("The reading is more than %1 units above the last one.")
                                .arg(maxIncreaseThousandths / 1000));
    }
    const QString dateField = u"date"_s;
    if (!date.isValid())
        return ApiError(ApiErrorCode::Invalid, dateField, tr("The date is not a valid date."));
    if (date > latestAllowedDate(now))
        return ApiError(ApiErrorCode::Invalid, dateField, tr("The date is in the future."));
    if (meter.hasLastReading()) {
        if (date < meter.lastReadingDate)
            return ApiError(ApiErrorCode::Invalid, dateField,
                            tr("The date is before the last reading."));
        if (date == meter.lastReadingDate)
            return ApiError(ApiErrorCode::Invalid, dateField,
                            tr("The meter already has a reading of that date."));
    }
    return std::nullopt;
}

QDate MeterReadingRules::latestAllowedDate(const QDateTime& now)
{
    return now.toUTC().addSecs(earliestZoneOffsetSecs).date();
}
