#include "Money.h"

#include <QDebug>
#include <QtNumeric>

#include <limits>

namespace {

constexpr qint64 kopecksPerRouble = 100;
constexpr QChar noBreakSpace(0x00A0);
constexpr QChar narrowNoBreakSpace(0x202F);
constexpr QChar minusSign(0x2212);

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

bool isMinus(QChar c)
{
    return c == u'-' || c == minusSign;
}

bool isDecimalSeparator(QChar c)
{
    return c == u',' || c == u'.';
}

// Spaces people (and spreadsheets, and Russian locale formatting) put between thousands.
bool isGroupSeparator(QChar c)
{
    return c == u' ' || c == noBreakSpace || c == narrowNoBreakSpace;
}

bool isDigitRun(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Grouping is optional, but if the user groups at all it must be regular: a leading group of one
// to three digits followed by groups of exactly three, each after a single separator. Anything
// else ("12 34", "1  234") is more likely a typo than an amount, so we refuse to guess.
bool isWellGrouped(QStringView integerPart)
{
    qsizetype groupStart = 0;
    bool first = true;
    for (qsizetype i = 0; i <= integerPart.size(); ++i) {
        if (i < integerPart.size() && !isGroupSeparator(integerPart.at(i)))
            continue;
        const qsizetype length = i - groupStart;
        if (first) {
            if (i == integerPart.size())
                return true; // no separators at all: any number of digits
            if (length < 1 || length > 3)
                return false;
            first = false;
        } else if (length != 3) {
            return false;
        }
        groupStart = i + 1;
    }
    return true;
}

MoneyParseResult failure(MoneyParseError error)
{
    return MoneyParseResult {Money(), error};
}

MoneyParseResult parseMagnitude(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c) && !isDecimalSeparator(c) && !isGroupSeparator(c))
            return failure(MoneyParseError::InvalidCharacter);
    }

    qsizetype separatorAt = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isDecimalSeparator(text.at(i)))
            continue;
        if (separatorAt >= 0)
            return failure(MoneyParseError::Malformed);
        separatorAt = i;
    }
    const QStringView integerPart = separatorAt < 0 ? text : text.left(separatorAt);
    const QStringView fractionPart = separatorAt < 0 ? QStringView() : text.mid(separatorAt + 1);

    if (integerPart.isEmpty() && fractionPart.isEmpty())
        return failure(MoneyParseError::Malformed);
    if (!isDigitRun(fractionPart) || !isWellGrouped(integerPart))
        return failure(MoneyParseError::Malformed);
    if (fractionPart.size() > 2)
        return failure(MoneyParseError::TooManyDecimals);

    qint64 roubles = 0;
    for (QChar c : integerPart) {
        if (isGroupSeparator(c))
            continue;
        if (qMulOverflow(roubles, qint64(10), &roubles)
            || qAddOverflow(roubles, qint64(digitValue(c)), &roubles))
            return failure(MoneyParseError::Overflow);
    }
    qint64 kopecks = 0;
    if (qMulOverflow(roubles, kopecksPerRouble, &kopecks))
        return failure(MoneyParseError::Overflow);

    // "100,5" means fifty kopecks, as in the written amount, not five.
    qint64 fraction = 0;
    if (!fractionPart.isEmpty())
        fraction = digitValue(fractionPart.at(0)) * 10;
    if (fractionPart.size() == 2)
        fraction += digitValue(fractionPart.at(1));
    if (qAddOverflow(kopecks, fraction, &kopecks))
        return failure(MoneyParseError::Overflow);

    return MoneyParseResult {Money::fromKopecks(kopecks), MoneyParseError::None};
}

// The absolute value as unsigned, which also covers the most negative qint64.
quint64 magnitude(qint64 kopecks)
{
    const auto bits = static_cast<quint64>(kopecks);
    return kopecks < 0 ? quint64(0) - bits : bits;
}

QString formatted(qint64 kopecks, QChar groupSeparator, QChar decimalSeparator)
{
    const quint64 absolute = magnitude(kopecks);
    const QString roubleDigits = QString::number(absolute / kopecksPerRouble);
    const quint64 rest = absolute % kopecksPerRouble;

    QString result;
    result.reserve(roubleDigits.size() * 4 / 3 + 5);
    if (kopecks < 0)
        result += u'-';
    for (qsizetype i = 0; i < roubleDigits.size(); ++i) {
        if (!groupSeparator.isNull() && i > 0 && (roubleDigits.size() - i) % 3 == 0)
            result += groupSeparator;
        result += roubleDigits.at(i);
    }
    result += decimalSeparator;
    result += QChar(u'0' + static_cast<char16_t>(rest / 10));
    result += QChar(u'0' + static_cast<char16_t>(rest % 10));
    return result;
}

} // namespace

std::optional<Money> Money::checkedAdd(Money other) const
{
    qint64 sum = 0;
    if (qAddOverflow(m_kopecks, other.m_kopecks, &sum))
        return std::nullopt;
    return Money(sum);
}

std::optional<Money> Money::checkedSubtract(Money other) const
{
    qint64 difference = 0;
    if (qSubOverflow(m_kopecks, other.m_kopecks, &difference))
        return std::nullopt;
    return Money(difference);
}

std::optional<Money> Money::checkedNegate() const
{
    if (m_kopecks == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(-m_kopecks);
}

Money& Money::operator+=(Money other)
{
    if (const auto sum = checkedAdd(other))
        *this = *sum;
    else
        m_kopecks = other.m_kopecks > 0 ? std::numeric_limits<qint64>::max()
                                        : std::numeric_limits<qint64>::min();
    return *this;
}

Money& Money::operator-=(Money other)
{
    if (const auto difference = checkedSubtract(other))
        *this = *difference;
    else
        m_kopecks = other.m_kopecks < 0 ? std::numeric_limits<qint64>::max()
                                        : std::numeric_limits<qint64>::min();
    return *this;
}

Money Money::operator-() const
{
    return checkedNegate().value_or(Money(std::numeric_limits<qint64>::max()));
}

MoneyParseResult Money::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failure(MoneyParseError::Empty);

    if (!isMinus(trimmed.front()))
        return parseMagnitude(trimmed);

    // Say "negative" only when that is the one thing wrong; "-abc" is garbage first.
    const MoneyParseResult rest = parseMagnitude(trimmed.mid(1).trimmed());
    if (rest.error == MoneyParseError::None || rest.error == MoneyParseError::Overflow)
        return failure(MoneyParseError::Negative);
    return rest;
}

QString Money::toString() const
{
    return formatted(m_kopecks, noBreakSpace, u',');
}

QString Money::toPlainDecimal() const
{
    return formatted(m_kopecks, QChar(), u'.');
}

QDebug operator<<(QDebug debug, Money money)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Money(" << money.toPlainDecimal() << ')';
    return debug;
}
