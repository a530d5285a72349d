#include "sync/SyncProfileCollector.h"

#include "auth/UserRepository.h"
#include "sync/SyncAnswer.h"
#include "sync/SyncBudget.h"
#include "sync/SyncPage.h"
#include "sync/SyncWindow.h"

SyncCollector::Outcome SyncProfileCollector::collect(SyncPage& page, SyncPosition& position)
{
    if (position.key != 0)
        return Outcome::Done; // sent on an earlier page
    const std::optional<UserRecord> user =
        UserRepository(page.context).findById(page.window.userId);
    if (!user)
        return Outcome::Failed; // the request's own user: missing means the database failed
    if (user->changedSeq <= page.window.fromSequence || user->changedSeq > page.window.toSequence)
        return Outcome::Done;
    if (!page.budget.fits(1))
        return Outcome::Full;
    page.answer.setProfile(UserProfile {user->login, user->email, user->receiptSubscription});
    page.budget.spend(1);
    position.key = user->id;
    return Outcome::Done;
}
