#pragma once

#include "engine/SyncError.h"
#include "protocol/json/SyncAnswerBody.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QThread>

// What applying one sync page did, sent from the engine's cache thread back to the engine: the
// new cursor and counts when the page is in the cache, or why nothing of it is. Also what the page
// touched, so that views can reload only what changed.
struct SyncPageReport
{
    int page = 0; // 1 for the first page of a sync
    SyncError error; // BadAnswer or CacheWrite; none when the page was applied
    QString cursor; // the page's cursor, now stored in the cache
    bool more = false;
    bool fromScratch = false; // everything cached from the server was replaced by this page

    qint64 bytes = 0; // the answer's size as compact JSON, about what came over the wire
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

    QDateTime appliedAt; // UTC, as the engine's clock said when it sent the page
    // The thread that decoded and wrote the page; for diagnostics (it is never the GUI thread).
    Qt::HANDLE thread = nullptr;

    bool isApplied() const { return !error.isError(); }

    // Fills the cursor, the counts and what the page touched from the decoded answer.
    void describe(const SyncAnswerBody& answer);
};

Q_DECLARE_METATYPE(SyncPageReport)
