#include "TestFiles.h"
#include "cache/CacheDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// A writer killed with SIGKILL at random moments must always leave a cache that opens, passes
// the integrity check, holds every batch whose commit it acknowledged and no half batch.
class TestCacheCrash : public QObject
{
    Q_OBJECT

private slots:
    void survivesSigkillMidTransaction();

private:
    static constexpr int kills = 100;
    static constexpr int rowsPerBatch = 10;
};

void TestCacheCrash::survivesSigkillMidTransaction()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cache.db"_s);
    const QByteArray key = TestFiles::randomKey();
    auto* random = QRandomGenerator::global();
    qint64 acknowledged = 0;
    int killsDuringWrites = 0;

    for (int run = 0; run < kills; ++run) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER),
                     {path, QString::fromLatin1(key.toHex()), QString::number(rowsPerBatch)});
        QVERIFY(writer.waitForStarted());
        // Kill anywhere from during the open to well into the stream of commits.
        QTest::qSleep(random->bounded(1, 80));
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        qint64 lastAck = 0;
        for (const QByteArray& line : lines) {
            bool isNumber = false;
            const qint64 batch = line.toLongLong(&isNumber);
            if (isNumber)
                lastAck = batch;
        }
        if (lastAck > acknowledged) {
            acknowledged = lastAck;
            ++killsDuringWrites;
        }

        auto cache = CacheDatabase::open(path, key, u"check"_s);
        QVERIFY2(cache, qPrintable(u"run %1: the cache does not open"_s.arg(run)));
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
        if (!cache->database().tables().contains(u"batches"_s)) {
            QCOMPARE(acknowledged, 0);
            continue;
        }
        QVERIFY(query.exec(u"SELECT batch, count(*) FROM batches GROUP BY batch ORDER BY batch"_s));
        qint64 expected = 1;
        while (query.next()) {
            QCOMPARE(query.value(0).toLongLong(), expected);
            QCOMPARE(query.value(1).toInt(), rowsPerBatch);
            ++expected;
        }
        const qint64 stored = expected - 1;
        // Every acknowledged batch is there; at most one more, committed just before the kill.
        QVERIFY2(stored >= acknowledged && stored <= acknowledged + 1,
                 qPrintable(u"run %1: %2 stored, %3 acknowledged"_s.arg(run).arg(stored).arg(
                     acknowledged)));
        acknowledged = stored;
    }
    // Guard against a run that never got as far as writing.
    QVERIFY2(killsDuringWrites >= kills / 4,
             qPrintable(u"only %1 kills hit the writer while it wrote"_s.arg(killsDuringWrites)));
}

QTEST_GUILESS_MAIN(TestCacheCrash)
#include "tst_cachecrash.moc"
