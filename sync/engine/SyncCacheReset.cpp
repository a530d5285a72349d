#include "engine/SyncCacheReset.h"

#include "engine/SyncBookkeeping.h"
#include "engine/SyncBuildingPruner.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "store/NewsStore.h"
#include "store/OrganizationStore.h"
#include "store/UserStore.h"

SyncCacheReset::SyncCacheReset(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool SyncCacheReset::fail(const QSqlError& error)
{
    m_lastError = error;
    return false;
}

bool SyncCacheReset::clearServerData()
{
    UserStore user(m_db);
    if (!user.clear())
        return fail(user.lastError());

    // Accounts take their history, meters and appeals with them (ON DELETE CASCADE).
    AccountStore accounts(m_db);
    if (!accounts.replaceAll({}))
        return fail(accounts.lastError());
    // With no account left, every house is unnamed.
    SyncBuildingPruner buildings(m_db);
    if (!buildings.prune())
        return fail(buildings.lastError());

    OrganizationStore organizations(m_db);
    if (!organizations.replaceAll({}))
        return fail(organizations.lastError());

    AppealStore appeals(m_db);
    const std::optional<QList<Appeal>> all = appeals.appeals();
    if (!all)
        return fail(appeals.lastError());
    for (const Appeal& appeal : *all) {
        if (appeal.serverId && !appeals.remove(appeal.localId))
            return fail(appeals.lastError());
    }

    SyncBookkeeping bookkeeping(m_db);
    if (!bookkeeping.forgetAll())
        return fail(bookkeeping.lastError());
    m_lastError = QSqlError();
    return true;
}

bool SyncCacheReset::dropNewsOtherThan(const QSet<qint64>& kept)
{
    NewsStore news(m_db);
    const std::optional<QList<NewsItem>> items = news.latest();
    if (!items)
        return fail(news.lastError());
    for (const NewsItem& item : *items) {
        if (!kept.contains(item.id) && !news.remove(item.id))
            return fail(news.lastError());
    }
    m_lastError = QSqlError();
    return true;
}
