#pragma once

#include "accounts/Lookup.h"
#include "protocol/json/BuildingDetails.h"
#include "sync/SyncCollector.h"

class PortalDatabase;

// "buildings": the houses of the linked accounts, each with its works and fund as
// GET /buildings/{id} gives it, when the client does not have it yet (the house of a new
// account, or of an account whose row changed, which may have moved it) or its passport, works
// or fund were stamped within the window. By id. A building no linked account names any more is
// not announced: the client drops it with the last account that named it.
class SyncBuildingCollector final : public SyncCollector
{
public:
    SyncSection section() const override { return SyncSection::Buildings; }
    Outcome collect(SyncPage& page, SyncPosition& position) override;

    static Lookup<BuildingDetails> details(PortalDatabase& database, qint64 buildingId);
};
