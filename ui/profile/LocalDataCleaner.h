#pragma once

#include "cache/CacheLocation.h"
#include "cache/CacheVault.h"
#include "keys/DataKey.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class Keychain;

// What «Мой профиль» changes on this computer after the server did it: removes an unlinked
// account's rows from the cache, re-wraps the cache's key with a changed password, and erases
// everything a deleted user left (the cache folder, its key file and the keychain entries of the
// data key and the remembered session).
//
// SQLCipher, the key derivation and the keychain all block, so each job runs on a thread of its
// own with a connection of its own, and reports with its signal in this object's thread. The
// keychain's blocking calls need this (the application) thread's event loop running meanwhile.
class LocalDataCleaner : public QObject
{
    Q_OBJECT

public:
    // keychain may be null (no keychain: nothing is kept there); it must outlive this object.
    LocalDataCleaner(const QUrl& server, const QString& login, const DataKey& key,
                     const Keychain* keychain,
                     const QString& cacheRoot = CacheLocation::defaultRoot(),
                     QObject* parent = nullptr);
    ~LocalDataCleaner() override;

    const CacheLocation& location() const { return m_location; }
    // Jobs started and not yet reported.
    int pendingJobs() const { return m_pending; }

    // Each returns at once and reports with its signal.
    void removeAccount(qint64 accountId);
    void rewrapKey(const QString& oldPassword, const QString& newPassword);
    void eraseEverything();

signals:
    // ok: the cache holds nothing of the account any more (also when it never did).
    void accountRemoved(qint64 accountId, bool ok);
    // NoCache counts as done: there was nothing to re-wrap.
    void keyRewrapped(CacheVault::Error error);
    // ok: the folder is gone; the keychain entries are removed when there is a keychain.
    void everythingErased(bool ok);

private:
    // Runs work on a new thread, then done with its result in this object's thread.
    template<typename Result>
    void runJob(std::function<Result()> work, std::function<void(const Result&)> done);

    QUrl m_server;
    QString m_login;
    DataKey m_key;
    const Keychain* m_keychain;
    CacheLocation m_location;
    int m_pending = 0;
};
