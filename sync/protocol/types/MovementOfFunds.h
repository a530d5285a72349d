#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"

#include <optional>

// The movement of funds on an account over the periods from..to («Движение средств»): what was
// owed at the start, what was charged, corrected and paid, and what is owed at the end. Always
// closing = opening + charged + recalculated − paid, to the kopeck; a positive balance is a debt.
struct MovementOfFunds
{
    Period from;
    Period to;
    Money opening; // the closing balance of the period before from
    Money charged;
    Money recalculated; // negative when the recalculations reduced what is owed
    Money paid;
    Money closing;

    // The movement with its closing balance worked out; std::nullopt when that overflows.
    static std::optional<MovementOfFunds> compute(Period from, Period to, Money opening,
                                                  Money charged, Money recalculated, Money paid)
    {
        const std::optional<Money> closing = closingBalance(opening, charged, recalculated, paid);
        if (!closing)
            return std::nullopt;
        return MovementOfFunds {from, to, opening, charged, recalculated, paid, *closing};
    }

    // Whether closing is what the other amounts add up to (false when the sum overflows).
    bool isConsistent() const
    {
        return closingBalance(opening, charged, recalculated, paid) == closing;
    }

    friend bool operator==(const MovementOfFunds&, const MovementOfFunds&) = default;

private:
    // Checked, not saturating: a saturated sum could pass for a consistent one.
    static std::optional<Money> closingBalance(Money opening, Money charged, Money recalculated,
                                               Money paid)
    {
        std::optional<Money> sum = opening.checkedAdd(charged);
        if (sum)
            sum = sum->checkedAdd(recalculated);
        if (sum)
            sum = sum->checkedSubtract(paid);
        return sum;
    }
};
