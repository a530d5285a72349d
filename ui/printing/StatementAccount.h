#pragma once

#include "charges/AccountHistory.h"
#include "protocol/types/MovementOfFunds.h"

#include <QList>

#include <optional>

// One account's part of a statement («выписка») for a range of periods: the movement of funds
// (MovementOfFundsCalculator, so it agrees with the server's /movement to the kopeck) and the
// charge lines, recalculations and payments behind it. Built from the cache alone.
struct StatementAccount
{
    Account account;
    // The last period the operator closed; later periods of the range count for nothing.
    Period lastClosed;
    MovementOfFunds movement;
    QList<ChargeLine> lines; // the range's closed periods
    QList<Recalculation> recalculations; // booked in the range's closed periods
    QList<Payment> payments; // dated in the range's closed periods

    // The last day the closing balance stands for: the end of the range, or of the last closed
    // period when that is earlier; invalid when nothing in the range is closed.
    QDate closingDate() const;

    // std::nullopt when the range is invalid or backwards, or a sum overflows. history must hold
    // the payments (AccountHistoryReader::Payments::Read).
    static std::optional<StatementAccount> make(const AccountHistory& history, Period from,
                                                Period to);
};
