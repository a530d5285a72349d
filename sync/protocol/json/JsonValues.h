#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>

#include <optional>

// The wire forms of the API's scalar values (docs/api.md, "Conventions"), in both directions.
//
// Numbers: JSON numbers are IEEE doubles to many parsers (JavaScript's among them), and a double
// holds every integer only up to 2^53. So every integer on the wire, kopecks included, stays
// within ±maxSafeInteger (2^53 − 1, JavaScript's Number.MAX_SAFE_INTEGER): the decoder rejects
// anything beyond as OutOfRange, and encoding such a value is a programming error (it asserts in
// debug builds; a release build writes the exact digits, which every decoder here then rejects).
// 2^53 − 1 kopecks are about 90 trillion roubles, so no real amount comes near.
class JsonValues
{
public:
    JsonValues() = delete;

    static constexpr qint64 maxSafeInteger = (qint64(1) << 53) - 1;

    static constexpr bool isSafeInteger(qint64 value)
    {
        return value >= -maxSafeInteger && value <= maxSafeInteger;
    }

    // Numbers; see above about the range.
    static QJsonValue integer(qint64 value);
    static QJsonValue optionalInteger(std::optional<qint64> value); // null when absent
    static QJsonValue money(Money amount);
    static QJsonValue optionalMoney(std::optional<Money> amount); // null when absent

    // "2014-09"; null for an invalid period.
    static QJsonValue period(Period period);
    // "2014-09-25"; null for a null or invalid date.
    static QJsonValue date(QDate date);
    // "2014-09-25T10:15:00Z" in UTC whatever the time spec of instant, with milliseconds
    // ("…T10:15:00.250Z") only when there are any; null for an invalid instant.
    static QJsonValue instant(const QDateTime& instant);
    // The text, or null when it is empty.
    static QJsonValue optionalString(const QString& text);
    static QJsonArray stringList(const QStringList& list);

    // Strictly "YYYY-MM-DD" with ASCII digits and a day that exists; a null QDate otherwise.
    static QDate parseDate(QStringView text);
    static QString dateToString(QDate date); // empty for an invalid date
    // Strictly "YYYY-MM-DDTHH:MM:SSZ", optionally with one to three digits of a second's fraction
    // before the Z; no other offset is accepted. An invalid QDateTime otherwise; the result is in
    // UTC.
    static QDateTime parseInstant(QStringView text);
    static QString instantToString(const QDateTime& instant); // empty for an invalid instant
};
