#include "JsonValues.h"

#include <QTime>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The number written by the ASCII digits text[from, from + count); -1 if any is not a digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (!isAsciiDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

constexpr qsizetype dateLength = 10; // YYYY-MM-DD
constexpr qsizetype instantLength = 20; // YYYY-MM-DDTHH:MM:SSZ

} // namespace

QJsonValue JsonValues::integer(qint64 value)
{
    Q_ASSERT_X(isSafeInteger(value), "JsonValues::integer",
               "an integer beyond 2^53 - 1 cannot travel through JSON exactly");
    return QJsonValue(value);
}

QJsonValue JsonValues::optionalInteger(std::optional<qint64> value)
{
    return value ? integer(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonValues::money(Money amount)
{
    return integer(amount.kopecks());
}

QJsonValue JsonValues::optionalMoney(std::optional<Money> amount)
{
    return amount ? money(*amount) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonValues::period(Period period)
{
    return period.isValid() ? QJsonValue(period.toIsoString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonValues::date(QDate date)
{
    return date.isValid() ? QJsonValue(dateToString(date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonValues::instant(const QDateTime& instant)
{
    return instant.isValid() ? QJsonValue(instantToString(instant)) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonValues::optionalString(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray JsonValues::stringList(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QDate JsonValues::parseDate(QStringView text)
{
    if (text.size() != dateLength || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // null unless such a day exists (Qt has no year 0)
}

QString JsonValues::dateToString(QDate date)
{
    if (!date.isValid())
        return {};
    return date.toString(u"yyyy-MM-dd");
}

QDateTime JsonValues::parseInstant(QStringView text)
{
    if (text.size() < instantLength || text.back() != u'Z' || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':')
        return {};
    const QDate date = parseDate(text.first(dateLength));
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (!date.isValid() || hour < 0 || minute < 0 || second < 0)
        return {};

    // Between the seconds and the Z: nothing, or '.' and one to three digits.
    const QStringView fraction = text.sliced(19, text.size() - instantLength);
    int millisecond = 0;
    if (!fraction.isEmpty()) {
        if (fraction.size() < 2 || fraction.size() > 4 || fraction.front() != u'.')
            return {};
        millisecond = digitsAt(fraction, 1, fraction.size() - 1);
        if (millisecond < 0)
            return {};
        for (qsizetype i = fraction.size(); i < 4; ++i)
            millisecond *= 10; // ".5" is 500 ms
    }

    const QTime time(hour, minute, second, millisecond);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString JsonValues::instantToString(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    const QDateTime utc = instant.toUTC();
    const QString format =
        utc.time().msec() == 0 ? u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s : u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s;
    return utc.toString(format);
}
