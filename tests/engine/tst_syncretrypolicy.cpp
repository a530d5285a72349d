#include "engine/SyncRetryPolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using Kind = ApiError::Kind;

namespace {
ApiError error(Kind kind, std::optional<int> retryAfterSeconds = std::nullopt)
{
    ApiError error = ApiError::make(kind);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
}

SyncRetryPolicy policy()
{
    SyncRetryPolicy policy;
    policy.maxAttempts = 6;
    policy.baseDelay = 1000ms;
    policy.maxDelay = 8000ms;
    policy.maxRetryAfter = 120s;
    return policy;
}
} // namespace

class TestSyncRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheCap()
    {
        const SyncRetryPolicy p = policy();
        QCOMPARE(p.ceilingAfter(1), 1000ms);
        QCOMPARE(p.ceilingAfter(2), 2000ms);
        QCOMPARE(p.ceilingAfter(3), 4000ms);
        QCOMPARE(p.ceilingAfter(4), 8000ms);
        QCOMPARE(p.ceilingAfter(5), 8000ms);
        QCOMPARE(p.ceilingAfter(1000), 8000ms); // no overflow however many
    }

    void fullJitterSpansZeroToTheCeiling()
    {
        const SyncRetryPolicy p = policy();
        for (int failed = 1; failed < p.maxAttempts; ++failed) {
            QCOMPARE(p.delayAfter(failed, error(Kind::ServerError), 0.0), 0ms);
            QCOMPARE(p.delayAfter(failed, error(Kind::ServerError), 0.5),
                     p.ceilingAfter(failed) / 2);
            const auto almostOne = p.delayAfter(failed, error(Kind::ServerError), 0.999999);
            QVERIFY(almostOne);
            QVERIFY(*almostOne < p.ceilingAfter(failed));
            QVERIFY(*almostOne >= p.ceilingAfter(failed) - 1ms);
        }
    }

    void everyRetryableKindIsRetried()
    {
        const SyncRetryPolicy p = policy();
        for (const Kind kind : {Kind::NoNetwork, Kind::ConnectionLost, Kind::Timeout,
                                Kind::ServerError, Kind::RateLimited})
            QVERIFY2(p.delayAfter(1, error(kind), 0.5), qPrintable(ApiError::kindName(kind)));
    }

    void otherKindsAreNot()
    {
        const SyncRetryPolicy p = policy();
        for (const Kind kind :
             {Kind::Unauthorized, Kind::MalformedResponse, Kind::BadRequest, Kind::TlsFailure,
              Kind::NotFound, Kind::Validation, Kind::TooLarge, Kind::Cancelled, Kind::Other})
            QVERIFY2(!p.delayAfter(1, error(kind), 0.5), qPrintable(ApiError::kindName(kind)));
    }

    void stopsAfterMaxAttempts()
    {
        const SyncRetryPolicy p = policy();
        QVERIFY(p.delayAfter(p.maxAttempts - 1, error(Kind::Timeout), 0.5));
        QVERIFY(!p.delayAfter(p.maxAttempts, error(Kind::Timeout), 0.5));
        QVERIFY(!p.delayAfter(0, error(Kind::Timeout), 0.5));
    }

    void retryAfterIsALowerBound()
    {
        const SyncRetryPolicy p = policy();
        QCOMPARE(p.delayAfter(1, error(Kind::RateLimited, 30), 0.5), 30000ms);
        QCOMPARE(p.delayAfter(1, error(Kind::ServerError, 0), 0.5), 500ms);
        // The jittered wait wins when it is the longer one.
        QCOMPARE(p.delayAfter(4, error(Kind::ServerError, 1), 0.5), 4000ms);
        QCOMPARE(p.delayAfter(1, error(Kind::RateLimited, 120), 0.0), 120000ms);
    }

    void aLongRetryAfterGivesUp()
    {
        const SyncRetryPolicy p = policy();
        QVERIFY(!p.delayAfter(1, error(Kind::RateLimited, 121), 0.5));
    }

    void randomOutsideTheRangeIsClamped()
    {
        const SyncRetryPolicy p = policy();
        QCOMPARE(p.delayAfter(2, error(Kind::Timeout), -3.0), 0ms);
        QCOMPARE(p.delayAfter(2, error(Kind::Timeout), 7.0), 2000ms);
    }
};

QTEST_GUILESS_MAIN(TestSyncRetryPolicy)
#include "tst_syncretrypolicy.moc"
