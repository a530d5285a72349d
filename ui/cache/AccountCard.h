#pragma once

#include "protocol/Period.h"
#include "protocol/types/Account.h"
#include "protocol/types/ChargeLine.h"

#include <QList>
#include <QMetaType>

// Everything the account card shows, read from the cache in one go so that the card never mixes
// data of two syncs. A value snapshot: it crosses from the reader's thread to the GUI by copy.
struct AccountCard
{
    Account account;
    // The last period the operator closed; invalid while none is closed (the portal then shows no
    // charges table at all).
    Period period;
    QList<ChargeLine> lines; // the charges of period, in the order the server sent them
};

Q_DECLARE_METATYPE(AccountCard)
