#pragma once

#include "engine/SyncError.h"
#include "protocol/json/SyncAnswerBody.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QThread>

// One page of a sync, as the engine's cache thread decoded it: its cursor and counts, or why it
// could not be read. Also what the page touched, so that views can reload only what changed.
// The engine keeps these while it fetches the rest of the sync and hands them on (pageApplied)
// once the whole sync is committed to the cache.
struct SyncPageReport
{
    int page = 0; // 1 for the first page of a sync
    SyncError error; // BadAnswer (or CacheUnavailable); none when the page was decoded
    QString cursor; // the page's cursor: the cache's once the sync is committed
    bool more = false;
    bool fromScratch = false; // first page of a sync replacing all that is cached from the server

    qint64 bytes = 0; // the answer's body as the transport received it (ApiResult::bodyBytes())
    qint64 rows = 0; // by the server's paging measure (SyncAnswerBody::rowCount())
    int accounts = 0; // account cards received
    int periods = 0; // charge periods received (one per account and period)
    int payments = 0;

    // What the page touched.
    QList<qint64> changedAccounts; // a card or any of its history, meters included
    QList<qint64> removedAccounts;
    bool profileChanged = false;
    bool buildingsChanged = false;
    bool organizationsChanged = false;
    bool newsChanged = false;
    bool appealsChanged = false;

    QDateTime appliedAt; // UTC, as the engine's clock said when the sync went to be written
    // The thread that decoded and wrote the page; for diagnostics (it is never the GUI thread).
    Qt::HANDLE thread = nullptr;

    // Decoded; in the cache once pageApplied() brings it.
    bool isApplied() const { return !error.isError(); }

    // Fills the cursor, the counts and what the page touched from the decoded answer.
    void describe(const SyncAnswerBody& answer);
};

Q_DECLARE_METATYPE(SyncPageReport)
