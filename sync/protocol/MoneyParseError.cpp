#include "MoneyParseError.h"

#include <QCoreApplication>

QString moneyParseErrorText(MoneyParseError error)
{
    switch (error) {
    case MoneyParseError::None:
        return {};
    case MoneyParseError::Empty:
        return QCoreApplication::translate("MoneyParseError",
                                           "Enter the amount, for example 123,45.");
    case MoneyParseError::Negative:
        return QCoreApplication::translate("MoneyParseError", "The amount cannot be negative.");
    case MoneyParseError::TooManyDecimals:
        return QCoreApplication::translate("MoneyParseError",
                                           "Enter at most two digits of kopecks after the comma, "
                                           "for example 123,45.");
    case MoneyParseError::InvalidCharacter:
        return QCoreApplication::translate(
            "MoneyParseError",
            "The amount may contain only digits and a comma, for example 123,45.");
    case MoneyParseError::Malformed:
        return QCoreApplication::translate(
            "MoneyParseError", "Enter the amount in roubles and kopecks, for example 123,45.");
    case MoneyParseError::Overflow:
        return QCoreApplication::translate("MoneyParseError", "The amount is too large.");
    }
    return {};
}
