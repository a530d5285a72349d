#include "sync/SyncNoticeCollector.h"

#include "accounts/NewsRepository.h"
#include "accounts/OrganizationRepository.h"
#include "core/PortalContext.h"
#include "sync/SyncAnswer.h"
#include "sync/SyncBudget.h"
#include "sync/SyncIdQuery.h"
#include "sync/SyncPage.h"
#include "sync/SyncWindow.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace {
template<typename T>
QHash<qint64, T> byId(const QList<T>& items)
{
    QHash<qint64, T> hash;
    for (const T& item : items)
        hash.insert(item.id, item);
    return hash;
}
} // namespace

SyncNoticeCollector::SyncNoticeCollector(SyncSection section)
    : m_section(section)
{ }

SyncCollector::Outcome SyncNoticeCollector::collect(SyncPage& page, SyncPosition& position)
{
    PortalDatabase& database = page.context.database();
    const bool news = m_section == SyncSection::News;
    const QString table = news ? u"news"_s : u"organizations"_s;
    const std::optional<QList<qint64>> ids = SyncIdQuery::list(
        database,
        u"SELECT id FROM "_s + table
            + u" WHERE changed_seq > ? AND changed_seq <= ? AND id > ? ORDER BY id LIMIT ?"_s,
        {page.window.fromSequence, page.window.toSequence, position.key,
         page.budget.allowance() + 1});
    if (!ids)
        return Outcome::Failed;
    if (ids->isEmpty())
        return Outcome::Done;

    // The operator has a handful of each: reading them all is cheaper than one query per row.
    QHash<qint64, NewsItem> newsItems;
    QHash<qint64, Organization> organizations;
    if (news) {
        const std::optional<QList<NewsItem>> all = NewsRepository(database).newestFirst();
        if (!all)
            return Outcome::Failed;
        newsItems = byId(*all);
    } else {
        const std::optional<QList<Organization>> all = OrganizationRepository(database).all();
        if (!all)
            return Outcome::Failed;
        organizations = byId(*all);
    }

    for (const qint64 id : *ids) {
        if (!page.budget.fits(1))
            return Outcome::Full;
        if (news && newsItems.contains(id))
            page.answer.addNews(newsItems.value(id));
        else if (!news && organizations.contains(id))
            page.answer.addOrganization(organizations.value(id));
        page.budget.spend(1);
        position.key = id;
    }
    return Outcome::Done;
}
