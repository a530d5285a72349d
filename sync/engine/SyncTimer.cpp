#include "engine/SyncTimer.h"

SyncTimer::SyncTimer(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    // Waits are seconds to hours long; a coarse timer lets the system batch wake-ups.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncTimer::timeout);
}

void SyncTimer::start(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
}

void SyncTimer::stop()
{
    m_timer.stop();
}

bool SyncTimer::isActive() const
{
    return m_timer.isActive();
}
