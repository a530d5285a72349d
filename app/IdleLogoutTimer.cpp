#include "IdleLogoutTimer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

IdleLogoutTimer::IdleLogoutTimer(std::chrono::milliseconds idleTimeout,
                                 std::chrono::milliseconds countdown, QObject* parent)
    : QObject(parent)
{
    // Precise: a coarse timer may end the countdown before its last second was shown.
    for (QTimer* timer : {&m_idle, &m_countdown, &m_tick})
        timer->setTimerType(Qt::PreciseTimer);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeout);
    m_countdown.setSingleShot(true);
    m_countdown.setInterval(countdown);
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_idle, &QTimer::timeout, this, &IdleLogoutTimer::onIdle);
    connect(&m_tick, &QTimer::timeout, this, &IdleLogoutTimer::onTick);
    connect(&m_countdown, &QTimer::timeout, this, &IdleLogoutTimer::onCountdownEnd);
}

IdleLogoutTimer::~IdleLogoutTimer()
{
    stop();
}

void IdleLogoutTimer::start()
{
    if (!m_running)
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_countdown.stop();
    m_tick.stop();
    m_idle.start();
}

void IdleLogoutTimer::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_idle.stop();
    m_countdown.stop();
    m_tick.stop();
}

bool IdleLogoutTimer::eventFilter(QObject* watched, QEvent* event)
{
    if (m_running && isUserInput(event)) {
        if (m_countdown.isActive()) {
            m_countdown.stop();
            m_tick.stop();
            emit countdownCancelled();
        }
        m_idle.start();
    }
    return QObject::eventFilter(watched, event);
}

bool IdleLogoutTimer::isUserInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    case QEvent::MouseMove: {
        // The same move reaches the window and then the widget: only a change counts.
        const QPoint pointer = static_cast<const QMouseEvent*>(event)->globalPosition().toPoint();
        if (pointer == m_lastPointer)
            return false;
        m_lastPointer = pointer;
        return true;
    }
    default:
        return false;
    }
}

int IdleLogoutTimer::secondsLeft() const
{
    const int remaining = m_countdown.isActive() ? m_countdown.remainingTime()
                                                 : int(m_countdown.intervalAsDuration().count());
    return std::max(0, int(std::ceil(remaining / 1000.0)));
}

void IdleLogoutTimer::onIdle()
{
    m_countdown.start();
    m_tick.start();
    emit countdownStarted(secondsLeft());
}

void IdleLogoutTimer::onTick()
{
    // The last tick may come just before the end: "0 seconds" is not worth showing.
    if (const int left = secondsLeft(); left > 0)
        emit countdownChanged(left);
}

void IdleLogoutTimer::onCountdownEnd()
{
    stop();
    emit timedOut();
}
