#include "meters/MeterReadingRules.h"

#include "protocol/MeterReadingCheck.h"

std::optional<ApiError> MeterReadingRules::check(const Meter& meter, QDate date,
                                                 qint64 valueThousandths, const QDateTime& now)
{
    const MeterReadingCheck::Problem problem =
        MeterReadingCheck::check(meter, date, valueThousandths, latestAllowedDate(now));
    if (problem == MeterReadingCheck::Problem::None)
        return std::nullopt;
    return ApiError(ApiErrorCode::Invalid, MeterReadingCheck::field(problem),
                    MeterReadingCheck::problemText(problem));
}

QDate MeterReadingRules::latestAllowedDate(const QDateTime& now)
{
    return MeterReadingCheck::latestAllowedDate(now);
}
