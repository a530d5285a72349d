#pragma once

#include <QObject>
#include <QPoint>
#include <QTimer>

#include <chrono>

// Signs a walked-away user out of a kiosk: while running, it watches every input event of the
// application (keys, mouse buttons and moves, wheel, touch). After idleTimeout without any it
// starts a countdown (countdownStarted(), then countdownChanged() every second); input during the
// countdown cancels it (countdownCancelled()) and the wait starts again; a countdown that runs
// out emits timedOut() and the timer stops.
class IdleLogoutTimer : public QObject
{
    Q_OBJECT

public:
    IdleLogoutTimer(std::chrono::milliseconds idleTimeout, std::chrono::milliseconds countdown,
                    QObject* parent = nullptr);
    ~IdleLogoutTimer() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isCountingDown() const { return m_countdown.isActive(); }

signals:
    void countdownStarted(int secondsLeft);
    void countdownChanged(int secondsLeft);
    void countdownCancelled();
    void timedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isUserInput(const QEvent* event);
    void onIdle();
    void onTick();
    void onCountdownEnd();
    int secondsLeft() const;

    QTimer m_idle;
    QTimer m_countdown;
    QTimer m_tick;
    bool m_running = false;
    // A window appearing under a still pointer may bring a move event that moved nothing.
    QPoint m_lastPointer {-1, -1};
};
