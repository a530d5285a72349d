#pragma once

#include "cache/CacheLocation.h"
#include "keys/DataKey.h"

#include <QString>
#include <QUrl>

// The cache of one kiosk session (docs/kiosk.md): a folder of its own under the temporary folder,
// and a data key made for it that never leaves this process — no key file, no keychain. Nobody,
// not even the same user with the password, can open the database once the key is gone.
//
// erase() destroys the key and removes the database with its -wal, -shm and -journal files, then
// the folder; the destructor does too. A crash leaves an encrypted database whose key died with
// the process, in a folder named after that process («kabinet-session-PID-XXXXXX»): the next
// kiosk start removes it (sweepStale()) once no running process has that PID.
//
// Only the database goes here: the sync engine, the reader and the outbox open it with key(), and
// every one of them must be closed before erase().
class EphemeralCache
{
public:
    // A new folder in parentFolder ("kabinet-session-PID-XXXXXX", PID this process's, readable by
    // its owner only) and a new key. isValid() says whether the folder could be made.
    explicit EphemeralCache(const QString& parentFolder);
    ~EphemeralCache();
    EphemeralCache(const EphemeralCache&) = delete;
    EphemeralCache& operator=(const EphemeralCache&) = delete;

    bool isValid() const { return !m_root.isEmpty() && m_key.isValid(); }
    // The root to give CacheLocation::forUser() (and CabinetSession).
    QString root() const { return m_root; }
    const DataKey& key() const { return m_key; }
    // The user's folder in root(), created.
    CacheLocation prepare(const QUrl& server, const QString& login) const;

    // Wipes the key and removes everything in root() and root() itself. False with detail when
    // something could not be removed. Idempotent.
    bool erase(QString* detail = nullptr);

    // The files SQLite may keep beside a database: the database, -wal, -shm and -journal.
    static QStringList databaseFiles(const QString& databasePath);

    // Removes the session folders in parentFolder that crashed kiosk sessions left: only
    // Kabinet's own («kabinet-session-PID-XXXXXX», this user's), and only when no process with
    // that PID runs (a PID taken again since by another process keeps its folder: better a
    // leftover nobody can read than a live session's cache gone). The folders removed.
    static QStringList sweepStale(const QString& parentFolder);
    // The PID in a session folder's name; 0 when the name is not one of a session folder.
    static qint64 ownerPid(const QString& folderName);

private:
    // The database files by name, then the folder; false with detail when something stays.
    static bool removeFolder(const QString& folder, QString* detail);

    QString m_root;
    DataKey m_key;
};
