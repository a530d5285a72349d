#pragma once

#include "cache/CacheDatabase.h"
#include "engine/SyncDigest.h"
#include "engine/SyncError.h"
#include "engine/SyncPageReport.h"
#include "keys/DataKey.h"
#include "protocol/json/SyncAnswerBody.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

// The sync engine's half that runs on its own thread: it owns a connection of its own to the
// cache file (Qt SQL connections belong to the thread that opens them) and does the heavy part of
// every sync there, decoding the answers (SyncAnswerJson) and writing them (SyncApplier), so that
// the GUI thread never waits for either. SyncEngine moves it to the thread and talks to it only
// through queued calls and signals (and abort(), which is safe from any thread).
//
// A sync is staged, then applied: each page is decoded as it comes and kept in memory, and only
// when the last one is in are they all written, in one transaction. No transaction is open while
// pages are fetched, so the other connections to the file (the outbox, the window's reader) are
// never held up by the network. A run is one attempt at a sync, numbered by the engine; a page
// of a newer run drops what an older one staged.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    // What open() found.
    struct Opened
    {
        SyncError error; // CacheUnavailable or CacheWrite (the schema could not be brought up)
        QString cursor; // to send next; empty: sync from scratch
        QDateTime lastSyncedAt; // null before the first complete sync
    };

    // The key is kept only until open() has used it.
    SyncWorker(const QString& cachePath, const DataKey& key, QObject* parent = nullptr);
    ~SyncWorker() override;

    // Opens the cache on the calling thread (the worker's) and brings its schema up to date;
    // emits opened(). When there is no cache file yet, emits creating() first.
    void open();
    // Decodes body, page `page` of run `run` (1 starts it; fromScratch tells whether it has no
    // cursor), and keeps it for apply(); emits pageStaged(). Writes nothing. A page that cannot
    // be decoded ends the run: what it staged is dropped.
    // bodyBytes: the answer's size as received (ApiResult::bodyBytes()).
    void stagePage(int run, const QJsonObject& body, qint64 bodyBytes, bool fromScratch, int page);
    // Writes every page staged for run, in order, with the last one's cursor and the
    // bookkeeping, in one transaction (SyncApplier), and drops them; emits applied(). now becomes
    // the last sync's time.
    void apply(int run, const QDateTime& now);
    // Drops what run staged, e.g. after a failed or cancelled fetch.
    void discard(int run);
    // Safe from any thread: run and every older one are over. Their pages are no longer staged,
    // and their apply() rolls back instead of committing, unless it has committed already.
    void abort(int run);

signals:
    // open() is creating the cache file: it will hold no cursor, so a sync starts from scratch
    // whatever else open() finds. Comes before the file is made and its schema created (tens of
    // milliseconds), so that the engine can send its first request meanwhile.
    void creating();
    void opened(const SyncWorker::Opened& result);
    void pageStaged(int run, const SyncPageReport& report);
    // No error: the run is in the cache, and digest tells what it brought that the cache had
    // not (SyncDigestCollector). Else nothing of it is (CacheWrite; Cancelled after abort()).
    void applied(int run, const SyncError& error, const SyncDigest& digest);

private:
    bool isAborted(int run) const { return run <= m_abortedRun.load(); }

    QString m_cachePath;
    DataKey m_key;
    std::optional<CacheDatabase> m_cache;
    int m_stagedRun = 0;
    bool m_stagedFromScratch = false;
    QList<SyncAnswerBody> m_staged;
    std::atomic<int> m_abortedRun {0};
};

Q_DECLARE_METATYPE(SyncWorker::Opened)
