#pragma once

#include "protocol/Money.h"

#include <QColor>
#include <QString>

// How an account's balance reads everywhere in the app: the portal never shows a signed number,
// it says «Долг 220,25» or «Переплата 1 543,10», so the sign becomes a word.
class BalanceText
{
public:
    // "Debt 220,25 ₽", "Overpayment 1 543,10 ₽", "No debt".
    static QString text(Money balance);
    // The word alone ("Debt", "Overpayment", "No debt"), for a label beside a bold amount.
    static QString label(Money balance);
    // "220,25 ₽": the amount without its sign, in Russian format.
    static QString amount(Money balance);
    // Red for a debt, green for an overpayment; invalid (the palette's) when settled.
    static QColor color(Money balance);
};
