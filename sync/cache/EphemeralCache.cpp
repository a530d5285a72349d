#include "cache/EphemeralCache.h"

#include "cache/CacheLog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

EphemeralCache::EphemeralCache(const QString& parentFolder)
{
    QTemporaryDir folder(QDir(parentFolder).filePath(u"kabinet-session-XXXXXX"_s));
    if (!folder.isValid()) {
        qCWarning(lcCache).noquote()
            << "no folder for the session's cache in" << parentFolder << folder.errorString();
        return;
    }
    // Removed by erase(), which also says whether it could.
    folder.setAutoRemove(false);
    m_root = folder.path();
    m_key = DataKey::generate();
}

EphemeralCache::~EphemeralCache()
{
    erase();
}

CacheLocation EphemeralCache::prepare(const QUrl& server, const QString& login) const
{
    const CacheLocation location = CacheLocation::forUser(server, login, m_root);
    if (!m_root.isEmpty())
        location.ensureDirectory();
    return location;
}

QStringList EphemeralCache::databaseFiles(const QString& databasePath)
{
    return {databasePath, databasePath + u"-wal"_s, databasePath + u"-shm"_s,
            databasePath + u"-journal"_s};
}

bool EphemeralCache::erase(QString* detail)
{
    // First the key: whatever the removal below leaves cannot be read any more.
    m_key = DataKey();
    if (m_root.isEmpty())
        return true;
    bool ok = true;
    // The database files by name first, so that a failure says which one stayed.
    QStringList found;
    QDirIterator databases(m_root, {u"*.db"_s}, QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
    while (databases.hasNext())
        found << databases.next();
    for (const QString& database : std::as_const(found)) {
        for (const QString& file : databaseFiles(database)) {
            if (QFileInfo::exists(file) && !QFile::remove(file)) {
                ok = false;
                if (detail)
                    *detail = u"cannot remove %1"_s.arg(file);
            }
        }
    }
    if (!QDir(m_root).removeRecursively() || QFileInfo::exists(m_root)) {
        ok = false;
        if (detail && detail->isEmpty())
            *detail = u"cannot remove everything in %1"_s.arg(m_root);
    }
    if (ok) {
        qCInfo(lcCache) << "the session's cache is erased";
        m_root.clear();
    } else {
        qCWarning(lcCache) << "the session's cache is not erased completely";
    }
    return ok;
}
