#include "sync/SyncAccountCollector.h"

#include "accounts/AccountCards.h"
#include "core/PortalContext.h"
#include "sync/SyncAnswer.h"
#include "sync/SyncBudget.h"
#include "sync/SyncChanges.h"
#include "sync/SyncPage.h"
#include "sync/SyncScope.h"
#include "sync/SyncWindow.h"

SyncCollector::Outcome SyncAccountCollector::collect(SyncPage& page, SyncPosition& position)
{
    PortalDatabase& database = page.context.database();
    const bool everyCard = page.window.isFull() || page.window.closedChanged();
    QSet<qint64> ledgerChanged;
    if (!everyCard) {
        const std::optional<QSet<qint64>> changed =
            SyncChanges(database, page.window).accountsWithChangedLedger();
        if (!changed)
            return Outcome::Failed;
        ledgerChanged = *changed;
    }

    const AccountCards cards(database);
    for (const SyncScope::LinkedAccount& account : page.scope.accounts()) {
        if (account.id <= position.key)
            continue;
        if (!everyCard && !account.isNew && !account.rowChanged
            && !ledgerChanged.contains(account.id))
            continue;
        if (!page.budget.fits(1))
            return Outcome::Full;
        const Lookup<Account> card = cards.card(account.id, page.window.toClosed);
        if (card.failed())
            return Outcome::Failed;
        if (card.isFound()) {
            page.answer.addAccount(card.value());
            page.budget.spend(1);
        }
        position.key = account.id;
    }
    return Outcome::Done;
}
