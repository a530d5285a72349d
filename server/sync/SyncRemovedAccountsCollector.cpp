#include "sync/SyncRemovedAccountsCollector.h"

#include "core/PortalContext.h"
#include "sync/SyncAnswer.h"
#include "sync/SyncBudget.h"
#include "sync/SyncIdQuery.h"
#include "sync/SyncPage.h"
#include "sync/SyncWindow.h"

using namespace Qt::Literals::StringLiterals;

SyncCollector::Outcome SyncRemovedAccountsCollector::collect(SyncPage& page, SyncPosition& position)
{
    if (page.window.isFull())
        return Outcome::Done;
    const std::optional<QList<qint64>> ids =
        SyncIdQuery::list(page.context.database(),
                          u"SELECT account_id FROM account_link_tombstones WHERE user_id = ? "
                          "AND changed_seq > ? AND changed_seq <= ? AND account_id > ? "
                          "ORDER BY account_id LIMIT ?"_s,
                          {page.window.userId, page.window.fromSequence, page.window.toSequence,
                           position.key, page.budget.allowance() + 1});
    if (!ids)
        return Outcome::Failed;
    for (const qint64 id : *ids) {
        if (!page.budget.fits(1))
            return Outcome::Full;
        page.answer.addRemovedAccount(id);
        page.budget.spend(1);
        position.key = id;
    }
    return Outcome::Done;
}
