#pragma once

#include "core/Clock.h"

// A clock the test moves by hand.
class TestClock final : public Clock
{
public:
    explicit TestClock(const QDateTime& start)
        : m_now(start)
    { }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};
