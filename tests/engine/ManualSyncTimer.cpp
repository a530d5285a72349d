#include "ManualSyncTimer.h"

void ManualSyncTimer::start(std::chrono::milliseconds delay)
{
    m_delays.append(delay);
    m_active = true;
}

bool ManualSyncTimer::fire()
{
    if (!m_active)
        return false;
    m_active = false;
    emit timeout();
    return true;
}
