#pragma once

#include <QtGlobal>

// How much one page of a sync may still take, in rows: a charge line, a recalculation, a payment,
// a meter reading, a removed account's id, the profile and every object (an account card, a
// building, a meter, an organization, …) each count one, an object with a list inside (a
// building's works, a meter's readings) one more per entry. The first item of a page always
// fits, so every page makes progress however small the limit.
class SyncBudget
{
public:
    static constexpr int defaultLimit = 2000;

    explicit SyncBudget(int limit);

    int limit() const { return m_limit; }
    qint64 used() const { return m_used; }

    bool fits(qint64 weight) const { return m_used == 0 || m_used + weight <= m_limit; }
    void spend(qint64 weight) { m_used += weight; }

    // How many items of weight one a page may still take: at least one on an empty page. Reading
    // one more than this from a stream tells whether the stream ends on this page.
    int allowance() const;

private:
    int m_limit = defaultLimit;
    qint64 m_used = 0;
};
