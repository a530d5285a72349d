#include "cache/EphemeralCache.h"

#include "cache/CacheLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <limits>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

EphemeralCache::EphemeralCache(const QString& parentFolder)
{
    QTemporaryDir folder(
        QDir(parentFolder)
            .filePath(u"kabinet-session-%1-XXXXXX"_s.arg(QCoreApplication::applicationPid())));
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
    const bool ok = removeFolder(m_root, detail);
    if (ok) {
        qCInfo(lcCache) << "the session's cache is erased";
        m_root.clear();
    } else {
        qCWarning(lcCache) << "the session's cache is not erased completely";
    }
    return ok;
}

bool EphemeralCache::removeFolder(const QString& folder, QString* detail)
{
    bool ok = true;
    // The database files by name first, so that a failure says which one stayed.
    QStringList found;
    QDirIterator databases(folder, {u"*.db"_s}, QDir::Files | QDir::Hidden,
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
    if (!QDir(folder).removeRecursively() || QFileInfo::exists(folder)) {
        ok = false;
        if (detail && detail->isEmpty())
            *detail = u"cannot remove everything in %1"_s.arg(folder);
    }
    return ok;
}

qint64 EphemeralCache::ownerPid(const QString& folderName)
{
    // QTemporaryDir's six letters and digits after the PID.
    static const QRegularExpression pattern(
        u"^kabinet-session-([1-9][0-9]{0,9})-[A-Za-z0-9]{6}$"_s);
    const QRegularExpressionMatch match = pattern.match(folderName);
    const qint64 pid = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    // Beyond pid_t, kill() would be asked about another process (or a group) altogether.
    return pid <= std::numeric_limits<pid_t>::max() ? pid : 0;
}

QStringList EphemeralCache::sweepStale(const QString& parentFolder)
{
    QStringList removed;
    const QFileInfoList folders =
        QDir(parentFolder)
            .entryInfoList({u"kabinet-session-*"_s},
                           QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo& folder : folders) {
        const qint64 pid = ownerPid(folder.fileName());
        // Another user's, or one whose name says nothing of its owner: not ours to judge.
        if (pid == 0 || folder.ownerId() != uint(::getuid()))
            continue;
        // ESRCH: no such process. EPERM (another user's process) and success: it runs.
        if (pid == QCoreApplication::applicationPid() || ::kill(pid_t(pid), 0) == 0
            || errno != ESRCH)
            continue;
        QString detail;
        if (removeFolder(folder.filePath(), &detail)) {
            qCInfo(lcCache).noquote()
                << "removed a crashed kiosk session's cache:" << folder.fileName();
            removed << folder.filePath();
        } else {
            qCWarning(lcCache).noquote() << "a crashed kiosk session's cache stays:" << detail;
        }
    }
    return removed;
}
