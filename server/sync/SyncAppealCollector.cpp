#include "sync/SyncAppealCollector.h"

#include "appeals/AppealRepository.h"
#include "core/PortalContext.h"
#include "sync/SyncAnswer.h"
#include "sync/SyncBudget.h"
#include "sync/SyncIdQuery.h"
#include "sync/SyncPage.h"
#include "sync/SyncWindow.h"

using namespace Qt::Literals::StringLiterals;

SyncCollector::Outcome SyncAppealCollector::collect(SyncPage& page, SyncPosition& position)
{
    PortalDatabase& database = page.context.database();
    const std::optional<QList<qint64>> ids =
        SyncIdQuery::list(database,
                          u"SELECT id FROM appeals WHERE user_id = ? AND changed_seq > ? "
                          "AND changed_seq <= ? AND id > ? ORDER BY id LIMIT ?"_s,
                          {page.window.userId, page.window.fromSequence, page.window.toSequence,
                           position.key, page.budget.allowance() + 1});
    if (!ids)
        return Outcome::Failed;
    const AppealRepository appeals(database);
    for (const qint64 id : *ids) {
        if (!page.budget.fits(1))
            return Outcome::Full;
        const std::optional<Appeal> appeal = appeals.find(id);
        if (!appeal)
            return Outcome::Failed; // read in the same transaction: it cannot have gone
        page.answer.addAppeal(*appeal);
        page.budget.spend(1);
        position.key = id;
    }
    return Outcome::Done;
}
