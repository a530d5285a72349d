#pragma once

#include "MoneyParseError.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

class QDebug;
struct MoneyParseResult;

// An amount of money in whole kopecks. Never floating point: 0.1 + 0.2 must stay 0,30.
//
// Overflow: operator+, operator- (binary and unary), += and -= saturate at the qint64 limits
// instead of wrapping, so an absurd amount can never turn into one of the opposite sign. Code
// that must know about overflow (sums coming from the network, for example) uses checkedAdd(),
// checkedSubtract() and checkedNegate(), which return std::nullopt instead.
class Money
{
public:
    constexpr Money() = default;

    static constexpr Money fromKopecks(qint64 kopecks) { return Money(kopecks); }
    constexpr qint64 kopecks() const { return m_kopecks; }

    constexpr bool isZero() const { return m_kopecks == 0; }
    constexpr bool isNegative() const { return m_kopecks < 0; }
    constexpr bool isPositive() const { return m_kopecks > 0; }

    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSubtract(Money other) const;
    std::optional<Money> checkedNegate() const;

    Money& operator+=(Money other);
    Money& operator-=(Money other);
    friend Money operator+(Money a, Money b) { return a += b; }
    friend Money operator-(Money a, Money b) { return a -= b; }
    Money operator-() const;

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr std::strong_ordering operator<=>(Money, Money) = default;

    // Parses an amount as a person types it into a form. Accepted, after trimming surrounding
    // whitespace: "123", "123,45", "123.45", "100,5" (= 100,50), ",5" (= 0,50), "5," (= 5,00),
    // and grouped thousands "1 234 567,89" where each separator is one ordinary space, U+00A0 or
    // U+202F and every group after the first has exactly three digits ("12 34,00" is Malformed).
    // A '.' or ',' is always the decimal separator, never a thousands separator, so "1.234,50"
    // (two separators) is Malformed and "1,500" is TooManyDecimals. Only ASCII digits count.
    // A leading '-' or U+2212 gives Negative when the rest is otherwise acceptable (including too
    // large); otherwise the rest's own error is reported.
    static MoneyParseResult parse(QStringView text);

    // Russian display form: "1 234,50" with U+00A0 between thousands groups, always two decimals,
    // "-1 234,50" for negative amounts.
    QString toString() const;
    // Machine form for files and protocols: "1234.50", "-1234.50".
    QString toPlainDecimal() const;

private:
    constexpr explicit Money(qint64 kopecks)
        : m_kopecks(kopecks)
    { }

    qint64 m_kopecks = 0;
};

struct MoneyParseResult
{
    Money value; // zero unless error == MoneyParseError::None
    MoneyParseError error = MoneyParseError::None;

    bool isValid() const { return error == MoneyParseError::None; }
    QString errorText() const { return moneyParseErrorText(error); }
};

inline size_t qHash(Money money, size_t seed = 0) noexcept
{
    return qHash(money.kopecks(), seed);
}

QDebug operator<<(QDebug debug, Money money);

Q_DECLARE_METATYPE(Money)
