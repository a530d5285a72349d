#pragma once

#include "protocol/types/Meter.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// The rules of docs/api.md ("Meter readings") for a new reading, shared by the client (checking
// before the reading is queued) and the server (checking again):
// - the value is not negative, not below the meter's last reading and at most
//   maxIncreaseThousandths (100 000 units) above it; a first reading may be anything from 0;
// - the date is valid, not after latestAllowed, and after the last reading's date (a meter has one
//   reading per date).
// The value is checked first. What counts as "the future" is the caller's: the server cannot know
// the user's time zone and allows the date in UTC+14 (latestAllowedDate()); the client knows it and
// allows today.
class MeterReadingCheck
{
public:
    MeterReadingCheck() = delete;

    static constexpr qint64 maxIncreaseThousandths = qint64(100'000) * 1000;

    enum class Problem
    {
        None,
        Negative,
        BelowLast,
        TooFarAboveLast,
        InvalidDate,
        FutureDate,
        BeforeLast,
        SameDateAsLast,
    };

    // meter gives the last reading (Meter::hasLastReading()).
    static Problem check(const Meter& meter, QDate date, qint64 valueThousandths,
                         QDate latestAllowed);
    // The largest value the meter accepts next; std::numeric_limits<qint64>::max() without a last
    // reading.
    static qint64 maximumValue(const Meter& meter);
    // The latest date that is not in the future anywhere on Earth at now (UTC+14).
    static QDate latestAllowedDate(const QDateTime& now);

    // The request field at fault: "valueThousandths" or "date"; empty for None.
    static QString field(Problem problem);
    // A translated sentence for people; empty for None.
    static QString problemText(Problem problem);
};
