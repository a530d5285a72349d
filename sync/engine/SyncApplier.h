#pragma once

#include "engine/SyncError.h"
#include "protocol/json/SyncAnswerBody.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

// Applies one decoded sync answer to the cache, by the rules of docs/api.md ("Incremental sync"),
// in ONE transaction together with the answer's cursor: the cache holds the state before the page
// or after it, never a part of it, and the stored cursor always matches what the cache holds. A
// failed write rolls everything back, the old cursor included, so the same page is simply asked
// for again.
//
// The order matters for the cache's foreign keys and for the rules: a reset (from scratch), the
// profile, the removed accounts (with everything of theirs), the account cards, then their
// history, meters, houses (and the houses no account names are dropped), organizations, news and
// appeals, and last the bookkeeping (SyncBookkeeping).
class SyncApplier
{
public:
    explicit SyncApplier(QSqlDatabase db);

    // fromScratch: the answer is the first page of a sync without a cursor, so it replaces
    // everything cached from the server (SyncCacheReset) instead of adding to it. now is stored
    // as the last sync's time when the answer ends its sync (more is false). Returns a CacheWrite
    // error, or no error when the page is in the cache.
    SyncError apply(const SyncAnswerBody& answer, const QDateTime& now, bool fromScratch);

private:
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
    QSet<qint64> m_accountIds; // cached after the cards of this page are written
    SyncError m_error;
};
