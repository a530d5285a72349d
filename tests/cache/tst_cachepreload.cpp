#include "TestFiles.h"
#include "cache/CacheDatabase.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Runs with the system libsqlite3 forced in first (LD_PRELOAD, set by CTest). Its sqlite3_*
// symbols then win over SQLCipher's, and the cache must refuse to open rather than write plaintext.
class TestCachePreload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newCacheIsRefusedAndNothingIsWritten();
    void existingCacheIsRefusedAndLeftAlone();
};

void TestCachePreload::initTestCase()
{
    // Without this the test would pass vacuously on a machine where the preload did not happen.
    QVERIFY2(TestFiles::processHasMapped("libsqlite3.so"),
             "LD_PRELOAD did not bring the system libsqlite3 into the process");
}

void TestCachePreload::newCacheIsRefusedAndNothingIsWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cache.db"_s);

    CacheOpenError error = CacheOpenError::None;
    QString message;
    QVERIFY(!CacheDatabase::open(path, TestFiles::randomKey(), u"preload"_s, &error, &message));
    QCOMPARE(error, CacheOpenError::NotSqlCipher);
    QVERIFY(!message.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCachePreload::existingCacheIsRefusedAndLeftAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cache.db"_s);
    const QByteArray key = TestFiles::randomKey();

    // The sqlcipher shell is a separate process: without the preload it makes a real cache.
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LD_PRELOAD"_s);
    shell.setProcessEnvironment(env);
    shell.start(u"sqlcipher"_s, {u"-batch"_s, path});
    QVERIFY(shell.waitForStarted());
    shell.write("PRAGMA key = \"x'" + key.toHex()
                + "'\";\nCREATE TABLE t (v);\n"
                  "INSERT INTO t VALUES ('secret');\n");
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished());
    QCOMPARE(shell.exitCode(), 0);
    const QByteArray before = TestFiles::readFile(path);
    QVERIFY(!before.isEmpty());

    CacheOpenError error = CacheOpenError::None;
    QVERIFY(!CacheDatabase::open(path, key, u"preload2"_s, &error));
    QCOMPARE(error, CacheOpenError::NotSqlCipher);
    QCOMPARE(TestFiles::readFile(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"cache.db"_s});
}

QTEST_GUILESS_MAIN(TestCachePreload)
#include "tst_cachepreload.moc"
