#include "EngineCache.h"
#include "EngineTestLog.h"
#include "PortalLogin.h"
#include "PortalProcess.h"
#include "engine/SyncEngine.h"
#include "engine/TransportPageSource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QDateTime demoNow(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
constexpr int scale = 50;
constexpr int syncTimeoutMs = 120000;

// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); 0 where there is none.
qint64 memoryKb(const QByteArray& field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

// The GUI thread is never blocked by a sync: a full first sync of a big cabinet (the demo user
// with 50 more accounts of 20 years each) while a timer on the main thread measures the longest
// gap between its ticks. Timing depends on the machine, so the gap is printed, not asserted; what
// is asserted is that every page was decoded and written on the engine's own thread, and that the
// progress moved page by page while the pages were fetched, before they were written at once.
// The sync keeps its pages in memory until then: the process's peak memory is printed too.
class TestSyncEngineScale : public QObject
{
    Q_OBJECT

private slots:
    void aBigSyncRunsOffTheGuiThread()
    {
        PortalProcess portal;
        QVERIFY(portal.setClock(demoNow));
        QVERIFY2(portal.start({u"--demo"_s, u"--demo-scale"_s, QString::number(scale)}),
                 qPrintable(portal.errorString()));
        const std::unique_ptr<ApiTransport> transport = PortalLogin::transportFor(portal);
        const QString token = PortalLogin::demoToken(*transport);
        QVERIFY(!token.isEmpty());
        TransportPageSource source(*transport);
        source.setAccessToken(token);
        EngineCache cache;
        QVERIFY(cache.open());
        SyncEngine engine(source, cache.path(), cache.key());
        engine.setInterval(0s);

        QList<Qt::HANDLE> pageThreads;
        connect(&engine, &SyncEngine::pageApplied, this,
                [&pageThreads](const SyncPageReport& report) { pageThreads << report.thread; });
        // The pages counted as fetched, while fetching; and whether the writing was announced.
        QList<int> fetched;
        bool applying = false;
        connect(&engine, &SyncEngine::statusChanged, this, [&](const SyncStatus& status) {
            if (status.state != SyncStatus::State::Syncing)
                return;
            if (status.progress.applying)
                applying = true;
            else
                fetched << status.progress.pages;
        });
        QSignalSpy finished(&engine, &SyncEngine::finished);

        QElapsedTimer sinceTick;
        qint64 longestGapMs = 0;
        int ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] {
            longestGapMs = std::max(longestGapMs, sinceTick.restart());
            ++ticks;
        });

        const qint64 rssBeforeKb = memoryKb("VmRSS");
        QElapsedTimer total;
        total.start();
        sinceTick.start();
        probe.start();
        QVERIFY(engine.refresh());
        QVERIFY(finished.wait(syncTimeoutMs));
        probe.stop();

        const auto summary = finished.at(0).at(0).value<SyncSummary>();
        qCInfo(lcEngineTest).noquote()
            << u"Full sync of %1 accounts: %2 pages, %3 rows, %4 bytes in %5 ms; the GUI "
               "thread's longest gap between 5 ms ticks was %6 ms (%7 ticks)"_s
                   .arg(summary.accounts)
                   .arg(summary.pages)
                   .arg(summary.rows)
                   .arg(summary.bytes)
                   .arg(total.elapsed())
                   .arg(longestGapMs)
                   .arg(ticks);
        qCInfo(lcEngineTest).noquote()
            << u"Memory: %1 kB resident before the sync, %2 kB at the peak of the process"_s
                   .arg(rssBeforeKb)
                   .arg(memoryKb("VmHWM"));

        QVERIFY(summary.accounts > scale);
        QVERIFY(summary.pages > 1);
        QCOMPARE(pageThreads.size(), summary.pages);
        QVERIFY(engine.workerThread());
        QVERIFY(engine.workerThread() != QThread::currentThread());
        QVERIFY(engine.workerThread()->isRunning());
        for (const Qt::HANDLE thread : std::as_const(pageThreads)) {
            QVERIFY(thread != nullptr);
            QVERIFY(thread != QThread::currentThreadId());
            QCOMPARE(thread, pageThreads.first()); // the engine's one thread
        }
        QVERIFY(ticks > 0);
        QVERIFY(applying);
        QCOMPARE(fetched.size(), summary.pages);
        for (int i = 0; i < fetched.size(); ++i)
            QCOMPARE(fetched.at(i), i);
        QCOMPARE(cache.integrityProblems(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineScale)
#include "tst_syncenginescale.moc"
