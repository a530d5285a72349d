#pragma once

#include "sync/SyncCollector.h"

// "appeals": the user's appeals stamped within the window (new ones, and those the operator
// moved on or answered), by id, whether or not the account they name is still linked.
class SyncAppealCollector final : public SyncCollector
{
public:
    SyncSection section() const override { return SyncSection::Appeals; }
    Outcome collect(SyncPage& page, SyncPosition& position) override;
};
