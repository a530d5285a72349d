#include "EngineCache.h"
#include "EngineTestLog.h"
#include "PortalLogin.h"
#include "PortalProcess.h"
#include "engine/SyncEngine.h"
#include "engine/TransportPageSource.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QDateTime demoNow(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
constexpr int scale = 50;
constexpr int syncTimeoutMs = 120000;
} // namespace

// The GUI thread is never blocked by a sync: a full first sync of a big cabinet (the demo user
// with 50 more accounts of 20 years each) while a timer on the main thread measures the longest
// gap between its ticks. Timing depends on the machine, so the gap is printed, not asserted; what
// is asserted is that every page was decoded and written on the engine's own thread.
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
        QCOMPARE(cache.integrityProblems(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineScale)
#include "tst_syncenginescale.moc"
