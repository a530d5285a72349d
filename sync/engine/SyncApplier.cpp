#include "engine/SyncApplier.h"

#include "engine/SyncBookkeeping.h"
#include "engine/SyncBuildingPruner.h"
#include "engine/SyncCacheReset.h"
#include "engine/SyncHistoryWriter.h"
#include "engine/SyncLog.h"
#include "engine/SyncMeterWriter.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "store/BuildingStore.h"
#include "store/CacheTransaction.h"
#include "store/NewsStore.h"
#include "store/OrganizationStore.h"
#include "store/UserStore.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

using WriteFailure = SyncError::WriteFailure;

SyncApplier::SyncApplier(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool SyncApplier::fail(WriteFailure failure, const QString& what, const QString& detail)
{
    m_error = SyncError::cacheWrite(failure, detail.isEmpty() ? what : what + u": "_s + detail);
    return false;
}

SyncError SyncApplier::apply(const SyncAnswerBody& answer, const QDateTime& now, bool fromScratch)
{
    return apply(QList<SyncAnswerBody> {answer}, now, fromScratch);
}

SyncError SyncApplier::apply(const QList<SyncAnswerBody>& pages, const QDateTime& now,
                             bool fromScratch, const std::function<bool()>& cancelled)
{
    m_error = SyncError();
    m_accountIds.clear();
    if (pages.isEmpty())
        return m_error;
    const auto stopped = [this, &cancelled] {
        if (!cancelled || !cancelled())
            return false;
        fail(WriteFailure::Cancelled, u"cancelled before the commit"_s, {});
        return true;
    };
    if (stopped())
        return m_error;
    CacheTransaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(WriteFailure::Busy, u"begin"_s, transaction.lastError().text());
        return m_error;
    }
    if (fromScratch) {
        SyncCacheReset reset(m_db);
        if (!reset.clearServerData()) {
            fail(WriteFailure::Statement, u"reset"_s, reset.lastError().text());
            return m_error;
        }
    }
    for (const SyncAnswerBody& page : pages) {
        // Either way the transaction rolls back as it goes.
        if (!writePage(page) || stopped())
            return m_error;
    }
    if (fromScratch) {
        QSet<qint64> newsIds;
        for (const SyncAnswerBody& page : pages) {
            for (const NewsItem& item : page.news)
                newsIds.insert(item.id);
        }
        SyncCacheReset reset(m_db);
        if (!reset.dropNewsOtherThan(newsIds)) {
            fail(WriteFailure::Statement, u"dropping old news"_s, reset.lastError().text());
            return m_error;
        }
    }
    if (!writeBookkeeping(pages.constLast(), now))
        return m_error;
    if (!transaction.commit())
        fail(WriteFailure::Commit, u"commit"_s, transaction.lastError().text());
    return m_error;
}

bool SyncApplier::writePage(const SyncAnswerBody& answer)
{
    return writeProfileAndAccounts(answer) && checkAccountsKnown(answer) && writeHistory(answer)
        && writeMeters(answer) && writeBuildings(answer) && writeNotices(answer);
}

bool SyncApplier::writeProfileAndAccounts(const SyncAnswerBody& answer)
{
    if (answer.profile) {
        UserStore user(m_db);
        if (!user.saveProfile(*answer.profile))
            return fail(WriteFailure::Statement, u"profile"_s, user.lastError().text());
    }
    AccountStore accounts(m_db);
    SyncBookkeeping bookkeeping(m_db);
    // An id the cache does not know (linked and unlinked between two syncs) deletes nothing.
    for (const qint64 id : answer.removedAccounts) {
        if (!accounts.remove(id) || !bookkeeping.forgetAccount(id))
            return fail(WriteFailure::Statement, u"removing account %1"_s.arg(id),
                        accounts.lastError().isValid() ? accounts.lastError().text()
                                                       : bookkeeping.lastError().text());
    }
    for (const Account& account : answer.accounts) {
        if (!accounts.upsert(account))
            return fail(WriteFailure::Statement, u"account %1"_s.arg(account.id),
                        accounts.lastError().text());
    }
    const std::optional<QList<Account>> cached = accounts.accounts();
    if (!cached)
        return fail(WriteFailure::Statement, u"listing accounts"_s, accounts.lastError().text());
    // Afresh for every page: an account an earlier page of the sync held may have gone since.
    m_accountIds.clear();
    for (const Account& account : *cached)
        m_accountIds.insert(account.id);
    return true;
}

bool SyncApplier::checkAccountsKnown(const SyncAnswerBody& answer)
{
    // Checked before writing, so that the failure names the entry instead of a foreign key.
    const auto check = [this](const QString& list, qint64 accountId) {
        return m_accountIds.contains(accountId)
            || fail(WriteFailure::UnknownAccount, list + u" of account %1"_s.arg(accountId), {});
    };
    for (const AccountCharges& entry : answer.charges) {
        if (!check(u"charges"_s, entry.accountId))
            return false;
    }
    for (const auto& entry : answer.payments) {
        if (!check(u"payments"_s, entry.accountId))
            return false;
    }
    for (const auto& entry : answer.meters) {
        if (!check(u"meters"_s, entry.accountId))
            return false;
    }
    return true;
}

bool SyncApplier::writeHistory(const SyncAnswerBody& answer)
{
    SyncHistoryWriter history(m_db);
    SyncBookkeeping bookkeeping(m_db);
    // The last closed period each touched account is trimmed to: the page's when it has a
    // charges entry for the account, else the one recorded before.
    QHash<qint64, Period> closedOf;
    QList<qint64> touched;
    for (const AccountCharges& entry : answer.charges) {
        if (!history.writeCharges(entry))
            return fail(WriteFailure::Statement, u"charges of account %1"_s.arg(entry.accountId),
                        history.lastError().text());
        if (!bookkeeping.setLastClosedPeriod(entry.accountId, entry.lastClosedPeriod))
            return fail(WriteFailure::Statement, u"bookkeeping"_s, bookkeeping.lastError().text());
        closedOf.insert(entry.accountId, entry.lastClosedPeriod);
        touched.append(entry.accountId);
    }
    for (const auto& entry : answer.payments) {
        if (!history.writePayments(entry.items))
            return fail(WriteFailure::Statement, u"payments of account %1"_s.arg(entry.accountId),
                        history.lastError().text());
        if (!closedOf.contains(entry.accountId)) {
            const std::optional<Period> recorded = bookkeeping.lastClosedPeriod(entry.accountId);
            if (!recorded && bookkeeping.lastError().isValid())
                return fail(WriteFailure::Statement, u"bookkeeping"_s,
                            bookkeeping.lastError().text());
            // Without a recorded period there is nothing to trim against yet.
            if (!recorded)
                continue;
            closedOf.insert(entry.accountId, *recorded);
            touched.append(entry.accountId);
        }
    }
    for (const qint64 accountId : std::as_const(touched)) {
        if (!history.trimAfter(accountId, closedOf.value(accountId)))
            return fail(WriteFailure::Statement, u"trimming account %1"_s.arg(accountId),
                        history.lastError().text());
    }
    return true;
}

bool SyncApplier::writeMeters(const SyncAnswerBody& answer)
{
    SyncMeterWriter meters(m_db);
    for (const auto& entry : answer.meters) {
        for (const MeterDetails& meter : entry.items) {
            if (!meters.write(meter))
                return fail(WriteFailure::Statement, u"meter %1"_s.arg(meter.meter.id),
                            meters.lastError().text());
        }
    }
    return true;
}

bool SyncApplier::writeBuildings(const SyncAnswerBody& answer)
{
    BuildingStore buildings(m_db);
    for (const BuildingDetails& details : answer.buildings) {
        const qint64 id = details.building.id;
        if (!buildings.upsertBuilding(details.building)
            || !buildings.replaceWorks(id, details.works) || !buildings.saveHouseFund(details.fund))
            return fail(WriteFailure::Statement, u"building %1"_s.arg(id),
                        buildings.lastError().text());
    }
    // After the cards and the houses of this page: a house may come on a later page than the
    // card naming it, but a house no card names is gone for good.
    SyncBuildingPruner pruner(m_db);
    if (!pruner.prune())
        return fail(WriteFailure::Statement, u"dropping houses"_s, pruner.lastError().text());
    return true;
}

bool SyncApplier::writeNotices(const SyncAnswerBody& answer)
{
    OrganizationStore organizations(m_db);
    for (const Organization& organization : answer.organizations) {
        if (!organizations.upsert(organization))
            return fail(WriteFailure::Statement, u"organization %1"_s.arg(organization.id),
                        organizations.lastError().text());
    }
    NewsStore news(m_db);
    for (const NewsItem& item : answer.news) {
        if (!news.upsert(item))
            return fail(WriteFailure::Statement, u"news %1"_s.arg(item.id),
                        news.lastError().text());
    }
    AppealStore appeals(m_db);
    for (Appeal appeal : answer.appeals) {
        // The server keeps an appeal's account after the user unlinked it; the cache holds only
        // linked accounts (a foreign key), so such an appeal is kept as concerning none.
        if (appeal.accountId && !m_accountIds.contains(*appeal.accountId))
            appeal.accountId.reset();
        if (!appeals.upsertFromServer(appeal))
            return fail(WriteFailure::Statement, u"appeal %1"_s.arg(appeal.serverId.value_or(0)),
                        appeals.lastError().text());
    }
    return true;
}

bool SyncApplier::writeBookkeeping(const SyncAnswerBody& answer, const QDateTime& now)
{
    SyncBookkeeping bookkeeping(m_db);
    // Only a sync's last page makes the cache complete; pages applied without it (a part of a
    // sync, as SyncApplier's own tests do) keep the time of the last complete sync.
    const QDateTime syncedAt = answer.more ? QDateTime() : now;
    if (!bookkeeping.saveCursor(answer.cursor, syncedAt))
        return fail(WriteFailure::Statement, u"cursor"_s, bookkeeping.lastError().text());
    if (answer.more)
        return true;
    for (const qint64 accountId : std::as_const(m_accountIds)) {
        if (!bookkeeping.markAccountSynced(accountId, now))
            return fail(WriteFailure::Statement, u"bookkeeping"_s, bookkeeping.lastError().text());
    }
    return true;
}
