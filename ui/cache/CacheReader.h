#pragma once

#include "cache/AccountCard.h"
#include "cache/CacheDatabase.h"
#include "keys/DataKey.h"
#include "protocol/types/Account.h"
#include "protocol/types/UserProfile.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

// Reads value snapshots out of the encrypted cache for the views. It is meant to live in a worker
// thread (see CacheReaderThread): SQLCipher decrypts every page it reads, which must never stall
// the GUI. It opens its own connection, under a name of its own, because Qt SQL connections belong
// to the thread that opened them and share a global namespace of names.
class CacheReader : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        // Wrong key, damaged or missing file: nothing can be shown from the cache.
        CannotOpen,
        // The file opened but a read failed (e.g. the sync engine holds a long write lock).
        ReadFailed,
    };
    Q_ENUM(Error)

    CacheReader(QString path, DataKey key, QObject* parent = nullptr);
    ~CacheReader() override;

    static QString errorText(Error error);

    // Runs read with the open cache, in this reader's thread; a read that returns false is
    // reported as ReadFailed. What the sections read goes through here (CacheReaderThread::query),
    // each with a store of its own, so this class need not know every section.
    void run(const std::function<bool(const QSqlDatabase&)>& read);

public slots:
    // Opens the cache now when its file exists with the latest schema, and says so with
    // openedIfUpToDate(true); otherwise leaves it closed (a missing file is not created) and
    // says false. The window may read a cache of the latest schema at once, while the sync engine
    // opens it too; a new or older one is the engine's to create or bring up to date first.
    void openIfUpToDate();
    void readAccounts();
    void readProfile();
    void readCard(qint64 accountId);
    // Closes the connection; the next read opens it again. Called before the thread stops, so
    // that the connection is removed by the thread that opened it.
    void close();

signals:
    void openedIfUpToDate(bool upToDate);
    void accountsRead(const QList<Account>& accounts);
    void profileRead(const UserProfile& profile);
    void cardRead(const AccountCard& card);
    void failed(CacheReader::Error error);

private:
    bool ensureOpen();

    QString m_path;
    DataKey m_key;
    QString m_connectionName;
    std::optional<CacheDatabase> m_cache;
};
