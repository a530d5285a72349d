#pragma once

#include "sync/SyncCollector.h"

// "accounts": the cards (AccountCards, balance at the end of window.toClosed) of the linked
// accounts that are new to the client, whose operator's row changed, or whose balance may have:
// a charge line, recalculation or payment of a closed period stamped within the window, or the
// closed periods moved (then every card). By id.
class SyncAccountCollector final : public SyncCollector
{
public:
    SyncSection section() const override { return SyncSection::Accounts; }
    Outcome collect(SyncPage& page, SyncPosition& position) override;
};
