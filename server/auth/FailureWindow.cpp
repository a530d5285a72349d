#include "auth/FailureWindow.h"

FailureWindow::FailureWindow(qint64 windowSeconds, qsizetype maxKeys)
    : m_windowSeconds(windowSeconds)
    , m_maxKeys(maxKeys)
{ }

void FailureWindow::record(const QString& key, qint64 now)
{
    prune(key, now);
    if (!m_failures.contains(key) && m_failures.size() >= m_maxKeys)
        makeRoom(now);
    QList<qint64>& times = m_failures[key];
    // A clock moved back must not make a failure count forever.
    times.append(times.isEmpty() ? now : qMax(now, times.constLast()));
    if (times.size() > maxPerKey)
        times.removeFirst();
}

int FailureWindow::count(const QString& key, qint64 now)
{
    prune(key, now);
    return int(m_failures.value(key).size());
}

qint64 FailureWindow::secondsUntilBelow(const QString& key, int limit, qint64 now)
{
    prune(key, now);
    const QList<qint64> times = m_failures.value(key);
    if (times.size() < limit)
        return 0;
    // Once the failure at this index leaves the window, limit - 1 remain.
    const qint64 leaving = times.at(times.size() - limit);
    return qMax<qint64>(1, leaving + m_windowSeconds - now);
}

void FailureWindow::clear(const QString& key)
{
    m_failures.remove(key);
}

void FailureWindow::prune(const QString& key, qint64 now)
{
    const auto it = m_failures.find(key);
    if (it == m_failures.end())
        return;
    QList<qint64>& times = it.value();
    qsizetype gone = 0;
    while (gone < times.size() && times.at(gone) <= now - m_windowSeconds)
        ++gone;
    times.remove(0, gone);
    if (times.isEmpty())
        m_failures.erase(it);
}

void FailureWindow::makeRoom(qint64 now)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (it.value().isEmpty() || it.value().constLast() <= now - m_windowSeconds)
            it = m_failures.erase(it);
        else
            ++it;
    }
    // Still full of live keys (a flood from many addresses): forget half rather than grow.
    while (m_failures.size() >= m_maxKeys && m_maxKeys > 0) {
        qsizetype drop = m_failures.size() / 2 + 1;
        for (auto it = m_failures.begin(); it != m_failures.end() && drop > 0; --drop)
            it = m_failures.erase(it);
    }
}
