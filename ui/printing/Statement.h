#pragma once

#include "charges/AccountHistory.h"
#include "printing/StatementAccount.h"

#include <QDate>
#include <QList>

#include <optional>

// A statement («выписка») of one or all accounts for a range of periods, as StatementCsv and
// StatementDocument write it. A value computed from AccountHistory snapshots alone, with no
// widget and no cache access, so the window and the command line make the same one.
struct Statement
{
    Period from;
    Period to;
    QDate madeOn; // the date printed on it
    QList<StatementAccount> accounts; // in the order given
    // The accounts' movements added up; only when there is more than one account.
    std::optional<MovementOfFunds> total;

    // std::nullopt when the range is invalid or backwards, histories is empty, or a sum
    // overflows. Each history must hold its payments.
    static std::optional<Statement> make(const QList<AccountHistory>& histories, Period from,
                                         Period to, QDate madeOn);
};
