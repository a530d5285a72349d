#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>

class QDebug;

// A billing period: one calendar month of one year, 1900-01 .. 9999-12.
//
// Every out-of-range construction yields the single invalid Period(), which compares equal to
// every other invalid period and sorts before all valid ones. Operations on an invalid period give
// an invalid period (or 0 / an empty string, as documented per function).
class Period
{
public:
    static constexpr int minYear = 1900;
    static constexpr int maxYear = 9999;

    constexpr Period() = default;
    Period(int year, int month);

    bool isValid() const { return m_month != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }

    // Strictly "YYYY-MM" (seven characters, zero-padded month), as in JSON and file names.
    static Period fromIsoString(QStringView text);
    QString toIsoString() const; // empty when invalid

    static Period fromDate(QDate date);
    QDate firstDay() const; // null QDate when invalid
    QDate lastDay() const;

    // Invalid when the result leaves the 1900..9999 range.
    Period addMonths(int months) const;
    Period next() const { return addMonths(1); }
    Period previous() const { return addMonths(-1); }
    // Months from this period to other: positive when other is later; 0 if either is invalid.
    int monthsTo(Period other) const;

    // year * 100 + month, e.g. 201409: a sortable integer column for SQL. 0 when invalid.
    int toKey() const { return m_year * 100 + m_month; }
    static Period fromKey(int key);

    // Lower-case nominative month and year, as on receipts: «сентябрь 2014».
    QString toRussianString() const;
    // For phrases like «Начисление за сентябрь 2014 года» (after «за» the accusative equals the
    // nominative for every month).
    QString toRussianPhrase() const;
    // month 1..12; empty otherwise. Nominative «сентябрь», genitive «сентября» (as in dates,
    // «1 сентября»).
    static QString russianMonthName(int month);
    static QString russianMonthNameGenitive(int month);

    friend constexpr bool operator==(Period, Period) = default;
    friend constexpr std::strong_ordering operator<=>(Period, Period) = default;

private:
    int monthIndex() const { return m_year * 12 + (m_month - 1); }

    // Order matters: the defaulted comparisons compare the year first.
    int m_year = 0;
    int m_month = 0;
};

inline size_t qHash(Period period, size_t seed = 0) noexcept
{
    return qHash(period.toKey(), seed);
}

QDebug operator<<(QDebug debug, Period period);

Q_DECLARE_METATYPE(Period)
