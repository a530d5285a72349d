#include "sync/SyncBudget.h"

#include <algorithm>

SyncBudget::SyncBudget(int limit)
    : m_limit(limit > 0 ? limit : defaultLimit)
{ }

int SyncBudget::allowance() const
{
    if (m_used == 0)
        return m_limit;
    return int(std::max<qint64>(0, m_limit - m_used));
}
