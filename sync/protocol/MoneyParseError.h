#pragma once

#include <QString>

// Why Money::parse() rejected what the user typed. Each reason has its own text so the form can
// tell the user exactly what to fix, and tests can check the reason rather than the wording.
enum class MoneyParseError
{
    None,
    Empty, // nothing but whitespace
    Negative, // a leading minus in front of an otherwise well-formed amount
    TooManyDecimals, // three or more digits after the decimal separator ("1,500" is not 1500)
    InvalidCharacter, // anything other than digits, one ',' or '.', group spaces, a leading minus
    Malformed, // allowed characters in a wrong arrangement: two separators, bad digit grouping
    Overflow, // more kopecks than a qint64 holds
};

// The human-readable explanation of a parse failure; empty for MoneyParseError::None.
QString moneyParseErrorText(MoneyParseError error);
