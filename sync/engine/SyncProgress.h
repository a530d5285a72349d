#pragma once

#include "net/ApiError.h"

#include <QDateTime>

// How far the sync under way has come, for a progress bar or a status line. The server does not
// say how many pages a sync has, so this counts what has been done rather than a fraction.
//
// A sync fetches (and decodes) all its pages first and writes them to the cache at the end, in
// one transaction: the counts grow while fetching, then applying says that the writing has begun.
struct SyncProgress
{
    int pages = 0; // fetched and decoded; none of them is in the cache before the commit
    qint64 bytes = 0; // of the pages fetched
    qint64 rows = 0; // of the pages fetched (SyncAnswerBody::rowCount())
    // Every page is in: they are being written to the cache.
    bool applying = false;

    // While the current page waits for a retry: the failed attempts so far, why the last one
    // failed, and when the next one starts (UTC). failedAttempts is 0 otherwise.
    int failedAttempts = 0;
    ApiError lastFailure;
    QDateTime retryAt;

    bool isRetrying() const { return failedAttempts > 0; }
};
