#pragma once

#include "EngineCache.h"
#include "FaultProxy.h"
#include "PortalProcess.h"
#include "ReplicaDifferences.h"
#include "engine/SyncEngine.h"
#include "engine/SyncPageSource.h"
#include "net/ApiTransport.h"
#include "session/AuthorizedApi.h"

#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

// The sync engine (its real worker thread, a real SQLCipher cache) against the real
// kabinet-portal behind a FaultProxy, for the fault-injection tests:
//
//     SyncFaultRig rig;
//     QVERIFY2(rig.start(), qPrintable(rig.errorString()));   // first full sync included
//     QVERIFY(rig.prepareWork(10));      // cache == server, then 10 new rows on the server
//     rig.proxy().addRule(...);          // the fault
//     const SyncFaultRig::Outcome outcome = rig.syncOnce();
//     QCOMPARE(outcome.status.state, SyncStatus::State::Offline);
//     QVERIFY2(rig.leftAsItWas(outcome).isEmpty(), …); // the cache exactly as before the sync
//     rig.proxy().clearRules();
//     QVERIFY2(rig.convergesOnCleanSync().isEmpty(), …);
class SyncFaultRig
{
public:
    // The portal serves this many rows a page, so that a sync of new work spans several pages.
    static constexpr int pageSize = 4;
    // The client's transport timeout: a Hang costs this per attempt.
    static constexpr std::chrono::milliseconds timeout {1500};

    // Quick retries: two attempts a page, milliseconds apart (Retry-After up to 5 s honoured).
    static SyncRetryPolicy fastRetries();

    SyncFaultRig() = default;
    ~SyncFaultRig();

    // Before start(): the portal runs on a clock file starting at utc (PortalProcess::setClock).
    bool setPortalClock(const QDateTime& utc) { return m_portal.setClock(utc); }
    // Before start(): pages through the session layer (AuthorizedPageSource over AuthorizedApi,
    // which refreshes the access token) instead of TransportPageSource with a fixed token.
    void useSessionLayer() { m_sessionLayer = true; }

    // Starts the portal (--demo, pageSize rows a page), the proxy, the client (trusting the
    // proxy's CA only) and the engine, and runs the first full sync through the proxy; false with
    // errorString().
    bool start(const QStringList& extraPortalArguments = {});
    QString errorString() const { return m_error; }

    PortalProcess& portal() { return m_portal; }
    FaultProxy& proxy() { return m_proxy; }
    SyncEngine& engine() { return *m_engine; }
    EngineCache& cache() { return *m_cache; }
    ApiTransport& transport() { return *m_transport; }
    // A token of another session of the demo user, for the test's own requests straight to the
    // portal (new work, the per-endpoint answers).
    QString token() const { return m_token; }
    // Signs that session in again, e.g. after the portal's clock moved past its expiry.
    bool renewToken();
    // The engine's session (useSessionLayer()); nullptr without.
    AuthorizedApi* api() const { return m_api.get(); }

    // Restarts a stopped portal on its data (a new port) and points the proxy there.
    bool restartPortal();
    // Between a test's cases: no rules left in the proxy, the portal running (restarted if a
    // case stopped it); false with errorString().
    bool readyForNextCase();

    // Brings the cache to the server's state with a clean sync (unless the last sync was found to
    // have done so, with nothing new on the server since), remembers the cache's exact dump, its
    // cursor and the time of its last sync, and
    // adds `appeals` new appeals on the server (straight, past the proxy) for the next sync to
    // fetch, textCharacters characters of text each (at most 5000 characters). False (with a test
    // failure) when something of that fails.
    bool prepareWork(int appeals, int textCharacters = 40);

    struct Outcome
    {
        bool ended = false; // false: the sync was still running after the wait
        bool finished = false; // it brought the cache up to date
        SyncStatus status;
        // The most pages the progress counted as fetched (and decoded) while syncing.
        int pagesFetched = 0;
        QList<SyncPageReport> pages; // applied in this sync
    };
    // Runs one sync to its end (finished or not), however it ends.
    Outcome syncOnce(int timeoutMs = 30000);

    // A sync that failed on a page: it ended without finishing, in state, with an API error of
    // kind and no HTTP status (and the time it went offline, when Offline), after fetching
    // pagesBefore pages and applying none. The problems, empty when none.
    static QStringList failedBeforeApplying(const Outcome& outcome, int pagesBefore,
                                            SyncStatus::State state, ApiError::Kind kind);

    // What a failed sync may have done to the cache: nothing at all. Checked: the cache holds
    // exactly the rows it held at prepareWork()'s end (every column, the bookkeeping's cursor and
    // times included), no page was reported applied, the engine still reports the last sync's
    // time of before, and SQLite finds the cache whole. Returns the problems, empty when none.
    QStringList leftAsItWas(const Outcome& outcome);

    // A clean sync (no rules left in the proxy) ends Idle with the cache equal to the server's
    // data; the problems, empty when none.
    QStringList convergesOnCleanSync();
    // The pages of the last clean sync that convergesOnCleanSync() ran.
    int cleanSyncPages() const { return m_cleanSyncPages; }

    // Cache vs. server, by the per-endpoint answers.
    QStringList differencesFromServer(ReplicaDifferences::Mode mode);

    static QString firstFew(const QStringList& lines);

private:
    bool fail(const QString& message);

    PortalProcess m_portal;
    QStringList m_portalArguments;
    FaultProxy m_proxy;
    std::unique_ptr<ApiTransport> m_transport;
    bool m_sessionLayer = false;
    std::unique_ptr<AuthorizedApi> m_api;
    std::unique_ptr<SyncPageSource> m_source;
    std::unique_ptr<EngineCache> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_token;
    QStringList m_dumpBefore; // exact
    QString m_cursorBefore;
    QDateTime m_lastSyncedBefore;
    int m_cleanSyncPages = 0;
    int m_appealCounter = 0;
    bool m_converged = false; // the cache was found equal to the server's data, nothing new since
    QString m_error;
};
