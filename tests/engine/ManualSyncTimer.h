#pragma once

#include "engine/SyncTimer.h"

#include <QList>

#include <chrono>

// A SyncTimer that never fires by itself: the test reads the delay the engine asked for and fires
// it, so back-off is checked without sleeping.
class ManualSyncTimer : public SyncTimer
{
    Q_OBJECT

public:
    using SyncTimer::SyncTimer;

    void start(std::chrono::milliseconds delay) override;
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    // Every delay start() was given, in order.
    QList<std::chrono::milliseconds> delays() const { return m_delays; }
    // Emits timeout() if the timer is running.
    bool fire();

private:
    bool m_active = false;
    QList<std::chrono::milliseconds> m_delays;
};
