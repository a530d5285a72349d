#include "TestFiles.h"
#include "cache/CacheDatabase.h"
#include "cache/SqlCipherDriver.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsEncryptedFileWithoutPlaintext();
    void reopensWithTheSameKey();
    void wrongKeyIsRefusedAndLeavesFileAlone();
    void plaintextDatabaseIsRefused();
    void garbageFileLooksLikeWrongKey();
    void malformedKeyIsRefused();
    void unwritableLocationIsAnIoError();
    void sqlcipherShellReadsOurFile();
    void weReadTheSqlcipherShellsFile();
    void connectionIsDurableAndChecksForeignKeys();
    void queriesNavigateAndBind();
    void transactionsCommitAndRollBack();
    void refusesSeveralStatementsAtOnce();
    void neverLoadsTheSystemSqlite();

private:
    QString path(const QString& name = u"cache.db"_s) const { return m_dir->filePath(name); }
    static bool exec(const QSqlDatabase& db, const QString& sql);
    static QString runSqlcipherShell(const QString& file, const QByteArray& key, const QString& sql,
                                     int* exitCode = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
};

bool TestCacheDatabase::exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

QString TestCacheDatabase::runSqlcipherShell(const QString& file, const QByteArray& key,
                                             const QString& sql, int* exitCode)
{
    QProcess shell;
    shell.start(u"sqlcipher"_s, {u"-batch"_s, file});
    if (!shell.waitForStarted())
        return u"<sqlcipher did not start>"_s;
    shell.write("PRAGMA key = \"x'" + key.toHex() + "'\";\n" + sql.toUtf8() + "\n");
    shell.closeWriteChannel();
    shell.waitForFinished();
    if (exitCode)
        *exitCode = shell.exitCode();
    return QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError())
        .trimmed();
}

void TestCacheDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheDatabase::createsEncryptedFileWithoutPlaintext()
{
    const QByteArray key = TestFiles::randomKey();
    {
        auto cache = CacheDatabase::open(path(), key, u"plain"_s);
        QVERIFY(cache);
        const QSqlDatabase db = cache->database();
        QVERIFY(exec(db, u"CREATE TABLE accounts (number TEXT, owner TEXT)"_s));
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(u"INSERT INTO accounts VALUES (?, ?)"_s));
        insert.addBindValue(u"16616-ЛС-777"_s);
        insert.addBindValue(u"Лебедка Валентина Григорьевна"_s);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QVERIFY(!cache->cipherVersion().isEmpty());
    }

    const QByteArray bytes = TestFiles::readFile(path());
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    for (const QString& secret : {u"16616-ЛС-777"_s, u"Лебедка Валентина"_s, u"accounts"_s}) {
        QCOMPARE(TestFiles::filesContaining(m_dir->path(), secret.toUtf8()), QStringList());
        const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
        QCOMPARE(TestFiles::filesContaining(m_dir->path(), utf16), QStringList());
    }
}

void TestCacheDatabase::reopensWithTheSameKey()
{
    const QByteArray key = TestFiles::randomKey();
    {
        auto cache = CacheDatabase::open(path(), key, u"first"_s);
        QVERIFY(cache);
        QVERIFY(exec(cache->database(), u"CREATE TABLE t (v TEXT)"_s));
        QVERIFY(exec(cache->database(), u"INSERT INTO t VALUES ('Мира, д.4, кв. 7')"_s));
    }
    auto cache = CacheDatabase::open(path(), key, u"second"_s);
    QVERIFY(cache);
    QSqlQuery query(cache->database());
    QVERIFY(query.exec(u"SELECT v FROM t"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"Мира, д.4, кв. 7"_s);
}

void TestCacheDatabase::wrongKeyIsRefusedAndLeavesFileAlone()
{
    {
        auto cache = CacheDatabase::open(path(), TestFiles::randomKey(), u"owner"_s);
        QVERIFY(cache);
        QVERIFY(exec(cache->database(), u"CREATE TABLE t (v TEXT)"_s));
    }
    const QByteArray before = TestFiles::readFile(path());

    CacheOpenError error = CacheOpenError::None;
    QString message;
    auto cache = CacheDatabase::open(path(), TestFiles::randomKey(), u"thief"_s, &error, &message);
    QVERIFY(!cache);
    QCOMPARE(error, CacheOpenError::WrongKey);
    QVERIFY(!message.isEmpty());
    QCOMPARE(TestFiles::readFile(path()), before);
    QVERIFY(!QSqlDatabase::contains(u"thief"_s));
}

void TestCacheDatabase::plaintextDatabaseIsRefused()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray page = QByteArrayLiteral("SQLite format 3\0");
    page.append(4096 - page.size(), '\0');
    file.write(page);
    file.close();

    CacheOpenError error = CacheOpenError::None;
    QVERIFY(!CacheDatabase::open(path(), TestFiles::randomKey(), u"plain"_s, &error));
    QCOMPARE(error, CacheOpenError::NotEncrypted);
    QCOMPARE(TestFiles::readFile(path()), page);
}

void TestCacheDatabase::garbageFileLooksLikeWrongKey()
{
    const QByteArray garbage = TestFiles::randomKey().repeated(128);
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();

    CacheOpenError error = CacheOpenError::None;
    QVERIFY(!CacheDatabase::open(path(), TestFiles::randomKey(), u"garbage"_s, &error));
    QCOMPARE(error, CacheOpenError::WrongKey);
    QCOMPARE(TestFiles::readFile(path()), garbage);
}

void TestCacheDatabase::malformedKeyIsRefused()
{
    CacheOpenError error = CacheOpenError::None;
    QVERIFY(!CacheDatabase::open(path(), QByteArray(31, 'k'), u"short"_s, &error));
    QCOMPARE(error, CacheOpenError::InvalidKey);
    QVERIFY(!QFile::exists(path()));
}

void TestCacheDatabase::unwritableLocationIsAnIoError()
{
    CacheOpenError error = CacheOpenError::None;
    const QString missingFolder = m_dir->filePath(u"no/such/folder/cache.db"_s);
    QVERIFY(!CacheDatabase::open(missingFolder, TestFiles::randomKey(), u"io"_s, &error));
    QCOMPARE(error, CacheOpenError::Io);

    const QString folderAsFile = m_dir->filePath(u"folder"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    QVERIFY(!CacheDatabase::open(folderAsFile, TestFiles::randomKey(), u"io2"_s, &error));
    QCOMPARE(error, CacheOpenError::Io);
}

void TestCacheDatabase::sqlcipherShellReadsOurFile()
{
    const QByteArray key = TestFiles::randomKey();
    {
        auto cache = CacheDatabase::open(path(), key, u"interop"_s);
        QVERIFY(cache);
        QVERIFY(exec(cache->database(), u"CREATE TABLE t (v TEXT)"_s));
        QVERIFY(exec(cache->database(), u"INSERT INTO t VALUES ('Лицевой счёт 16616')"_s));
    }
    QCOMPARE(runSqlcipherShell(path(), key, u"SELECT v FROM t;"_s), u"Лицевой счёт 16616"_s);

    int exitCode = 0;
    const QString refused =
        runSqlcipherShell(path(), TestFiles::randomKey(), u"SELECT v FROM t;"_s, &exitCode);
    QVERIFY2(refused.contains(u"not a database"_s), qPrintable(refused));
}

void TestCacheDatabase::weReadTheSqlcipherShellsFile()
{
    const QByteArray key = TestFiles::randomKey();
    int exitCode = -1;
    runSqlcipherShell(path(), key,
                      u"CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('из sqlcipher');"_s,
                      &exitCode);
    QCOMPARE(exitCode, 0);

    auto cache = CacheDatabase::open(path(), key, u"interop2"_s);
    QVERIFY(cache);
    QSqlQuery query(cache->database());
    QVERIFY(query.exec(u"SELECT v FROM t"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"из sqlcipher"_s);
}

void TestCacheDatabase::connectionIsDurableAndChecksForeignKeys()
{
    auto cache = CacheDatabase::open(path(), TestFiles::randomKey(), u"pragmas"_s);
    QVERIFY(cache);
    QSqlQuery query(cache->database());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);

    QVERIFY(exec(cache->database(), u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s));
    QVERIFY(exec(cache->database(),
                 u"CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL "
                 "REFERENCES parent(id))"_s));
    QVERIFY(!query.exec(u"INSERT INTO child VALUES (1, 42)"_s));
    QVERIFY(query.lastError().isValid());
}

void TestCacheDatabase::queriesNavigateAndBind()
{
    auto cache = CacheDatabase::open(path(), TestFiles::randomKey(), u"navigate"_s);
    QVERIFY(cache);
    const QSqlDatabase db = cache->database();
    QVERIFY(exec(db,
                 u"CREATE TABLE t (id INTEGER PRIMARY KEY, amount INTEGER, name TEXT, "
                 "data BLOB, note TEXT)"_s));
    QCOMPARE(db.tables(), QStringList {u"t"_s});
    QCOMPARE(db.record(u"t"_s).count(), 5);

    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO t (amount, name, data, note) "
                           "VALUES (:amount, :name, :data, :note)"_s));
    for (int i = 1; i <= 5; ++i) {
        insert.bindValue(u":amount"_s, qint64(i) * 922337203685477LL);
        insert.bindValue(u":name"_s, u"№%1"_s.arg(i));
        insert.bindValue(u":data"_s, QByteArray(QByteArray("\0\1\2", 3) + QByteArray::number(i)));
        insert.bindValue(u":note"_s, i % 2 ? QVariant() : QVariant(u"чётный"_s));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QCOMPARE(insert.lastInsertId().toLongLong(), qint64(i));
        QCOMPARE(insert.numRowsAffected(), 1);
    }

    QSqlQuery scroll(db);
    QVERIFY(scroll.exec(u"SELECT id, amount, name, data, note FROM t ORDER BY id"_s));
    QVERIFY(scroll.isSelect());
    QCOMPARE(scroll.record().indexOf(u"name"_s), 2);
    QVERIFY(scroll.last());
    QCOMPARE(scroll.value(0).toInt(), 5);
    QVERIFY(scroll.first());
    QCOMPARE(scroll.value(u"amount"_s).toLongLong(), 922337203685477LL);
    QVERIFY(scroll.seek(2));
    QCOMPARE(scroll.value(2).toString(), u"№3"_s);
    QVERIFY(scroll.previous());
    QCOMPARE(scroll.value(3).toByteArray(),
             QByteArray("\0\1\2"
                        "2",
                        4));
    QVERIFY(!scroll.isNull(4));
    QCOMPARE(scroll.value(4).toString(), u"чётный"_s);
    QVERIFY(scroll.first());
    QVERIFY(scroll.isNull(4));
    QVERIFY(!scroll.seek(5));

    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    QVERIFY(forward.prepare(u"SELECT id FROM t WHERE amount > ? ORDER BY id"_s));
    forward.addBindValue(qint64(2) * 922337203685477LL);
    QVERIFY(forward.exec());
    QList<int> ids;
    while (forward.next())
        ids.append(forward.value(0).toInt());
    QCOMPARE(ids, (QList<int> {3, 4, 5}));
    QVERIFY(!forward.previous());

    QSqlQuery update(db);
    QVERIFY(update.exec(u"UPDATE t SET note = 'x' WHERE id > 2"_s));
    QCOMPARE(update.numRowsAffected(), 3);

    QSqlQuery empty(db);
    QVERIFY(empty.exec(u"SELECT id FROM t WHERE id < 0"_s));
    QVERIFY(!empty.next());
    QVERIFY(!empty.first());
}

void TestCacheDatabase::transactionsCommitAndRollBack()
{
    auto cache = CacheDatabase::open(path(), TestFiles::randomKey(), u"tx"_s);
    QVERIFY(cache);
    QSqlDatabase db = cache->database();
    QVERIFY(exec(db, u"CREATE TABLE t (v INTEGER)"_s));
    QVERIFY(db.transaction());
    QVERIFY(exec(db, u"INSERT INTO t VALUES (1)"_s));
    QVERIFY(db.rollback());
    QVERIFY(db.transaction());
    QVERIFY(exec(db, u"INSERT INTO t VALUES (2)"_s));
    QVERIFY(db.commit());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT group_concat(v) FROM t"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"2"_s);
}

void TestCacheDatabase::refusesSeveralStatementsAtOnce()
{
    auto cache = CacheDatabase::open(path(), TestFiles::randomKey(), u"multi"_s);
    QVERIFY(cache);
    QSqlQuery query(cache->database());
    QVERIFY(!query.exec(u"CREATE TABLE a (v); CREATE TABLE b (v);"_s));
    QVERIFY(cache->database().tables().isEmpty());
    QVERIFY(query.exec(u"CREATE TABLE a (v);  "_s));
}

void TestCacheDatabase::neverLoadsTheSystemSqlite()
{
    // Runs last: by now this process has created, written, reopened and refused caches.
    QVERIFY(QSqlDatabase::drivers().contains(SqlCipherDriver::driverName()));
    QVERIFY(TestFiles::processHasMapped("libsqlcipher.so"));
    QVERIFY(!TestFiles::processHasMapped("libqsqlite"));
    QVERIFY(!TestFiles::processHasMapped("libsqlite3.so"));
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
