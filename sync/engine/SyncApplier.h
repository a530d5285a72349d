#pragma once

#include "engine/SyncError.h"
#include "protocol/json/SyncAnswerBody.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

// Applies a sync to the cache: its decoded answers (pages), in order, by the rules of docs/api.md
// ("Incremental sync"), in ONE transaction together with the last page's cursor and the
// bookkeeping: the cache holds the state before the sync or after it, never a part of it, and the
// stored cursor always matches what the cache holds. A failed write rolls everything back, the
// old cursor included, so the same sync is simply asked for again.
//
// The order matters for the cache's foreign keys and for the rules: a reset (from scratch), then
// for each page the profile, the removed accounts (with everything of theirs), the account cards,
// then their history, meters, houses (and the houses no account names are dropped),
// organizations, news and appeals, and last the bookkeeping (SyncBookkeeping).
class SyncApplier
{
public:
    explicit SyncApplier(QSqlDatabase db);

    // fromScratch: the first page is the first of a sync without a cursor, so the sync replaces
    // everything cached from the server (SyncCacheReset) instead of adding to it. now is stored as
    // the last sync's time when the last page ends its sync (more is false). cancelled, when
    // given, is asked before the transaction begins and after each page: true rolls everything
    // back (WriteFailure::Cancelled). Returns a CacheWrite error, or no error when every page is
    // in the cache; an empty list writes nothing.
    SyncError apply(const QList<SyncAnswerBody>& pages, const QDateTime& now, bool fromScratch,
                    const std::function<bool()>& cancelled = {});
    // A sync of one page.
    SyncError apply(const SyncAnswerBody& answer, const QDateTime& now, bool fromScratch);

private:
    bool writePage(const SyncAnswerBody& answer);
    bool writeProfileAndAccounts(const SyncAnswerBody& answer);
    bool checkAccountsKnown(const SyncAnswerBody& answer);
    bool writeHistory(const SyncAnswerBody& answer);
    bool writeMeters(const SyncAnswerBody& answer);
    bool writeBuildings(const SyncAnswerBody& answer);
    bool writeNotices(const SyncAnswerBody& answer);
    bool writeBookkeeping(const SyncAnswerBody& answer, const QDateTime& now);
    // Records a failed statement (or another write failure) and returns false.
    bool fail(SyncError::WriteFailure failure, const QString& what, const QString& detail);

    QSqlDatabase m_db;
    QSet<qint64> m_accountIds; // cached after the cards of the page being written
    SyncError m_error;
};
