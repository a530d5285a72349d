#pragma once

#include "engine/SyncClock.h"

// A SyncClock the test sets and moves by hand.
class ManualSyncClock : public SyncClock
{
public:
    explicit ManualSyncClock(const QDateTime& start)
        : m_now(start.toUTC())
    { }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime& utc) { m_now = utc.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
