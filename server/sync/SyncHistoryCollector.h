#pragma once

#include "sync/SyncCollector.h"

class SyncHistoryReader;

// "charges", "payments" and "meters": the history of the linked accounts, account after account
// (by id), each stream after stream (SyncStream), rows by id, so that a page may end anywhere,
// even inside one account's twenty years. See SyncHistoryReader for which rows an account gets:
// all of its closed periods when it is new to the client, otherwise what changed.
//
// An account new to the client, and every account when the closed periods moved, gets a charges
// entry even without lines: its lastClosedPeriod is news. Other accounts get one only with lines
// or recalculations.
class SyncHistoryCollector final : public SyncCollector
{
public:
    SyncSection section() const override { return SyncSection::History; }
    Outcome collect(SyncPage& page, SyncPosition& position) override;

private:
    Outcome collectAccount(SyncPage& page, const SyncHistoryReader& reader, qint64 accountId,
                           bool isNew, SyncPosition& position);
    Outcome collectStream(SyncPage& page, const SyncHistoryReader& reader, qint64 accountId,
                          bool isNew, SyncPosition& position);
    Outcome collectMeters(SyncPage& page, const SyncHistoryReader& reader, qint64 accountId,
                          bool isNew, SyncPosition& position);
};
