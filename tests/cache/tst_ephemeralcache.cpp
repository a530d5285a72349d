#include "cache/CacheDatabase.h"
#include "cache/EphemeralCache.h"
#include "cache/SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

// A kiosk session's cache: a private folder with a key that exists only in memory; a real
// SQLCipher database in it (with its -wal and -shm files open) and a -journal beside it are all
// gone after erase(), the folder too, and the key with them; the destructor erases as well.
class tst_EphemeralCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachCacheHasItsOwnFolderAndKey();
    void eraseRemovesTheDatabaseItsCompanionsAndTheKey();
    void theDestructorErases();
    void anUnusableParentGivesAnInvalidCache();
    void crashedSessionsAreSweptAndLiveOnesKept();
};

namespace {

// The PID of a process that has just ended.
qint64 deadPid()
{
    QProcess process;
    process.start(u"true"_s, QStringList());
    if (!process.waitForStarted(10000))
        return 0;
    // Known only while QProcess has not reaped it.
    const qint64 pid = process.processId();
    return process.waitForFinished(10000) ? pid : 0;
}

// A session folder as a session of pid leaves it: a database with its -wal and -shm.
QString plantSession(const QString& parent, const QString& name)
{
    const QString folder = QDir(parent).filePath(name);
    const QString database = folder + u"/lk.example.ru/demo/cache.db"_s;
    QDir().mkpath(QFileInfo(database).path());
    for (const QString& file : EphemeralCache::databaseFiles(database).mid(0, 3)) {
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write("encrypted");
    }
    return folder;
}

} // namespace

void tst_EphemeralCache::initTestCase()
{
    SqlCipherDriver::registerDriver();
}

void tst_EphemeralCache::eachCacheHasItsOwnFolderAndKey()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    EphemeralCache first(parent.path());
    EphemeralCache second(parent.path());
    QVERIFY(first.isValid());
    QVERIFY(second.isValid());
    QVERIFY(first.root() != second.root());
    QVERIFY(!(first.key() == second.key()));
    QVERIFY(QFileInfo(first.root()).fileName().startsWith(u"kabinet-session-"_s));
    // Readable by its owner only.
    QCOMPARE(QFileInfo(first.root()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    const CacheLocation location = first.prepare(QUrl(u"https://lk.example.ru"_s), u"demo"_s);
    QVERIFY(location.directory().startsWith(first.root()));
    QVERIFY(QFileInfo(location.directory()).isDir());
    // No key file: the key is in this process only.
    QVERIFY(!QFileInfo::exists(location.keyFilePath()));
}

void tst_EphemeralCache::eraseRemovesTheDatabaseItsCompanionsAndTheKey()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    EphemeralCache cache(parent.path());
    const CacheLocation location = cache.prepare(QUrl(u"https://lk.example.ru"_s), u"demo"_s);
    const QString path = location.databasePath();
    {
        std::optional<CacheDatabase> database =
            CacheDatabase::open(path, cache.key().bytes(), u"tst_ephemeralcache"_s);
        QVERIFY(database);
        QSqlQuery query(database->database());
        QVERIFY(query.exec(u"PRAGMA journal_mode=WAL"_s));
        QVERIFY(query.exec(u"CREATE TABLE t (x TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO t VALUES ('secret')"_s));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
        QVERIFY(QFileInfo::exists(path + u"-shm"_s));
    }
    // As a rollback journal left by a crash would be.
    QFile journal(path + u"-journal"_s);
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write("journal");
    journal.close();

    QString detail;
    QVERIFY2(cache.erase(&detail), qPrintable(detail));
    QVERIFY(!cache.key().isValid());
    QVERIFY(!cache.isValid());
    for (const QString& file : EphemeralCache::databaseFiles(path))
        QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    // Twice is harmless.
    QVERIFY(cache.erase());
}

void tst_EphemeralCache::theDestructorErases()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    {
        EphemeralCache cache(parent.path());
        cache.prepare(QUrl(u"https://lk.example.ru"_s), u"demo"_s);
        QFile file(cache.root() + u"/leftover.db"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void tst_EphemeralCache::anUnusableParentGivesAnInvalidCache()
{
    EphemeralCache cache(u"/nonexistent/folder"_s);
    QVERIFY(!cache.isValid());
    QVERIFY(cache.erase());
}

void tst_EphemeralCache::crashedSessionsAreSweptAndLiveOnesKept()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    QCOMPARE(EphemeralCache::ownerPid(u"kabinet-session-4242-a1B2c3"_s), 4242);
    QCOMPARE(EphemeralCache::ownerPid(u"kabinet-session-a1B2c3"_s), 0);
    QCOMPARE(EphemeralCache::ownerPid(u"kabinet-session-4242-a1B2c3x"_s), 0);
    QCOMPARE(EphemeralCache::ownerPid(u"other-session-4242-a1B2c3"_s), 0);
    QCOMPARE(EphemeralCache::ownerPid(u"kabinet-session-9999999999-a1B2c3"_s), 0);

    // A live session of this process, and one of another running process (our parent).
    EphemeralCache live(parent.path());
    QVERIFY(live.isValid());
    QCOMPARE(EphemeralCache::ownerPid(QFileInfo(live.root()).fileName()),
             QCoreApplication::applicationPid());
    const QString running =
        plantSession(parent.path(), u"kabinet-session-%1-Runnin"_s.arg(qint64(::getppid())));
    // What crashed sessions left: a dead PID in the name.
    const qint64 dead = deadPid();
    QVERIFY(dead > 0);
    const QString crashed = plantSession(parent.path(), u"kabinet-session-%1-Crashd"_s.arg(dead));
    QVERIFY(QFileInfo::exists(crashed + u"/lk.example.ru/demo/cache.db-wal"_s));
    QVERIFY(QFileInfo::exists(crashed + u"/lk.example.ru/demo/cache.db-shm"_s));
    // Not recognisably Kabinet's, or from before the PID was in the name: left alone.
    const QString unnamed = plantSession(parent.path(), u"kabinet-session-OldOne"_s);
    const QString stranger = plantSession(parent.path(), u"someone-else-%1-Strang"_s.arg(dead));

    const QStringList removed = EphemeralCache::sweepStale(parent.path());
    QCOMPARE(removed, QStringList {crashed});
    QVERIFY(!QFileInfo::exists(crashed));
    for (const QString& kept : {live.root(), running, unnamed, stranger})
        QVERIFY2(QFileInfo::exists(kept), qPrintable(kept));
    QVERIFY(live.isValid());
    QCOMPARE(EphemeralCache::sweepStale(parent.path()), QStringList());
}

QTEST_GUILESS_MAIN(tst_EphemeralCache)
#include "tst_ephemeralcache.moc"
