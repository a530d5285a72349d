#pragma once

#include "accounts/Lookup.h"
#include "protocol/Period.h"
#include "protocol/types/Account.h"

#include <QList>

#include <optional>

class PortalDatabase;

// The account cards a user sees: the operator's account with its balance at the end of the last
// closed period (AccountLedger), only for accounts linked to that user.
class AccountCards
{
public:
    explicit AccountCards(PortalDatabase& database);

    // Missing when there is no such account or it is not linked to the user.
    Lookup<Account> linked(qint64 userId, qint64 accountId, Period lastClosed) const;
    // Every account linked to the user, by id.
    std::optional<QList<Account>> allLinked(qint64 userId, Period lastClosed) const;
    // Any account, linked or not (for the answer to linking).
    Lookup<Account> card(qint64 accountId, Period lastClosed) const;

private:
    PortalDatabase& m_database;
};
