#include "StallProbe.h"

StallProbe::StallProbe(int intervalMs, QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_longestGapNs = 0;
    m_ticks = 0;
    m_sinceTick.start();
    m_timer.start();
}

void StallProbe::stop()
{
    // The time since the last tick counts too: a stall may be what ended the measurement.
    tick();
    m_timer.stop();
}

void StallProbe::tick()
{
    m_longestGapNs = qMax(m_longestGapNs, m_sinceTick.nsecsElapsed());
    m_sinceTick.start();
    ++m_ticks;
}
