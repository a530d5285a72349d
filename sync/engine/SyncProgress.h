#pragma once

#include "net/ApiError.h"

#include <QDateTime>

// How far the sync under way has come, for a progress bar or a status line. The server does not
// say how many pages a sync has, so this counts what has been done rather than a fraction.
struct SyncProgress
{
    int pages = 0; // applied in full
    qint64 bytes = 0; // of the pages applied
    qint64 rows = 0; // of the pages applied (SyncAnswerBody::rowCount())

    // While the current page waits for a retry: the failed attempts so far, why the last one
    // failed, and when the next one starts (UTC). failedAttempts is 0 otherwise.
    int failedAttempts = 0;
    ApiError lastFailure;
    QDateTime retryAt;

    bool isRetrying() const { return failedAttempts > 0; }
};
