#pragma once

#include "charges/AccountHistory.h"
#include "protocol/Money.h"

#include <QList>

#include <optional>

// What was charged and what was paid in each calendar year of a range, for the charges against
// payments chart. A year the range cuts counts only its months inside the range, so the bars
// add up to the statement's own movement; charged includes the recalculations booked in the year
// (what the year finally asked for). Only closed periods count, as in MovementOfFundsCalculator.
class YearlyTotals
{
public:
    struct Year
    {
        int year = 0;
        Money charged; // charges plus recalculations
        Money paid;
    };

    YearlyTotals() = delete;

    // One entry per year from from's to the last closed one within the range, oldest first;
    // empty when nothing in the range is closed. std::nullopt when the range is invalid or
    // backwards, or a sum overflows.
    static std::optional<QList<Year>> compute(const AccountHistory& history, Period from,
                                              Period to);
};
