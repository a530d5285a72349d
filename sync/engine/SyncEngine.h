#pragma once

#include "engine/SyncClock.h"
#include "engine/SyncPageReport.h"
#include "engine/SyncRetryPolicy.h"
#include "engine/SyncStatus.h"
#include "engine/SyncSummary.h"
#include "engine/SyncTimer.h"
#include "engine/SyncWorker.h"
#include "net/ApiResult.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThread>

#include <chrono>
#include <functional>

class DataKey;
class SyncPageSource;

// Keeps one signed-in user's cache up to date with the server (docs/api.md, "Incremental sync").
// A sync asks for GET /sync?cursor=… again and again while the answer says "more", keeping the
// decoded pages in memory, and when the last one is in, applies them all in ONE transaction
// together with the last cursor and the bookkeeping (SyncApplier). So the cache holds the state
// before the sync or the one after it, never a part: a failure of any kind, a cancel or the
// engine's end before the commit leaves it exactly as it was. The transaction is open only while
// the pages are written, never across a request or a back-off, so the other connections to the
// file (the outbox, the window's reader) are not held up by the network. See docs/cache.md.
//
// Threads: the engine lives on the GUI thread and fetches there (through SyncPageSource); the
// answers are decoded and written on a thread of its own, which owns its own connection to the
// cache file (SyncWorker). Signals come on the GUI thread.
//
// Failures: retryable ones (ApiError::isRetryable) are tried again with exponential back-off and
// full jitter (SyncRetryPolicy, honouring Retry-After). When the server stays unreachable the
// state is Offline; any other failure is Failed. Either way background syncs go on at the
// interval, and refresh() tries at once. A 422 for the cursor (the server's data was reset)
// restarts the sync from scratch, once.
//
//     AuthorizedPageSource pages(authorizedApi);
//     SyncEngine engine(pages, location.databasePath(), dataKey);
//     connect(&engine, &SyncEngine::statusChanged, statusBar, &StatusBar::show);
//     engine.start();   // opens the cache, background syncs every interval()
//     engine.refresh(); // and one now
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds defaultInterval {15 * 60};

    // source must outlive the engine. cachePath and key open the engine's own connection to the
    // user's cache, on its thread; the key is dropped once the connection is open.
    SyncEngine(SyncPageSource& source, const QString& cachePath, const DataKey& key,
               QObject* parent = nullptr);
    // Stops the thread. A sync being written is rolled back (after the page being written at the
    // moment), unless it has committed already: the cache stays whole.
    ~SyncEngine() override;

    // Background syncs this long after the end of the last one; 0 for none.
    void setInterval(std::chrono::seconds interval);
    std::chrono::seconds interval() const { return m_interval; }
    void setRetryPolicy(const SyncRetryPolicy& policy) { m_policy = policy; }
    const SyncRetryPolicy& retryPolicy() const { return m_policy; }

    // For tests, before start(): the time, the two timers (back-off, interval) and the jitter's
    // random numbers in [0, 1). Not owned; they must outlive the engine.
    void setClock(const SyncClock* clock);
    void setTimers(SyncTimer* retryTimer, SyncTimer* intervalTimer);
    void setRandomSource(std::function<double()> random);

    // Opens the cache on the engine's thread (status() then shows the last sync's time) and arms
    // the background syncs. Called by refresh() when needed.
    void start();
    // Starts a sync now. False when one is under way already, except while it waits to retry a
    // page: then the wait is cut short and this returns true.
    bool refresh();
    // Stops the sync under way and emits cancelled(): nothing more is fetched, the pages fetched
    // are dropped, and their apply, when under way, is rolled back, so the cache stays as it was
    // before the sync. Cheap: it waits for nothing. Only a commit that was already done when
    // cancel() came stays (statusChanged() then brings its time); once pageApplied() has come,
    // the sync is in and this does nothing.
    void cancel();

    const SyncStatus& status() const { return m_status; }
    SyncStatus::State state() const { return m_status.state; }
    bool isSyncing() const { return m_phase != Phase::Idle; }
    // The end of the last complete sync (UTC); null before the first one or before start().
    QDateTime lastSyncedAt() const { return m_status.lastSyncedAt; }
    // The thread that decodes and writes the pages, for diagnostics.
    QThread* workerThread() const { return m_thread; }

signals:
    // Every change of state, progress (once per page fetched, per retry, and when the pages
    // start to be written) or last sync time.
    void statusChanged(const SyncStatus& status);
    // A page is in the cache: views may reload what it touched. Comes for every page of a sync,
    // in order, once the sync has committed, right before finished().
    void pageApplied(const SyncPageReport& report);
    // A sync ended with the cache up to date.
    void finished(const SyncSummary& summary);
    void cancelled();
    // The engine's connection to the cache is open (ok), or cannot be (see status()). A new cache
    // file is created and brought to the current schema by then, so other connections to it
    // (the window's reader) should open only after this: two connections creating one SQLCipher
    // file at once can see it half-written ("file is encrypted or is not a database").
    void cacheOpened(bool ok);

private:
    enum class Phase
    {
        Idle,
        WaitingForCache, // not open yet, or a cancelled sync's apply still running
        Fetching,
        Decoding, // the page just fetched, on the worker's thread
        WaitingToRetry,
        Applying, // every page fetched: being written in one transaction
        Committed, // in the cache: reporting it
    };

    void continueSync();
    void startRun(const QString& cursor);
    void fetchPage();
    void onFetched(const ApiResult& result);
    void onFetchFailed(const ApiError& error);
    void onRetryTimeout();
    void onCreating();
    void onOpened(const SyncWorker::Opened& result);
    void onPageStaged(int run, const SyncPageReport& report);
    void applyRun();
    void onApplied(int run, const SyncError& error, const SyncDigest& digest);
    // Ends the run under way before its commit: the worker drops its pages (and rolls back their
    // apply when it is under way).
    void dropRun();
    void finishSync();
    void endWithError(const ApiError& error);
    void endFailed(const SyncError& error);
    void armInterval();
    void setStatus(SyncStatus::State state);
    QDateTime now() const;

    SyncPageSource& m_source;
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr; // lives on m_thread; deleted there when it finishes

    SyncClock m_systemClock;
    const SyncClock* m_clock = &m_systemClock;
    SyncTimer m_ownRetryTimer;
    SyncTimer m_ownIntervalTimer;
    SyncTimer* m_retryTimer = nullptr;
    SyncTimer* m_intervalTimer = nullptr;
    std::function<double()> m_random;
    SyncRetryPolicy m_policy;
    std::chrono::seconds m_interval = defaultInterval;

    bool m_started = false;
    bool m_cacheReady = false;
    // The worker is creating the cache file (SyncWorker::creating()): it holds no cursor, so a
    // sync need not wait for it to open.
    bool m_cacheCreated = false;
    SyncError m_cacheError;
    QString m_cursor; // what the cache holds
    Phase m_phase = Phase::Idle;
    // A run is one go at fetching a sync's pages and applying them; a sync restarted from scratch
    // takes a new one. The worker's answers name theirs, so that those of a dropped run are known.
    int m_run = 0;
    QList<SyncPageReport> m_staged; // of the run under way, fetched and decoded, in order
    QString m_nextCursor; // for the run's next request
    QString m_requestedCursor; // of the request in flight
    // The worker is applying a run (perhaps a cancelled one, which may still commit): the next
    // sync waits for it, as the cursor it starts from depends on the outcome.
    bool m_applyInFlight = false;
    QString m_applyingCursor; // the cursor and time the cache takes when that apply commits
    QDateTime m_applyingAt;
    bool m_cursorRefused = false; // this sync already restarted from scratch
    int m_failedAttempts = 0; // of the current page
    QDateTime m_offlineSince;
    SyncSummary m_summary; // of the sync under way
    SyncStatus m_status;
};
