#pragma once

#include "charges/AccountHistory.h"
#include "protocol/types/MovementOfFunds.h"

#include <optional>

// The movement of funds («Движение финансов») of an account over from..to, worked out from the
// cache the way the server works it out (docs/api.md, "Payments and the movement of funds";
// server/accounts/AccountLedger), so that both agree to the kopeck:
//
// - only closed periods count: the amounts leave out the periods after history.lastClosed, and
//   with none closed every amount is zero; from and to stay as asked;
// - charged adds up the lines' base charges, recalculated the recalculations booked in the
//   periods, paid the payments dated in them;
// - the opening balance is the closing balance of the period before from, i.e. everything
//   charged and recalculated before from minus everything paid before its first day, counted
//   from the very first period: the cache holds the account's whole history, since the server
//   sends all of it for an account new to the client. There is no balance carried in from
//   before the history, on the server or here.
//
// history must hold the payments (AccountHistoryReader::Payments::Read).
class MovementOfFundsCalculator
{
public:
    MovementOfFundsCalculator() = delete;

    // std::nullopt when from or to is invalid, from is after to, or a sum overflows.
    static std::optional<MovementOfFunds> compute(const AccountHistory& history, Period from,
                                                  Period to);

private:
    struct Totals
    {
        Money charged;
        Money recalculated;
        Money paid;
    };
    // The sums of the periods from..to; zeros when the range is empty or invalid.
    static std::optional<Totals> totals(const AccountHistory& history, Period from, Period to);
};
