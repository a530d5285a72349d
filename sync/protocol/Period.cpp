#include "Period.h"

#include <QDebug>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isInRange(int year, int month)
{
    return year >= Period::minYear && year <= Period::maxYear && month >= 1 && month <= 12;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

} // namespace

Period::Period(int year, int month)
{
    if (isInRange(year, month)) {
        m_year = year;
        m_month = month;
    }
}

Period Period::fromIsoString(QStringView text)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return {};
    int value[2] = {0, 0};
    for (qsizetype i = 0; i < 7; ++i) {
        if (i == 4)
            continue;
        const QChar c = text.at(i);
        if (!isAsciiDigit(c))
            return {};
        int& part = value[i < 4 ? 0 : 1];
        part = part * 10 + digitValue(c);
    }
    return Period(value[0], value[1]);
}

QString Period::toIsoString() const
{
    if (!isValid())
        return {};
    return u"%1-%2"_s.arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

Period Period::fromDate(QDate date)
{
    if (!date.isValid() || date.year() < minYear || date.year() > maxYear)
        return {};
    return Period(date.year(), date.month());
}

QDate Period::firstDay() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month, 1);
}

QDate Period::lastDay() const
{
    if (!isValid())
        return {};
    const QDate first = firstDay();
    return QDate(m_year, m_month, first.daysInMonth());
}

Period Period::addMonths(int months) const
{
    if (!isValid())
        return {};
    // In 64 bits so that addMonths(INT_MAX) is merely invalid, not undefined.
    const qint64 index = qint64(monthIndex()) + months;
    if (index < qint64(minYear) * 12 || index >= (qint64(maxYear) + 1) * 12)
        return {};
    return Period(static_cast<int>(index / 12), static_cast<int>(index % 12) + 1);
}

int Period::monthsTo(Period other) const
{
    if (!isValid() || !other.isValid())
        return 0;
    return other.monthIndex() - monthIndex();
}

Period Period::fromKey(int key)
{
    if (key <= 0)
        return {};
    return Period(key / 100, key % 100);
}

QString Period::toRussianString() const
{
    if (!isValid())
        return {};
    return russianMonthName(m_month) % u' ' % QString::number(m_year);
}

QString Period::toRussianPhrase() const
{
    if (!isValid())
        return {};
    return toRussianString() % u" года";
}

QString Period::russianMonthName(int month)
{
    static const std::array<QString, 12> names = {
        u"январь"_s, u"февраль"_s, u"март"_s,     u"апрель"_s,  u"май"_s,    u"июнь"_s,
        u"июль"_s,   u"август"_s,  u"сентябрь"_s, u"октябрь"_s, u"ноябрь"_s, u"декабрь"_s,
    };
    if (month < 1 || month > 12)
        return {};
    return names[static_cast<std::size_t>(month - 1)];
}

QString Period::russianMonthNameGenitive(int month)
{
    static const std::array<QString, 12> names = {
        u"января"_s, u"февраля"_s, u"марта"_s,    u"апреля"_s,  u"мая"_s,    u"июня"_s,
        u"июля"_s,   u"августа"_s, u"сентября"_s, u"октября"_s, u"ноября"_s, u"декабря"_s,
    };
    if (month < 1 || month > 12)
        return {};
    return names[static_cast<std::size_t>(month - 1)];
}

QDebug operator<<(QDebug debug, Period period)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Period(";
    if (period.isValid())
        debug << period.toIsoString();
    else
        debug << "invalid";
    debug << ')';
    return debug;
}
