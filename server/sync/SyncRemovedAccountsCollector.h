#pragma once

#include "sync/SyncCollector.h"

// "removedAccounts": the accounts unlinked from the user within the window (their tombstones in
// account_link_tombstones), by id. None on a first sync: the client holds nothing to remove.
// An account linked again since has no tombstone: it comes whole as a new account instead.
class SyncRemovedAccountsCollector final : public SyncCollector
{
public:
    SyncSection section() const override { return SyncSection::RemovedAccounts; }
    Outcome collect(SyncPage& page, SyncPosition& position) override;
};
