#pragma once

#include "charges/AccountHistory.h"
#include "protocol/Money.h"

#include <QList>

#include <optional>

// The balance of an account at the end of each period of a range, for the balance chart: the
// closing balance of MovementOfFundsCalculator for that one month, so every point agrees with
// the server's /movement. Only closed periods: the months after history.lastClosed have no
// balance yet and are left out, not drawn flat.
class BalanceTimeline
{
public:
    struct Point
    {
        Period period;
        Money closing; // a debt is positive
    };

    BalanceTimeline() = delete;

    // std::nullopt when the range is invalid or backwards, or a sum overflows; empty when no
    // period of the range is closed.
    static std::optional<QList<Point>> compute(const AccountHistory& history, Period from,
                                               Period to);
};
