#include "MeterReadingCheck.h"

#include <QCoreApplication>

#include <limits>

namespace {
constexpr qint64 earliestZoneOffsetSecs = 14 * 60 * 60;
} // namespace

MeterReadingCheck::Problem MeterReadingCheck::check(const Meter& meter, QDate date,
                                                    qint64 valueThousandths, QDate latestAllowed)
{
    if (valueThousandths < 0)
        return Problem::Negative;
    if (meter.hasLastReading()) {
        if (valueThousandths < meter.lastValueThousandths)
            return Problem::BelowLast;
        if (valueThousandths > maximumValue(meter))
            return Problem::TooFarAboveLast;
    }
    if (!date.isValid())
        return Problem::InvalidDate;
    if (date > latestAllowed)
        return Problem::FutureDate;
    if (meter.hasLastReading()) {
        if (date < meter.lastReadingDate)
            return Problem::BeforeLast;
        if (date == meter.lastReadingDate)
            return Problem::SameDateAsLast;
    }
    return Problem::None;
}

qint64 MeterReadingCheck::maximumValue(const Meter& meter)
{
    if (!meter.hasLastReading()
        || meter.lastValueThousandths > std::numeric_limits<qint64>::max() - maxIncreaseThousandths)
        return std::numeric_limits<qint64>::max();
    return meter.lastValueThousandths + maxIncreaseThousandths;
}

QDate MeterReadingCheck::latestAllowedDate(const QDateTime& now)
{
    return now.toUTC().addSecs(earliestZoneOffsetSecs).date();
}

QString MeterReadingCheck::field(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Negative:
    case Problem::BelowLast:
    case Problem::TooFarAboveLast:
        return QStringLiteral("valueThousandths");
    case Problem::InvalidDate:
    case Problem::FutureDate:
    case Problem::BeforeLast:
    case Problem::SameDateAsLast:
        return QStringLiteral("date");
    }
    return {};
}

QString MeterReadingCheck::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Negative:
        return QCoreApplication::translate("MeterReadingCheck", "A reading cannot be negative.");
    case Problem::BelowLast:
        return QCoreApplication::translate("MeterReadingCheck",
                                           "The reading is below the last one.");
    case Problem::TooFarAboveLast:
        return QCoreApplication::translate("MeterReadingCheck",
                                           "The reading is more than %1 units above the last one.")
            .arg(maxIncreaseThousandths / 1000);
    case Problem::InvalidDate:
        return QCoreApplication::translate("MeterReadingCheck", "The date is not a valid date.");
    case Problem::FutureDate:
        return QCoreApplication::translate("MeterReadingCheck", "The date is in the future.");
    case Problem::BeforeLast:
        return QCoreApplication::translate("MeterReadingCheck",
                                           "The date is before the last reading.");
    case Problem::SameDateAsLast:
        return QCoreApplication::translate("MeterReadingCheck",
                                           "The meter already has a reading of that date.");
    }
    return {};
}
