#include "engine/SyncSummary.h"

void SyncSummary::add(const SyncPageReport& page)
{
    ++pages;
    bytes += page.bytes;
    rows += page.rows;
    accounts += page.accounts;
    periods += page.periods;
    payments += page.payments;
    removedAccounts += int(page.removedAccounts.size());
    fromScratch = fromScratch || page.fromScratch;
}

qint64 SyncSummary::milliseconds() const
{
    if (!startedAt.isValid() || !finishedAt.isValid())
        return 0;
    return startedAt.msecsTo(finishedAt);
}
