#include "accounts/LinkAttemptLimiter.h"

#include "core/Clock.h"

#include <algorithm>

LinkAttemptLimiter::LinkAttemptLimiter(const Clock& clock)
    : m_clock(clock)
{ }

QList<qint64>& LinkAttemptLimiter::recentFailures(qint64 userId, qint64 now)
{
    QList<qint64>& failures = m_failures[userId];
    // A clock moved backwards (tests) must not keep stale failures forever either.
    failures.removeIf([now](qint64 at) { return at <= now - windowSeconds || at > now; });
    return failures;
}

std::optional<qint64> LinkAttemptLimiter::retryAfter(qint64 userId)
{
    const qint64 now = m_clock.nowSecsSinceEpoch();
    QList<qint64>& failures = recentFailures(userId, now);
    if (failures.size() < maxFailures) {
        if (failures.isEmpty())
            m_failures.remove(userId);
        return std::nullopt;
    }
    // The wait ends when enough failures have left the window to allow one more attempt.
    const qint64 freedAt = failures.at(failures.size() - maxFailures) + windowSeconds;
    return std::max<qint64>(1, freedAt - now);
}

void LinkAttemptLimiter::recordFailure(qint64 userId)
{
    const qint64 now = m_clock.nowSecsSinceEpoch();
    recentFailures(userId, now).append(now);
}
