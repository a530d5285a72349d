#include "CacheReplica.h"
#include "EngineCache.h"
#include "ManualSyncClock.h"
#include "PortalLogin.h"
#include "PortalProcess.h"
#include "ReplicaDifferences.h"
#include "SyncExpectation.h"
#include "engine/SyncEngine.h"
#include "engine/TransportPageSource.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using State = SyncStatus::State;

namespace {
// The tests' "now" on the server: the last closed period is 2024-09.
const QDateTime demoNow(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
constexpr int syncTimeoutMs = 60000;

// What differs between the cache and the server's per-endpoint answers, one line each.
QStringList differencesFromServer(PortalProcess& portal, const QString& token, QSqlDatabase db,
                                  ReplicaDifferences::Mode mode = ReplicaDifferences::Mode::Equal)
{
    QString error;
    std::optional<SyncReplica> expected = SyncExpectation::fromEndpoints(portal, token, &error);
    if (!expected)
        return {u"the per-endpoint answers failed: "_s + error};
    std::optional<SyncReplica> cached = CacheReplica::read(db);
    if (!cached)
        return {u"the cache could not be read"_s};
    CacheReplica::normalize(*expected);
    CacheReplica::normalize(*cached);
    return ReplicaDifferences::between(*cached, *expected, mode);
}

QString firstFew(const QStringList& lines)
{
    return lines.mid(0, 10).join(u"\n"_s) + (lines.size() > 10 ? u"\n…"_s : QString());
}
} // namespace

class TestSyncEnginePortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aFirstSyncFillsTheCacheWithTheServersData();
    void aSecondSyncWithNothingNewIsOneRequest();
    void aNewClosedPeriodArrivesOnTheNextSync();
    void smallPagesGiveTheSameCache();
    void cancelMidSyncLeavesTheCacheAsItWas();

private:
    // Connects to the portal as it runs now (after a restart it has a new port).
    void connectToPortal();
    std::unique_ptr<SyncEngine> makeEngine(const EngineCache& cache);
    // Runs one sync to its end; the summary, or std::nullopt (with a failure) if it failed.
    std::optional<SyncSummary> sync(SyncEngine& engine);

    PortalProcess m_portal;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<TransportPageSource> m_source;
    QString m_token;
    ManualSyncClock m_clock {demoNow};
    std::unique_ptr<EngineCache> m_cache; // the user's cache across the first tests
    std::unique_ptr<SyncEngine> m_engine;
    int m_fullSyncPagesWithSmallPages = 0;
};

void TestSyncEnginePortal::initTestCase()
{
    // The demo data is written as on 15 November, so the operator has closed October already;
    // with the clock back on 15 October, October is the open month and 2024-09 the last closed
    // period. Moving the clock a month on then closes October (aNewClosedPeriodArrives…).
    QVERIFY(m_portal.setClock(demoNow.addMonths(1)));
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
    QVERIFY(m_portal.setClock(demoNow));
    connectToPortal();
    QVERIFY(!m_token.isEmpty());
    m_cache = std::make_unique<EngineCache>();
    QVERIFY(m_cache->open());
    m_engine = makeEngine(*m_cache);
}

void TestSyncEnginePortal::cleanupTestCase()
{
    m_engine.reset();
    m_source.reset();
    m_transport.reset();
}

void TestSyncEnginePortal::connectToPortal()
{
    m_engine.reset();
    m_source.reset();
    m_transport = PortalLogin::transportFor(m_portal);
    m_token = PortalLogin::demoToken(*m_transport);
    m_source = std::make_unique<TransportPageSource>(*m_transport);
    m_source->setAccessToken(m_token);
}

std::unique_ptr<SyncEngine> TestSyncEnginePortal::makeEngine(const EngineCache& cache)
{
    auto engine = std::make_unique<SyncEngine>(*m_source, cache.path(), cache.key());
    engine->setClock(&m_clock);
    engine->setInterval(0s);
    return engine;
}

std::optional<SyncSummary> TestSyncEnginePortal::sync(SyncEngine& engine)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    if (!engine.refresh()) {
        QTest::qFail("a sync was under way already", __FILE__, __LINE__);
        return std::nullopt;
    }
    const bool ended = QTest::qWaitFor([&] { return !engine.isSyncing(); }, syncTimeoutMs);
    if (!ended || finished.isEmpty()) {
        const QString why = ended ? engine.status().error.describe() : u"timed out"_s;
        QTest::qFail(qPrintable(u"the sync did not finish: "_s + why), __FILE__, __LINE__);
        return std::nullopt;
    }
    return finished.at(0).at(0).value<SyncSummary>();
}

void TestSyncEnginePortal::aFirstSyncFillsTheCacheWithTheServersData()
{
    const std::optional<SyncSummary> summary = sync(*m_engine);
    QVERIFY(summary);

    QString error;
    std::optional<SyncReplica> expected = SyncExpectation::fromEndpoints(m_portal, m_token, &error);
    QVERIFY2(expected, qPrintable(error));
    // The demo has something of every kind, so the comparison below cannot pass by being empty.
    QVERIFY(!expected->accounts.isEmpty());
    qsizetype lines = 0;
    qsizetype payments = 0;
    for (const auto& accountLines : std::as_const(expected->lines))
        lines += accountLines.size();
    for (const auto& accountPayments : std::as_const(expected->payments))
        payments += accountPayments.size();
    QVERIFY(lines > 0);
    QVERIFY(payments > 0);
    QVERIFY(!expected->buildings.isEmpty());
    QVERIFY(!expected->organizations.isEmpty());
    QVERIFY(!expected->news.isEmpty());

    // Field by field: every card (balance included), every charge line and payment to the
    // kopeck, every recalculation, meter, reading, house, organization, news item and appeal.
    const QStringList differences = differencesFromServer(m_portal, m_token, m_cache->database());
    QVERIFY2(differences.isEmpty(), qPrintable(firstFew(differences)));

    QCOMPARE(summary->accounts, int(expected->accounts.size()));
    QCOMPARE(summary->payments, int(payments));
    QCOMPARE(summary->periods, int(lines)); // one service a period in the demo
    QVERIFY(summary->fromScratch);
    QVERIFY(summary->bytes > 0);
    QCOMPARE(m_engine->lastSyncedAt(), demoNow);
    QCOMPARE(m_engine->state(), State::Idle);
    QVERIFY(m_cache->cursor().endsWith(u".202409"_s));
    QCOMPARE(m_cache->integrityProblems(), QString());
}

void TestSyncEnginePortal::aSecondSyncWithNothingNewIsOneRequest()
{
    const QStringList before = m_cache->dump();
    const QString cursor = m_cache->cursor();
    m_clock.advance(600);
    QSignalSpy answers(m_source.get(), &SyncPageSource::finished);
    const std::optional<SyncSummary> summary = sync(*m_engine);
    QVERIFY(summary);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(summary->pages, 1);
    QVERIFY(summary->isEmpty());
    QVERIFY2(summary->bytes < 100, qPrintable(QString::number(summary->bytes)));
    QCOMPARE(m_cache->dump(), before);
    QCOMPARE(m_cache->cursor(), cursor);
    QCOMPARE(m_engine->lastSyncedAt(), demoNow.addSecs(600));
}

void TestSyncEnginePortal::aNewClosedPeriodArrivesOnTheNextSync()
{
    const QDateTime monthLater = demoNow.addMonths(1);
    QVERIFY(m_portal.setClock(monthLater));
    m_clock.set(monthLater);
    // The access token has expired meanwhile (a month!); the session layer will refresh it,
    // this page source only takes a new one.
    m_token = PortalLogin::demoToken(*m_transport);
    QVERIFY(!m_token.isEmpty());
    m_source->setAccessToken(m_token);
    const std::optional<SyncSummary> summary = sync(*m_engine);
    QVERIFY(summary);
    QVERIFY(summary->periods > 0);
    QVERIFY(summary->accounts > 0);

    const QStringList differences = differencesFromServer(m_portal, m_token, m_cache->database());
    QVERIFY2(differences.isEmpty(), qPrintable(firstFew(differences)));
    const std::optional<SyncReplica> cached = CacheReplica::read(m_cache->database());
    QVERIFY(cached);
    bool octoberArrived = false;
    for (auto it = cached->lastClosed.cbegin(); it != cached->lastClosed.cend(); ++it) {
        QCOMPARE(it.value(), Period(2024, 10));
        for (const ChargeLine& line : cached->lines.value(it.key()))
            octoberArrived = octoberArrived || line.period == Period(2024, 10);
    }
    QVERIFY(octoberArrived);
    QVERIFY(m_cache->cursor().endsWith(u".202410"_s));
}

void TestSyncEnginePortal::smallPagesGiveTheSameCache()
{
    // The same data, served five rows a page.
    QVERIFY2(m_portal.restart({u"--demo"_s, u"--sync-page-size"_s, u"5"_s}),
             qPrintable(m_portal.errorString()));
    connectToPortal();
    QVERIFY(!m_token.isEmpty());
    EngineCache paged;
    QVERIFY(paged.open());
    auto engine = makeEngine(paged);
    QSignalSpy pages(engine.get(), &SyncEngine::pageApplied);
    const std::optional<SyncSummary> summary = sync(*engine);
    QVERIFY(summary);
    QVERIFY2(summary->pages > 20, qPrintable(QString::number(summary->pages)));
    QCOMPARE(pages.size(), summary->pages);
    m_fullSyncPagesWithSmallPages = summary->pages;

    QCOMPARE(paged.cursor(), m_cache->cursor());
    const QStringList one = m_cache->dump();
    const QStringList other = paged.dump();
    QVERIFY(one.size() > 100);
    QCOMPARE(other, one);
    QCOMPARE(paged.integrityProblems(), QString());
}

void TestSyncEnginePortal::cancelMidSyncLeavesTheCacheAsItWas()
{
    EngineCache partial;
    QVERIFY(partial.open());
    const QStringList before = partial.exactDump();
    auto engine = makeEngine(partial);
    // Cancelled once seven pages have been fetched: they were all whole, and none may stay.
    constexpr int stopAfter = 7;
    connect(engine.get(), &SyncEngine::statusChanged, this, [&engine](const SyncStatus& status) {
        if (status.state == State::Syncing && status.progress.pages == stopAfter)
            engine->cancel();
    });
    QSignalSpy cancelled(engine.get(), &SyncEngine::cancelled);
    QSignalSpy pages(engine.get(), &SyncEngine::pageApplied);
    QVERIFY(engine->refresh());
    QVERIFY(cancelled.wait(syncTimeoutMs));
    QCOMPARE(engine->state(), State::Idle);

    QCOMPARE(partial.exactDump(), before);
    QCOMPARE(partial.cursor(), QString());
    QCOMPARE(partial.integrityProblems(), QString());
    QVERIFY(!engine->lastSyncedAt().isValid());
    QVERIFY(pages.isEmpty());

    // The next sync starts from scratch again and ends with the server's data.
    disconnect(engine.get(), &SyncEngine::statusChanged, this, nullptr);
    const std::optional<SyncSummary> rest = sync(*engine);
    QVERIFY(rest);
    QVERIFY(rest->fromScratch);
    QCOMPARE(rest->pages, m_fullSyncPagesWithSmallPages);
    const QStringList after = differencesFromServer(m_portal, m_token, partial.database());
    QVERIFY2(after.isEmpty(), qPrintable(firstFew(after)));
    QCOMPARE(partial.dump(), m_cache->dump());
}

QTEST_GUILESS_MAIN(TestSyncEnginePortal)
#include "tst_syncengineportal.moc"
