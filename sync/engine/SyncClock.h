#pragma once

#include <QDateTime>

// Where the sync engine reads the time: the system clock, or a test's hand-moved one. The times
// it stamps (the last successful sync, when the client went offline) are shown to the user and
// stored in the cache, so tests need to control them.
class SyncClock
{
public:
    SyncClock() = default;
    virtual ~SyncClock();
    SyncClock(const SyncClock&) = delete;
    SyncClock& operator=(const SyncClock&) = delete;

    // Now, in UTC.
    virtual QDateTime now() const;
};
