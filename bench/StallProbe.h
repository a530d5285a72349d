#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread's event loop was kept from running: a precise timer ticks every
// interval, and the longest gap between two ticks is what a user would have seen as the window
// freezing. With nothing in the way the gap stays near the interval.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(int intervalMs = 5, QObject* parent = nullptr);

    void start();
    void stop();
    int intervalMs() const { return m_timer.interval(); }
    double longestGapMs() const { return double(m_longestGapNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestGapNs = 0;
    qint64 m_ticks = 0;
};
