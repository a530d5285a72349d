#include "accounts/BalanceText.h"

#include <QCoreApplication>

#include <limits>

QString BalanceText::text(Money balance)
{
    if (balance.isPositive())
        return QCoreApplication::translate("BalanceText", "Debt %1").arg(amount(balance));
    if (balance.isNegative())
        return QCoreApplication::translate("BalanceText", "Overpayment %1").arg(amount(balance));
    return label(balance);
}

QString BalanceText::label(Money balance)
{
    if (balance.isPositive())
        return QCoreApplication::translate("BalanceText", "Debt");
    if (balance.isNegative())
        return QCoreApplication::translate("BalanceText", "Overpayment");
    return QCoreApplication::translate("BalanceText", "No debt");
}

QString BalanceText::amount(Money balance)
{
    // checkedNegate() fails only for the most negative qint64; saturating is right for display.
    const Money magnitude = balance.isNegative()
        ? balance.checkedNegate().value_or(Money::fromKopecks(std::numeric_limits<qint64>::max()))
        : balance;
    //: %1 is an amount such as "1 543,10"; ₽ is the rouble sign
    return QCoreApplication::translate("BalanceText", "%1 ₽").arg(magnitude.toString());
}

QColor BalanceText::color(Money balance)
{
    if (balance.isPositive())
        return QColor(0xb0, 0x1e, 0x1e);
    if (balance.isNegative())
        return QColor(0x1e, 0x7a, 0x34);
    return {};
}
