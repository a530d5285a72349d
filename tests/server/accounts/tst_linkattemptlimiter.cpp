// LinkAttemptLimiter: five failures per user within an hour, then a wait until the oldest ages.
#include "ManualClock.h"
#include "accounts/LinkAttemptLimiter.h"

#include <QTest>

class LinkAttemptLimiterTest : public QObject
{
    Q_OBJECT

private slots:
    void fiveFailuresThenWait()
    {
        ManualClock clock(QDateTime(QDate(2014, 9, 25), QTime(10, 0), Qt::UTC));
        LinkAttemptLimiter limiter(clock);
        for (int i = 0; i < LinkAttemptLimiter::maxFailures; ++i) {
            QVERIFY(!limiter.retryAfter(1));
            limiter.recordFailure(1);
            clock.advanceSecs(60);
        }
        // The first failure was 300 s ago: it leaves the window in 3300 s.
        QCOMPARE(limiter.retryAfter(1), std::optional<qint64>(3300));
        QVERIFY(!limiter.retryAfter(2)); // per user
        clock.advanceSecs(3299);
        QCOMPARE(limiter.retryAfter(1), std::optional<qint64>(1));
        clock.advanceSecs(1);
        QVERIFY(!limiter.retryAfter(1));
        // One more failure fills the window again until the second oldest ages.
        limiter.recordFailure(1);
        QCOMPARE(limiter.retryAfter(1), std::optional<qint64>(60));
    }

    void failuresAgeOut()
    {
        ManualClock clock(QDateTime(QDate(2014, 9, 25), QTime(10, 0), Qt::UTC));
        LinkAttemptLimiter limiter(clock);
        for (int i = 0; i < LinkAttemptLimiter::maxFailures - 1; ++i)
            limiter.recordFailure(7);
        clock.advanceSecs(LinkAttemptLimiter::windowSeconds);
        limiter.recordFailure(7);
        QVERIFY(!limiter.retryAfter(7));
    }
};

QTEST_GUILESS_MAIN(LinkAttemptLimiterTest)
#include "tst_linkattemptlimiter.moc"
