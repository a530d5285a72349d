#pragma once

#include "cache/CacheLocation.h"
#include "cache/CacheVault.h"
#include "keys/DataKey.h"
#include "keys/PasswordKeyWrap.h"

#include <QObject>
#include <QString>

#include <optional>

class Keychain;
class QThread;

// Opens one user's cache without blocking the calling thread: runs CacheVault's calls (the
// password derivation, the keychain, the key file) on a thread of its own and reports the data
// key, or the typed CacheVault::Error, with finished() on the thread that owns this object. The
// window's login (online and offline) and `kabinet --sync` both get their key here.
//
//     CacheUnlocker unlocker(CacheLocation::forUser(server, login), &keychain);
//     connect(&unlocker, &CacheUnlocker::finished, this, &Login::onCacheKey);
//     unlocker.openWithPassword(password); // first login creates the key, later ones unwrap it
//
// The first sign-in of a user on this machine creates the cache key, wrapped with the password
// (and kept in the keychain when there is one); later the keychain alone or the password alone
// gives it back, the latter also with no server in reach.
//
// A password changed elsewhere (the portal, a reset) leaves the key wrapped with the previous
// one: the server accepts the new password and openWithPassword() says WrongPassword. Then
// rewrapRememberedKey() (the keychain's key), rewrap() (the previous password) or, giving up the
// saved data, recreate() opens the cache with the new password from then on.
//
// One operation at a time. The keychain must outlive this object, and the thread that owns this
// object must run its event loop for finished() to come.
class CacheUnlocker : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        std::optional<DataKey> key;
        CacheVault::Error error = CacheVault::Error::None;
        // For logs: what the system or a library said. Never a secret.
        QString detail;
        // The key was made just now: the cache is new (and empty).
        bool created = false;
        // The key file was written anew, wrapped with the new password.
        bool rewrapped = false;

        bool ok() const { return key.has_value(); }
    };

    // keychain may be null: then only the password opens the cache.
    CacheUnlocker(CacheLocation location, const Keychain* keychain, QObject* parent = nullptr);
    // Waits for an operation under way (at most the keychain's timeout or one key derivation);
    // its finished() is not emitted.
    ~CacheUnlocker() override;

    const CacheLocation& location() const { return m_location; }
    // The password derivation's cost for keys created from now on (tests make it cheap).
    void setIterations(quint32 iterations) { m_iterations = iterations; }
    bool isBusy() const { return m_thread != nullptr; }

    // Each returns false (and does nothing) while another operation runs; otherwise finished()
    // follows, always asynchronously, exactly once.

    // A new key for a cache that has none yet (Io when there is a key file already).
    bool create(const QString& password);
    bool unlockWithPassword(const QString& password);
    // unlockWithPassword(), or create() when this user has no cache here yet: a sign-in the
    // server has just accepted.
    bool openWithPassword(const QString& password);
    bool unlockWithKeychain();
    // The key wrapped with newPassword instead of oldPassword. WrongPassword, with nothing
    // changed, when oldPassword does not unwrap it.
    bool rewrap(const QString& oldPassword, const QString& newPassword);
    // The keychain's key, if it opens the cache, wrapped with password (see
    // CacheVault::rewrapRememberedKey()).
    bool rewrapRememberedKey(const QString& password);
    // Erases this user's cache (CacheVault::erase()), then create(): what was saved here, and
    // what was queued to be sent, is lost.
    bool recreate(const QString& password);

    // Stable English names for logs, tests and the command line: "WrongPassword".
    static QString errorName(CacheVault::Error error);

signals:
    void finished(const CacheUnlocker::Outcome& outcome);

private:
    enum class Operation
    {
        Create,
        Password,
        PasswordOrCreate,
        Keychain,
        Rewrap,
        RewrapRemembered,
        Recreate,
    };

    bool run(Operation operation, const QString& password, const QString& newPassword = {});
    static Outcome perform(const CacheVault& vault, Operation operation, const QString& password,
                           const QString& newPassword, quint32 iterations);
    void onThreadFinished();

    CacheLocation m_location;
    const Keychain* m_keychain;
    quint32 m_iterations = PasswordKeyWrap::defaultIterations;
    QThread* m_thread = nullptr;
    // Written by the operation's thread, read here once that thread has ended.
    Outcome m_outcome;
};
