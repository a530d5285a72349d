#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Failures per key (a login, an address, a user) within a sliding window of time, kept in memory:
// a restart forgets them, which only ever loosens a limit for a while. Times are seconds since
// the epoch from the server's Clock. Memory is bounded: at most maxKeys keys and maxPerKey
// failures per key are remembered.
class FailureWindow
{
public:
    static constexpr qsizetype defaultMaxKeys = 100000;
    static constexpr qsizetype maxPerKey = 64;

    explicit FailureWindow(qint64 windowSeconds, qsizetype maxKeys = defaultMaxKeys);

    void record(const QString& key, qint64 now);
    // Failures of key in the window ending now.
    int count(const QString& key, qint64 now);
    // Seconds until fewer than limit failures of key are in the window (0 when already so).
    qint64 secondsUntilBelow(const QString& key, int limit, qint64 now);
    void clear(const QString& key);

    qint64 windowSeconds() const { return m_windowSeconds; }
    qsizetype keyCount() const { return m_failures.size(); }

private:
    // Drops the failures of key that left the window, and the key with none left.
    void prune(const QString& key, qint64 now);
    void makeRoom(qint64 now);

    qint64 m_windowSeconds;
    qsizetype m_maxKeys;
    QHash<QString, QList<qint64>> m_failures; // each list in ascending time
};
