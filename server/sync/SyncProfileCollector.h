#pragma once

#include "sync/SyncCollector.h"

// "profile": the user's profile when it changed within the window (always on a first sync).
class SyncProfileCollector final : public SyncCollector
{
public:
    SyncSection section() const override { return SyncSection::Profile; }
    Outcome collect(SyncPage& page, SyncPosition& position) override;
};
