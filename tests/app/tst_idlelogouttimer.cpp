#include "IdleLogoutTimer.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// IdleLogoutTimer with short times (1 s idle, 1 s countdown): the countdown starts after the idle
// time and ends in timedOut(); a key or a click postpones it; input during the countdown cancels
// it; stopped, it watches nothing.
class tst_IdleLogoutTimer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void timesOutAfterIdleAndCountdown();
    void inputPostponesTheCountdown();
    void inputDuringTheCountdownCancelsIt();
    void stoppedItNeverFires();

private:
    std::unique_ptr<QPushButton> m_button;
};

void tst_IdleLogoutTimer::init()
{
    m_button = std::make_unique<QPushButton>(QStringLiteral("Button"));
    m_button->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_button.get()));
}

void tst_IdleLogoutTimer::cleanup()
{
    m_button.reset();
}

void tst_IdleLogoutTimer::timesOutAfterIdleAndCountdown()
{
    IdleLogoutTimer timer(1s, 1s);
    QSignalSpy started(&timer, &IdleLogoutTimer::countdownStarted);
    QSignalSpy timedOut(&timer, &IdleLogoutTimer::timedOut);
    QElapsedTimer clock;
    clock.start();
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QCOMPARE(started.at(0).at(0).toInt(), 1);
    QVERIFY(clock.elapsed() >= 950);
    QVERIFY(timer.isCountingDown());
    QCOMPARE(timedOut.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.count(), 1, 5000);
    QVERIFY(clock.elapsed() >= 1900);
    QVERIFY(!timer.isRunning());
}

void tst_IdleLogoutTimer::inputPostponesTheCountdown()
{
    IdleLogoutTimer timer(3s, 1s);
    QSignalSpy started(&timer, &IdleLogoutTimer::countdownStarted);
    timer.start();
    // Input every 300 ms for 4.5 s, longer than the idle time: never 3 s without any.
    for (int i = 0; i < 15; ++i) {
        QTest::qWait(300);
        if (i % 2)
            QTest::keyClick(m_button.get(), Qt::Key_A);
        else
            QTest::mouseClick(m_button.get(), Qt::LeftButton);
    }
    QCOMPARE(started.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
}

void tst_IdleLogoutTimer::inputDuringTheCountdownCancelsIt()
{
    IdleLogoutTimer timer(1s, 1s);
    QSignalSpy started(&timer, &IdleLogoutTimer::countdownStarted);
    QSignalSpy cancelled(&timer, &IdleLogoutTimer::countdownCancelled);
    QSignalSpy timedOut(&timer, &IdleLogoutTimer::timedOut);
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QTest::mouseClick(m_button.get(), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!timer.isCountingDown());
    // The wait starts again from the click: a new countdown, and no sign-out before it ends.
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 5000);
    QCOMPARE(timedOut.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.count(), 1, 5000);
}

void tst_IdleLogoutTimer::stoppedItNeverFires()
{
    IdleLogoutTimer timer(1s, 1s);
    QSignalSpy started(&timer, &IdleLogoutTimer::countdownStarted);
    timer.start();
    timer.stop();
    QTest::qWait(2500);
    QCOMPARE(started.count(), 0);
}

QTEST_MAIN(tst_IdleLogoutTimer)
#include "tst_idlelogouttimer.moc"
