#pragma once

#include "protocol/types/Account.h"

// An account as the operator keeps it: the protocol's Account (its address written out from the
// directory, its balance left zero: AccountLedger works that out) plus the flat it belongs to.
struct AccountRecord
{
    Account account;
    qint64 flatId = 0;
};
