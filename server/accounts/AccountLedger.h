#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"
#include "protocol/types/MovementOfFunds.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <optional>

class PortalDatabase;

// The money side of an account, from the operator's rows: what was charged (the base charges of
// the lines), recalculated (the recalculations booked in the periods) and paid (the payments
// dated in the periods). Only closed periods count: the rows of later periods are ignored.
// The balance at the end of a period is everything charged and recalculated up to it minus
// everything paid up to its last day, so that the movement of funds always satisfies
// closing = opening + charged + recalculated − paid, to the kopeck.
class AccountLedger
{
public:
    explicit AccountLedger(PortalDatabase& database);

    // The movement over from..to (from ≤ to). The amounts count the closed periods of the range
    // only; opening is the balance at the end of the period before from. std::nullopt on a
    // database error or an overflow.
    std::optional<MovementOfFunds> movement(qint64 accountId, Period from, Period to,
                                            Period lastClosed) const;
    // The balance at the end of the last closed period (zero while none is closed): positive is a
    // debt.
    std::optional<Money> balance(qint64 accountId, Period lastClosed) const;
    // The balances of every account linked to the user, by account id, in a few grouped
    // queries (a benchmark user has a thousand accounts).
    std::optional<QHash<qint64, Money>> balancesOfUser(qint64 userId, Period lastClosed) const;

private:
    struct Totals
    {
        Money charged;
        Money recalculated;
        Money paid;
    };
    // The sums of the periods from..to; zeros when the range is empty or invalid.
    std::optional<Totals> totals(qint64 accountId, Period from, Period to) const;

    // Adds the grouped sums of sql (rows of account id and amount) to balances, times sign.
    bool addSums(QHash<qint64, Money>& balances, const QString& sql, const QVariant& bound,
                 qint64 userId, int sign) const;

    PortalDatabase& m_database;
};
