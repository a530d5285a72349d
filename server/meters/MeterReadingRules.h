#pragma once

#include "http/ApiError.h"
#include "protocol/MeterReadingCheck.h"
#include "protocol/types/Meter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>

// The rules of docs/api.md ("Meter readings") for a reading a user sends, as MeterReadingCheck
// shares them with the client, answered as the API's errors:
// - valueThousandths is not negative, not below the meter's last reading and at most
//   maxIncreaseThousandths (100 000 units) above it;
// - the date is not in the future and not before the last reading; a meter has one reading per
//   date, so the last reading's date is taken too.
// "The future" starts after the current date in UTC+14, the earliest time zone: the server cannot
// know the user's zone, and a reading taken this morning in Kamchatka must not be refused because
// it is still yesterday in UTC.
class MeterReadingRules
{
    Q_DECLARE_TR_FUNCTIONS(MeterReadingRules)

public:
    MeterReadingRules() = delete;

    static constexpr qint64 maxIncreaseThousandths = MeterReadingCheck::maxIncreaseThousandths;

    // The error answer (422 invalid naming "valueThousandths" or "date"), std::nullopt when the
    // reading may be recorded. The value is checked first.
    static std::optional<ApiError> check(const Meter& meter, QDate date, qint64 valueThousandths,
                                         const QDateTime& now);
    // The latest date that is not in the future at now.
    static QDate latestAllowedDate(const QDateTime& now);
};
