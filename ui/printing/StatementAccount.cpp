#include "printing/StatementAccount.h"

#include "charges/HistoryRange.h"
#include "payments/MovementOfFundsCalculator.h"

#include <algorithm>

QDate StatementAccount::closingDate() const
{
    if (!lastClosed.isValid() || movement.from > lastClosed)
        return {};
    return std::min(movement.to, lastClosed).lastDay();
}

std::optional<StatementAccount> StatementAccount::make(const AccountHistory& history, Period from,
                                                       Period to)
{
    const std::optional<MovementOfFunds> movement =
        MovementOfFundsCalculator::compute(history, from, to);
    if (!movement)
        return std::nullopt;
    // The rows listed are exactly the ones the movement counts: none after the last closed
    // period (the cache should hold none, but a closing the operator took back may leave some).
    const HistoryRange closed {from, std::min(to, history.lastClosed)};
    StatementAccount result;
    result.account = history.account;
    result.lastClosed = history.lastClosed;
    result.movement = *movement;
    if (closed.from <= closed.to) {
        result.lines = closed.lines(history);
        result.recalculations = closed.recalculations(history);
        result.payments = closed.payments(history);
    }
    return result;
}
