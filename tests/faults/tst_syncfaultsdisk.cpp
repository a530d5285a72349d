#include "SyncFaultRig.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

using State = SyncStatus::State;

namespace {
const QString syncPath = u"/api/v1/sync"_s;
// Rows of new work, big ones: each page of SyncFaultRig::pageSize appeals is some 40 kB.
constexpr int newRows = 10;
constexpr int pagesPerSync = 3;
constexpr int textCharacters = 5000;
// The tmpfs: room for the cache of the demo data and its write-ahead log.
constexpr qint64 tmpfsBytes = 32 * 1024 * 1024;
// Without a tmpfs: no file of the process may grow beyond this (the log is emptied first).
constexpr rlim_t fileSizeLimit = 32 * 1024;
} // namespace

// The sync engine with its cache on a disk that fills during a sync. The cache
// lives on a small tmpfs of its own when the test may mount one (root with CAP_SYS_ADMIN); else
// the process's file size limit (RLIMIT_FSIZE, SIGXFSZ ignored) makes every write past a few
// kilobytes fail with EFBIG. Either way the test first proves that a write really fails there,
// so it cannot pass on a disk that is not full (KABINET_TEST_NO_TMPFS forces the fallback). The
// disk fills before the sync, or as the second or the last of its three pages comes: either way
// every page is fetched (fetching writes nothing) and the one transaction that writes them fails
// (SQLITE_FULL, or EFBIG under the limit). Then: the sync ends Failed with a CacheWrite error, the
// cache still opens and holds exactly what it had before the sync, and once there is room again
// the next sync converges to the server's data.
class tst_SyncFaultsDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fullDiskDuringASync_data();
    void fullDiskDuringASync();

private:
    enum class Method
    {
        Tmpfs,
        FileSizeLimit,
    };

    // Makes every further growth of a file in the cache's folder fail; false when it cannot.
    bool fillTheDisk();
    void freeTheDisk();
    // Whether writing a few kilobytes more in the cache's folder fails now.
    bool writesFail(QString* why);
    bool emptyTheLog();

    std::unique_ptr<SyncFaultRig> m_rig;
    QTemporaryDir m_mountPoint;
    Method m_method = Method::FileSizeLimit;
    bool m_mounted = false;
    QString m_cacheDir;
    QString m_fillerPath;
    rlimit m_oldLimit {};
};

void tst_SyncFaultsDisk::initTestCase()
{
    QVERIFY(m_mountPoint.isValid());
    const QByteArray options = "size=" + QByteArray::number(tmpfsBytes) + ",mode=0700";
    // The second run in CTest takes the fallback on purpose, so that both ways are known to work.
    if (qEnvironmentVariableIsSet("KABINET_TEST_NO_TMPFS")) {
        qInfo("KABINET_TEST_NO_TMPFS: the file size limit fills the disk");
    } else if (::mount("tmpfs", QFile::encodeName(m_mountPoint.path()).constData(), "tmpfs", 0,
                       options.constData())
               == 0) {
        m_mounted = true;
        m_method = Method::Tmpfs;
        qInfo("The cache is on a tmpfs of %lld bytes", tmpfsBytes);
    } else {
        qInfo("No tmpfs (%s): the file size limit fills the disk", std::strerror(errno));
    }

    m_rig = std::make_unique<SyncFaultRig>();
    // The cache's temporary folder (EngineCache) on the tmpfs; the portal's and the proxy's
    // folders were made with the rig, elsewhere.
    const QByteArray oldTmp = qgetenv("TMPDIR");
    if (m_mounted)
        qputenv("TMPDIR", QFile::encodeName(m_mountPoint.path()));
    const bool started = m_rig->start();
    if (oldTmp.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", oldTmp);
    QVERIFY2(started, qPrintable(m_rig->errorString()));
    m_cacheDir = QFileInfo(m_rig->cache().path()).absolutePath();
    if (m_mounted)
        QVERIFY2(m_cacheDir.startsWith(m_mountPoint.path()), qPrintable(m_cacheDir));
    m_fillerPath = m_cacheDir + u"/filler"_s;
}

void tst_SyncFaultsDisk::cleanupTestCase()
{
    freeTheDisk();
    // The engine's and the test's connections close before the tmpfs goes.
    m_rig.reset();
    if (m_mounted)
        ::umount2(QFile::encodeName(m_mountPoint.path()).constData(), MNT_DETACH);
}

bool tst_SyncFaultsDisk::emptyTheLog()
{
    // The write-ahead log keeps its size and is written again from its start, which needs no new
    // room; emptied, the next page must grow it. The engine's connection is idle meanwhile.
    QSqlQuery checkpoint(m_rig->cache().database());
    if (!checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !checkpoint.next()) {
        qWarning("wal_checkpoint failed");
        return false;
    }
    if (checkpoint.value(0).toInt() != 0) {
        qWarning("wal_checkpoint was blocked");
        return false;
    }
    return QFileInfo(m_rig->cache().path() + u"-wal"_s).size() == 0;
}

bool tst_SyncFaultsDisk::fillTheDisk()
{
    if (!emptyTheLog())
        return false;
    if (m_method == Method::FileSizeLimit) {
        std::signal(SIGXFSZ, SIG_IGN);
        if (::getrlimit(RLIMIT_FSIZE, &m_oldLimit) != 0)
            return false;
        rlimit limit = m_oldLimit;
        limit.rlim_cur = fileSizeLimit;
        return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    QFile filler(m_fillerPath);
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray chunk(64 * 1024, 'f');
    // Until the tmpfs refuses; then smaller pieces, to the last page.
    for (qsizetype size = chunk.size(); size >= 512; size /= 2) {
        while (filler.write(chunk.constData(), size) == size && filler.flush()) { }
        filler.unsetError();
    }
    filler.close();
    return true;
}

void tst_SyncFaultsDisk::freeTheDisk()
{
    if (m_method == Method::FileSizeLimit) {
        if (m_oldLimit.rlim_max != 0)
            ::setrlimit(RLIMIT_FSIZE, &m_oldLimit);
        return;
    }
    QFile::remove(m_fillerPath);
}

bool tst_SyncFaultsDisk::writesFail(QString* why)
{
    QFile probe(m_cacheDir + u"/probe"_s);
    if (!probe.open(QIODevice::WriteOnly)) {
        *why = probe.errorString();
        return true;
    }
    const QByteArray bytes(qsizetype(fileSizeLimit) * 2, 'p');
    const bool written = probe.write(bytes) == bytes.size() && probe.flush();
    *why = probe.errorString();
    probe.close();
    probe.remove();
    return !written;
}

void tst_SyncFaultsDisk::fullDiskDuringASync_data()
{
    // The page whose answer, once the server has given it, finds the disk full; 0: before the
    // sync starts.
    QTest::addColumn<int>("fullAtPage");
    QTest::newRow("full before the sync") << 0;
    QTest::newRow("full when the second page comes") << 2;
    QTest::newRow("full when the last page comes") << pagesPerSync;
}

void tst_SyncFaultsDisk::fullDiskDuringASync()
{
    QFETCH(int, fullAtPage);
    QVERIFY(m_rig->prepareWork(newRows, textCharacters));
    QString why;
    QVERIFY2(!writesFail(&why), qPrintable(u"the disk is full too early: "_s + why));
    bool full = false;
    const auto fill = [this, &full, &why] {
        // Not a test that passes on a disk with room: a write there does fail now.
        full = fillTheDisk() && writesFail(&why);
    };
    if (fullAtPage == 0) {
        fill();
    } else {
        // When the server has answered that page, before the answer reaches the engine: the pages
        // before it are fetched, and would be in the cache if the engine wrote page by page.
        if (fullAtPage > 1)
            m_rig->proxy().addRule(
                FaultProxy::Rule::of(FaultProxy::Fault::Pass, syncPath, fullAtPage - 1));
        FaultProxy::Rule filling = FaultProxy::Rule::of(FaultProxy::Fault::Pass, syncPath);
        filling.afterForwarding = fill;
        m_rig->proxy().addRule(filling);
    }
    const int forwardedBefore = m_rig->proxy().forwardedCount(syncPath);

    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    freeTheDisk();
    QVERIFY2(full, "the disk was not full");
    QCOMPARE(m_rig->proxy().pendingRuleCount(), 0);
    qInfo().noquote() << "A write on the full disk:" << why;
    QVERIFY2(outcome.ended, "the sync did not end");
    QVERIFY2(!outcome.finished, "the sync wrote everything on a full disk");
    QCOMPARE(SyncStatus::stateName(outcome.status.state), SyncStatus::stateName(State::Failed));
    const SyncError& error = outcome.status.error;
    QVERIFY2(error.kind == SyncError::Kind::CacheWrite, qPrintable(error.describe()));
    QVERIFY2(error.write == SyncError::WriteFailure::Statement
                 || error.write == SyncError::WriteFailure::Commit,
             qPrintable(error.describe()));
    QVERIFY(!error.detail.isEmpty());
    qInfo().noquote() << "The engine's error:" << error.describe();
    // Every page was fetched, and the failure was in writing them: none is in the cache.
    QCOMPARE(m_rig->proxy().forwardedCount(syncPath) - forwardedBefore, pagesPerSync);
    QCOMPARE(outcome.pagesFetched, pagesPerSync);
    QCOMPARE(outcome.pages.size(), 0);

    // The cache opens afresh, whole, with exactly what it had.
    m_rig->cache().close();
    QVERIFY(m_rig->cache().open());
    const QStringList kept = m_rig->leftAsItWas(outcome);
    QVERIFY2(kept.isEmpty(), qPrintable(SyncFaultRig::firstFew(kept)));

    // With room again, the same engine (its own connection went through the failure) converges.
    const QStringList converged = m_rig->convergesOnCleanSync();
    QVERIFY2(converged.isEmpty(), qPrintable(SyncFaultRig::firstFew(converged)));
    QCOMPARE(m_rig->cleanSyncPages(), pagesPerSync);
}

QTEST_GUILESS_MAIN(tst_SyncFaultsDisk)
#include "tst_syncfaultsdisk.moc"
