#include "engine/SyncDigestCollector.h"

#include "engine/SyncBookkeeping.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "store/NewsStore.h"
#include "store/PaymentStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

SyncDigestCollector::SyncDigestCollector(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::nullopt_t SyncDigestCollector::fail(const QSqlError& error)
{
    m_error = error;
    return std::nullopt;
}

std::optional<SyncDigest> SyncDigestCollector::collect(const QList<SyncAnswerBody>& pages)
{
    m_error = QSqlError();
    SyncDigest digest;
    const SyncBookkeeping bookkeeping(m_db);
    const std::optional<QDateTime> lastSyncedAt = bookkeeping.lastSyncedAt();
    if (!lastSyncedAt)
        return fail(bookkeeping.lastError());
    if (!lastSyncedAt->isValid())
        return digest; // the first sync: everything is new, so nothing is news

    // The accounts the cache held before, with their numbers; a removed one is no news either.
    QSet<qint64> removed;
    for (const SyncAnswerBody& page : pages)
        removed.unite(QSet<qint64>(page.removedAccounts.cbegin(), page.removedAccounts.cend()));
    const AccountStore accountStore(m_db);
    QHash<qint64, QString> known; // account id → number; absent: not cached before
    QSet<qint64> unknown;
    const auto isKnown = [&](qint64 accountId) -> std::optional<bool> {
        if (removed.contains(accountId) || unknown.contains(accountId))
            return false;
        if (known.contains(accountId))
            return true;
        const std::optional<Account> account = accountStore.account(accountId);
        if (!account && accountStore.lastError().isValid())
            return fail(accountStore.lastError());
        if (!account) {
            unknown.insert(accountId);
            return false;
        }
        known.insert(accountId, account->number);
        return true;
    };

    const PaymentStore paymentStore(m_db);
    const NewsStore newsStore(m_db);
    const AppealStore appealStore(m_db);
    // What a later page of the same sync may carry again.
    QSet<qint64> seenPayments;
    QSet<qint64> seenNews;
    QSet<qint64> seenAppeals;
    for (const SyncAnswerBody& page : pages) {
        for (const AccountCharges& entry : page.charges) {
            const std::optional<bool> cached = isKnown(entry.accountId);
            if (!cached)
                return std::nullopt;
            if (!*cached || !entry.lastClosedPeriod.isValid())
                continue;
            const std::optional<Period> before = bookkeeping.lastClosedPeriod(entry.accountId);
            if (!before && bookkeeping.lastError().isValid())
                return fail(bookkeeping.lastError());
            // A period closed later than the one the cache had; reopening one is no news.
            if (!before || entry.lastClosedPeriod <= *before)
                continue;
            const bool listed =
                std::any_of(digest.closedPeriods.cbegin(), digest.closedPeriods.cend(),
                            [&](const auto& item) { return item.accountId == entry.accountId; });
            if (!listed) {
                digest.closedPeriods.append(
                    {entry.accountId, known.value(entry.accountId), entry.lastClosedPeriod});
            }
        }
        for (const SyncAnswerBody::ForAccount<Payment>& entry : page.payments) {
            const std::optional<bool> cached = isKnown(entry.accountId);
            if (!cached)
                return std::nullopt;
            if (!*cached || entry.items.isEmpty())
                continue;
            // One lookup per account: the cached payments of the dates the page carries.
            const auto [first, last] = std::minmax_element(
                entry.items.cbegin(), entry.items.cend(),
                [](const Payment& a, const Payment& b) { return a.date < b.date; });
            const std::optional<QList<Payment>> before =
                paymentStore.payments(entry.accountId, first->date, last->date);
            if (!before)
                return fail(paymentStore.lastError());
            QSet<qint64> cachedIds;
            for (const Payment& payment : *before)
                cachedIds.insert(payment.id);
            for (const Payment& payment : entry.items) {
                if (cachedIds.contains(payment.id) || seenPayments.contains(payment.id))
                    continue;
                seenPayments.insert(payment.id);
                digest.payments.append({known.value(entry.accountId), payment});
            }
        }
        for (const NewsItem& item : page.news) {
            if (seenNews.contains(item.id))
                continue;
            const std::optional<NewsItem> before = newsStore.item(item.id);
            if (!before && newsStore.lastError().isValid())
                return fail(newsStore.lastError());
            seenNews.insert(item.id);
            if (!before)
                digest.news.append({item.id, item.title});
        }
        for (const Appeal& appeal : page.appeals) {
            if (!appeal.serverId || seenAppeals.contains(*appeal.serverId)
                || appeal.answer.isEmpty())
                continue;
            const std::optional<Appeal> before = appealStore.appealByServerId(*appeal.serverId);
            if (!before && appealStore.lastError().isValid())
                return fail(appealStore.lastError());
            seenAppeals.insert(*appeal.serverId);
            // A new answer, or one the operator gave again in other words.
            if (!before || before->answer != appeal.answer)
                digest.answers.append({*appeal.serverId, appeal.topic, appeal.answeredAt});
        }
    }
    return digest;
}
