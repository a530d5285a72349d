#pragma once

#include <QHash>
#include <QList>

#include <optional>

class Clock;

// Remembers each user's failed attempts to link an account (answers no_match), so that nobody can
// guess the last payment of someone else's account: after maxFailures failures within
// windowSeconds a user must wait until the oldest of them is windowSeconds old. Kept in memory
// by the module: a restart forgets it, which costs an attacker a restart of the operator's server.
class LinkAttemptLimiter
{
public:
    static constexpr int maxFailures = 5;
    static constexpr qint64 windowSeconds = 60 * 60;

    explicit LinkAttemptLimiter(const Clock& clock);

    // How many seconds the user must still wait (at least 1); std::nullopt when they may try.
    std::optional<qint64> retryAfter(qint64 userId);
    void recordFailure(qint64 userId);

private:
    // Drops the failures that left the window; the user's remaining ones, oldest first.
    QList<qint64>& recentFailures(qint64 userId, qint64 now);

    const Clock& m_clock;
    QHash<qint64, QList<qint64>> m_failures; // user id → instants (seconds), oldest first
};
