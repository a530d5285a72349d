#pragma once

#include <QString>
#include <QUrl>

// Where the cache of one user of one operator's server lives. Every (server, login) pair gets its
// own folder, named by a hash so that neither the login nor the server shows in the file system.
class CacheLocation
{
public:
    // The folder that holds every user's cache: AppDataLocation/caches.
    static QString defaultRoot();

    static CacheLocation forUser(const QUrl& server, const QString& login,
                                 const QString& root = defaultRoot());

    QString id() const { return m_id; }
    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString keyFilePath() const;
    // The entry under which the OS keychain keeps this cache's data key.
    QString keychainEntry() const;

    // Creates the folder, readable by its owner only.
    bool ensureDirectory() const;

private:
    CacheLocation(QString id, QString directory);

    QString m_id;
    QString m_directory;
};
