#pragma once

#include "core/Clock.h"

// A clock the test sets by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& now)
        : m_now(now)
    { }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};
