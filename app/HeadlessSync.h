#pragma once

#include "StdinPasswordReader.h"
#include "SyncExitCode.h"
#include "cache/CacheUnlocker.h"
#include "keys/Keychain.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

struct ApiError;
class AuthorizedPageSource;
class ApiTransport;
class LoginOutcome;
class SessionManager;
class SyncEngine;
struct SyncError;
struct SyncStatus;
struct SyncSummary;

// `kabinet --sync`: signs in (with the password from standard input, or the session remembered
// in the keychain), opens the user's cache (CacheUnlocker; created on the first sign-in), runs one
// sync into it (SyncEngine, the same cache the window uses), prints one summary line and ends with
// a SyncExitCode. No window and no display: it needs a QCoreApplication only.
//
// Everything runs in the application's event loop; what blocks (reading standard input, the key
// derivation, the keychain, the cache file) runs on threads of their own. The password is kept in
// memory only until the cache is unlocked, and neither it nor a token is ever printed or logged.
// A session that is not remembered is signed out at the end, so that scheduled runs do not pile
// up sessions on the server.
class HeadlessSync : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        QString caFile;
        QString login;
        bool passwordFromStdin = false;
        bool remember = false;
    };

    explicit HeadlessSync(Options options, QObject* parent = nullptr);
    ~HeadlessSync() override;

    // Runs everything in QCoreApplication::exec() and returns the exit code.
    int run();

    // What each typed failure exits with.
    static SyncExitCode exitCodeFor(const ApiError& error);
    static SyncExitCode exitCodeFor(const LoginOutcome& outcome);
    static SyncExitCode exitCodeFor(const SyncError& error);
    // The summary line (without its line end).
    static QString summaryLine(const SyncSummary& summary);

signals:
    void done(int exitCode);

private:
    void start();
    void onPassword(bool ok, const QString& password);
    void onSignedIn(const LoginOutcome& outcome);
    void rememberInSettings(bool remembered);
    void unlockCache();
    void onCacheKey(const CacheUnlocker::Outcome& outcome);
    void startSync(const DataKey& key);
    void onSyncStatus(const SyncStatus& status);
    void onSyncFinished(const SyncSummary& summary);
    // Prints "kabinet: message [detail]" to standard error and finishes with code.
    void fail(SyncExitCode code, const QString& message, const QString& detail = {});
    void warn(const QString& message);
    void finish(SyncExitCode code);
    void exitWhenKeychainIdle();

    Options m_options;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<SessionManager> m_session;
    // The cache key's keychain; declared before the unlocker, which uses it on its thread.
    Keychain m_keychain;
    std::unique_ptr<CacheUnlocker> m_unlocker;
    StdinPasswordReader m_passwordReader;
    std::unique_ptr<AuthorizedPageSource> m_pages;
    std::unique_ptr<SyncEngine> m_engine;
    // Only until the cache is unlocked.
    QString m_password;
    bool m_signedIn = false;
    bool m_triedKeychainAfterPassword = false;
    bool m_finishing = false;
    bool m_exited = false;
    SyncExitCode m_exitCode = SyncExitCode::Failure;
};
