#pragma once

#include "cache/CacheOpenError.h"
#include "net/ApiError.h"
#include "protocol/json/JsonError.h"

#include <QMetaType>
#include <QString>

// Why a sync ended without bringing the cache up to date. Whatever the kind, the cache is left
// exactly as it was before the sync began: its pages are written in one transaction, at the end.
struct SyncError
{
    enum class Kind
    {
        None,
        // The request failed: api says how (after the retries, when it was retryable).
        Api,
        // A 200 whose body is not a sync answer; answer names the first bad field. A server bug
        // or a version mismatch: retrying the same page would get the same body.
        BadAnswer,
        // The cache could not be opened on the engine's thread; cacheOpen says why.
        CacheUnavailable,
        // Writing the sync to the cache failed and was rolled back; detail says what failed.
        CacheWrite,
    };

    // What a write to the cache ran into (CacheWrite).
    enum class WriteFailure
    {
        None,
        // The transaction could not begin: another writer held the cache for too long.
        Busy,
        // A statement failed (the disk is full, the file is damaged, a constraint broke).
        Statement,
        // An entry names an account the cache does not hold and the answer does not bring: the
        // server broke the order docs/api.md promises (cards come before their history).
        UnknownAccount,
        // Everything was written but the commit failed.
        Commit,
        // The sync was cancelled, or its engine stopped, before the commit: rolled back. The
        // engine has said cancelled() by then and never reports this one.
        Cancelled,
    };

    Kind kind = Kind::None;
    ApiError api;
    JsonError answer;
    CacheOpenError cacheOpen = CacheOpenError::None;
    WriteFailure write = WriteFailure::None;
    // For logs and support; never secret, never shown as the message.
    QString detail;

    static SyncError fromApi(const ApiError& error);
    static SyncError badAnswer(const JsonError& error);
    static SyncError cacheUnavailable(CacheOpenError error, const QString& detail);
    static SyncError cacheWrite(WriteFailure failure, const QString& detail);

    bool isError() const { return kind != Kind::None; }
    // A translated sentence for the status bar.
    QString userMessage() const;
    // "Api ServerError 503", "BadAnswer charges[0].lines[2].period", "CacheWrite Statement: …".
    QString describe() const;
};

Q_DECLARE_METATYPE(SyncError)
