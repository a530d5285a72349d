#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// Meter values as people read and type them: the cache keeps integer thousandths of the unit
// (12,345 m³ is 12345), written the Russian way with a decimal comma, three decimals and the
// thousands grouped by no-break spaces (100 434,621). Integer
// arithmetic only, so that 12,345 never becomes 12,344.
class MeterValueText
{
public:
    MeterValueText() = delete;

    enum class Problem
    {
        None,
        Empty,
        NotANumber, // anything but digits, one decimal comma or point, and spaces between groups
        TooManyDecimals, // more than three digits after the comma
        TooLarge,
    };

    static QString format(qint64 thousandths);
    // "12,345", "12.345", "12", "1 234,5" and the like; problem (when given) says what is wrong
    // when the result is std::nullopt. A minus sign is not a number here: readings never go below
    // zero.
    static std::optional<qint64> parse(QStringView text, Problem* problem = nullptr);
    // A translated sentence for people; empty for None.
    static QString problemText(Problem problem);
};
