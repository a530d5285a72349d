#include "EngineCache.h"
#include "ManualSyncClock.h"
#include "ManualSyncTimer.h"
#include "SampleAnswers.h"
#include "ScriptedPageSource.h"
#include "engine/SyncBookkeeping.h"
#include "engine/SyncEngine.h"
#include "store/AccountStore.h"
#include "store/CacheTransaction.h"
#include "store/NewsStore.h"
#include "store/OutboxStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SampleAnswers;
using Kind = ApiError::Kind;
using State = SyncStatus::State;

namespace {
const QDateTime start(QDate(2014, 10, 1), QTime(9, 0), Qt::UTC);
const Period september(2014, 9);
constexpr int waitMs = 10000;

ApiError apiError(Kind kind, int status = 0, std::optional<int> retryAfter = std::nullopt)
{
    ApiError error = ApiError::make(kind);
    error.httpStatus = status;
    error.retryAfterSeconds = retryAfter;
    return error;
}

ApiError refusedCursor()
{
    ApiError error = apiError(Kind::Validation, 422);
    error.code = ApiErrorBody::Code::Invalid;
    error.field = u"cursor"_s;
    return error;
}

// The first sync every test starts from: account 3 with a year of history, cursor "c1".
SyncAnswerBody initialAnswer()
{
    SyncAnswerBody answer = accountWithHistory(u"c1"_s, 3, september);
    answer.profile = profile();
    return answer;
}

// A run of three pages after "c1" that adds account 4 (page 1), news 1 and 2 (page 2) and a new
// balance of account 3 (page 3, the last: cursor "c2").
QList<SyncAnswerBody> threePagesAfterC1()
{
    SyncAnswerBody first = accountWithHistory(u"run.1"_s, 4, september, true);
    SyncAnswerBody second = page(u"run.2"_s, true);
    second.news = {news(1), news(2)};
    SyncAnswerBody third = page(u"c2"_s);
    third.accounts = {account(3, std::nullopt, 777)};
    return {first, second, third};
}

// A later answer that adds something visible: news 7 and a new balance.
SyncAnswerBody changesAfter(const QString& cursor)
{
    SyncAnswerBody answer = page(cursor);
    answer.accounts = {account(3, std::nullopt, 777)};
    answer.news = {news(7)};
    return answer;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstSyncAppliesEveryPage();
    void nothingNewIsOneRequestAndChangesNothing();
    void aRetryableFailureIsRetriedWithBackOff_data();
    void aRetryableFailureIsRetriedWithBackOff();
    void aFailedPageLeavesTheCacheUntouched_data();
    void aFailedPageLeavesTheCacheUntouched();
    void anUnreachableServerMeansOffline();
    void timeoutsAfterEveryRetryMeanFailed();
    void retryAfterIsHonoured();
    void aLongRetryAfterEndsTheSync();
    void aSyncIsNeverStartedTwice();
    void refreshCutsABackOffShort();
    void backgroundSyncsRunAtTheInterval();
    void aNewIntervalTakesEffectAtOnce();
    void aRefusedCursorRestartsFromScratch();
    void cancelBeforeTheCommitKeepsTheCacheAsItWas();
    void cancelWhileWritingRollsBack();
    void aSyncFailingOnItsLastPageLeavesNoneOfItsPages_data();
    void aSyncFailingOnItsLastPageLeavesNoneOfItsPages();
    void aReaderSeesTheOldStateOrTheNew();
    void anOutboxWriteIsNotHeldUpByAFetch();
    void cancelWhileFetchingDropsTheRequest();
    void cancelDuringBackOffStopsRetrying();
    void theSameCursorWithMoreIsRefused();
    void aCacheThatDoesNotOpenFailsTheSync();
    void aNewCacheIsCreatedWhileTheFirstPageIsOnItsWay();
    void aCacheThatCannotBeCreatedEndsTheSyncStartedMeanwhile();

private:
    std::unique_ptr<SyncEngine> makeEngine(const DataKey& key);
    std::unique_ptr<SyncEngine> makeEngine(const QString& cachePath, const DataKey& key);
    // Runs the initial sync (cursor "c1") and returns the cache's dump after it.
    QStringList syncInitially();
    bool waitForRetry();

    std::unique_ptr<EngineCache> m_cache;
    std::unique_ptr<ScriptedPageSource> m_source;
    std::unique_ptr<ManualSyncClock> m_clock;
    std::unique_ptr<ManualSyncTimer> m_retry;
    std::unique_ptr<ManualSyncTimer> m_interval;
    std::unique_ptr<SyncEngine> m_engine;
};

std::unique_ptr<SyncEngine> TestSyncEngine::makeEngine(const DataKey& key)
{
    return makeEngine(m_cache->path(), key);
}

std::unique_ptr<SyncEngine> TestSyncEngine::makeEngine(const QString& cachePath, const DataKey& key)
{
    auto engine = std::make_unique<SyncEngine>(*m_source, cachePath, key);
    engine->setClock(m_clock.get());
    engine->setTimers(m_retry.get(), m_interval.get());
    engine->setRandomSource([] { return 0.5; });
    engine->setInterval(0s);
    SyncRetryPolicy policy;
    policy.maxAttempts = 4;
    policy.baseDelay = 1000ms;
    policy.maxDelay = 8000ms;
    policy.maxRetryAfter = 60s;
    engine->setRetryPolicy(policy);
    return engine;
}

void TestSyncEngine::init()
{
    m_cache = std::make_unique<EngineCache>();
    QVERIFY(m_cache->open());
    m_source = std::make_unique<ScriptedPageSource>();
    m_clock = std::make_unique<ManualSyncClock>(start);
    m_retry = std::make_unique<ManualSyncTimer>();
    m_interval = std::make_unique<ManualSyncTimer>();
    m_engine = makeEngine(m_cache->key());
}

void TestSyncEngine::cleanup()
{
    m_engine.reset();
    m_source.reset();
    m_cache.reset();
}

QStringList TestSyncEngine::syncInitially()
{
    m_source->enqueueBody(json(initialAnswer()));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    if (!m_engine->refresh() || !finished.wait(waitMs)) {
        QTest::qFail("the initial sync did not finish", __FILE__, __LINE__);
        return {};
    }
    return m_cache->dump();
}

bool TestSyncEngine::waitForRetry()
{
    return QTest::qWaitFor([this] { return m_retry->isActive(); }, waitMs);
}

void TestSyncEngine::firstSyncAppliesEveryPage()
{
    SyncAnswerBody first = initialAnswer();
    first.cursor = u"run.1"_s;
    first.more = true;
    SyncAnswerBody second = accountWithHistory(u"c1"_s, 4, september);
    second.news = {news(1), news(2)};
    // Sizes no serialization of the pages gives: what the transport received is what counts.
    m_source->enqueueBody(json(first), 70001);
    m_source->enqueueBody(json(second), 3002);

    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QSignalSpy pages(m_engine.get(), &SyncEngine::pageApplied);
    QSignalSpy statuses(m_engine.get(), &SyncEngine::statusChanged);
    // Nothing is in the cache before every page has been fetched: then all of it at once.
    QList<qsizetype> requestsWhenApplied;
    QList<qsizetype> accountsWhenApplied;
    connect(m_engine.get(), &SyncEngine::pageApplied, this, [&](const SyncPageReport&) {
        requestsWhenApplied << m_source->requests().size();
        accountsWhenApplied << AccountStore(m_cache->database()).accounts()->size();
    });
    QVERIFY(m_engine->refresh());
    QCOMPARE(m_engine->state(), State::Syncing);
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(requestsWhenApplied, (QList<qsizetype> {2, 2}));
    QCOMPARE(accountsWhenApplied, (QList<qsizetype> {2, 2}));

    QCOMPARE(m_source->requests(), (QStringList {QString(), u"run.1"_s}));
    QCOMPARE(pages.size(), 2);
    const auto report = pages.at(0).at(0).value<SyncPageReport>();
    QCOMPARE(report.page, 1);
    QVERIFY(report.fromScratch);
    QCOMPARE(report.changedAccounts, QList<qint64> {3});
    QVERIFY(report.profileChanged);
    QVERIFY(report.thread != QThread::currentThreadId());
    QCOMPARE(report.bytes, qint64(70001));
    QVERIFY(!pages.at(1).at(0).value<SyncPageReport>().fromScratch);
    QCOMPARE(pages.at(1).at(0).value<SyncPageReport>().bytes, qint64(3002));

    const auto summary = finished.at(0).at(0).value<SyncSummary>();
    QCOMPARE(summary.pages, 2);
    QCOMPARE(summary.accounts, 2);
    QCOMPARE(summary.periods, 24);
    QCOMPARE(summary.payments, 24);
    QCOMPARE(summary.rows, first.rowCount() + second.rowCount());
    QCOMPARE(summary.bytes, qint64(70001 + 3002));
    QVERIFY(summary.fromScratch);

    QCOMPARE(m_engine->state(), State::Idle);
    QCOMPARE(m_engine->lastSyncedAt(), start);
    // Progress was reported after the first page was fetched, then the writing of both.
    QList<int> fetched;
    int applying = 0;
    for (const QList<QVariant>& arguments : statuses) {
        const auto status = arguments.at(0).value<SyncStatus>();
        if (status.state != State::Syncing)
            continue;
        if (status.progress.applying) {
            QCOMPARE(status.progress.pages, 2);
            QCOMPARE(status.progress.rows, summary.rows);
            QVERIFY(!status.text().isEmpty());
            ++applying;
        } else {
            QCOMPARE(applying, 0);
            fetched << status.progress.pages;
        }
    }
    QCOMPARE(fetched, (QList<int> {0, 1}));
    QCOMPARE(applying, 1);

    QCOMPARE(m_cache->cursor(), u"c1"_s);
    QCOMPARE(AccountStore(m_cache->database()).accounts()->size(), 2);
    QCOMPARE(NewsStore(m_cache->database()).latest()->size(), 2);
    QCOMPARE(SyncBookkeeping(m_cache->database()).lastSyncedAt(), start);
}

void TestSyncEngine::nothingNewIsOneRequestAndChangesNothing()
{
    const QStringList before = syncInitially();
    m_clock->advance(60);
    m_source->enqueueBody(json(page(u"c1"_s)));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests(), (QStringList {QString(), u"c1"_s}));
    QVERIFY(finished.at(0).at(0).value<SyncSummary>().isEmpty());
    QCOMPARE(m_cache->dump(), before);
    // It still counts as a sync: the time moves on.
    QCOMPARE(m_engine->lastSyncedAt(), start.addSecs(60));
    QCOMPARE(SyncBookkeeping(m_cache->database()).lastSyncedAt(), start.addSecs(60));
}

void TestSyncEngine::aRetryableFailureIsRetriedWithBackOff_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::newRow("ServerError") << apiError(Kind::ServerError, 503);
    QTest::newRow("Timeout") << apiError(Kind::Timeout);
    QTest::newRow("NoNetwork") << apiError(Kind::NoNetwork);
    QTest::newRow("ConnectionLost") << apiError(Kind::ConnectionLost);
    QTest::newRow("RateLimited") << apiError(Kind::RateLimited, 429);
}

void TestSyncEngine::aRetryableFailureIsRetriedWithBackOff()
{
    QFETCH(ApiError, error);
    const QStringList before = syncInitially();
    m_source->enqueueError(error);
    m_source->enqueueError(error);
    m_source->enqueueBody(json(changesAfter(u"c2"_s)));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());

    QVERIFY(waitForRetry());
    // Full jitter with the random number 0.5: half of 1 s, then half of 2 s.
    QCOMPARE(m_retry->delays(), QList<std::chrono::milliseconds> {500ms});
    QCOMPARE(m_engine->state(), State::Syncing);
    QCOMPARE(m_engine->status().progress.failedAttempts, 1);
    QCOMPARE(m_engine->status().progress.lastFailure.kind, error.kind);
    QCOMPARE(m_engine->status().progress.retryAt, start.addMSecs(500));
    QCOMPARE(m_cache->dump(), before);
    QCOMPARE(m_cache->cursor(), u"c1"_s);

    QVERIFY(m_retry->fire());
    QVERIFY(waitForRetry());
    QCOMPARE(m_retry->delays(), (QList<std::chrono::milliseconds> {500ms, 1000ms}));
    QCOMPARE(m_engine->status().progress.failedAttempts, 2);
    QCOMPARE(m_cache->dump(), before);

    QVERIFY(m_retry->fire());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests(), (QStringList {QString(), u"c1"_s, u"c1"_s, u"c1"_s}));
    QCOMPARE(m_engine->state(), State::Idle);
    QCOMPARE(m_cache->cursor(), u"c2"_s);
    QCOMPARE(AccountStore(m_cache->database()).account(3)->balance, Money::fromKopecks(777));
}

void TestSyncEngine::aFailedPageLeavesTheCacheUntouched_data()
{
    QTest::addColumn<ApiResult>("result");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");

    const auto body = [](const QString& text) {
        return ApiResult::success(200, QJsonDocument::fromJson(text.toUtf8()).object());
    };
    QTest::newRow("MalformedResponse") << ApiResult::failure(apiError(Kind::MalformedResponse, 200))
                                       << int(SyncError::Kind::Api) << QString();
    QTest::newRow("Unauthorized") << ApiResult::failure(apiError(Kind::Unauthorized, 401))
                                  << int(SyncError::Kind::Api) << QString();
    QTest::newRow("200 with the wrong shape")
        << body(uR"({"items": [{"id": 1}]})"_s) << int(SyncError::Kind::BadAnswer) << u"cursor"_s;
    QTest::newRow("200 with a wrong type") << body(uR"({"cursor": 5, "more": false})"_s)
                                           << int(SyncError::Kind::BadAnswer) << u"cursor"_s;

    // A page whose news are fine but whose charge line is not: nothing of it may stay.
    QJsonObject nested = json(changesAfter(u"c2"_s));
    QJsonObject entry = json(accountWithHistory(u"x"_s, 3, september))
                            .value(u"charges"_s)
                            .toArray()
                            .at(0)
                            .toObject();
    QJsonArray lines = entry.value(u"lines"_s).toArray();
    QJsonObject line = lines.at(2).toObject();
    line.insert(u"totalKopecks"_s, 164.32);
    lines.replace(2, line);
    entry.insert(u"lines"_s, lines);
    nested.insert(u"charges"_s, QJsonArray {entry});
    QTest::newRow("200 with a fractional amount")
        << ApiResult::success(200, nested) << int(SyncError::Kind::BadAnswer)
        << u"charges[0].lines[2].totalKopecks"_s;

    SyncAnswerBody unwritable = changesAfter(u"c2"_s);
    unwritable.meters = {{3, {meter(11, 3, {reading(11, QDate(2014, 9, 25), -1)})}}};
    QTest::newRow("a write the cache refuses") << ApiResult::success(200, json(unwritable))
                                               << int(SyncError::Kind::CacheWrite) << QString();
    SyncAnswerBody orphan = changesAfter(u"c2"_s);
    orphan.payments = {{99, {payment(1, 99, QDate(2014, 9, 1), 10)}}};
    QTest::newRow("history of an unknown account")
        << ApiResult::success(200, json(orphan)) << int(SyncError::Kind::CacheWrite) << QString();
}

void TestSyncEngine::aFailedPageLeavesTheCacheUntouched()
{
    QFETCH(ApiResult, result);
    QFETCH(int, kind);
    QFETCH(QString, field);
    const QStringList before = syncInitially();
    const QDateTime synced = m_engine->lastSyncedAt();
    m_clock->advance(60);
    m_source->enqueue(result);
    QSignalSpy statuses(m_engine.get(), &SyncEngine::statusChanged);
    QVERIFY(m_engine->refresh());
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);

    const SyncError& error = m_engine->status().error;
    QCOMPARE(int(error.kind), kind);
    if (error.kind == SyncError::Kind::BadAnswer)
        QCOMPARE(error.answer.field, field);
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(m_retry->delays().isEmpty()); // not retryable: no back-off
    QCOMPARE(m_source->requests().size(), 2);
    QCOMPARE(m_cache->dump(), before);
    QCOMPARE(m_cache->cursor(), u"c1"_s);
    QCOMPARE(m_engine->lastSyncedAt(), synced);
    QCOMPARE(SyncBookkeeping(m_cache->database()).lastSyncedAt(), synced);

    // The next clean sync converges.
    m_source->enqueueBody(json(changesAfter(u"c2"_s)));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests().last(), u"c1"_s);
    QCOMPARE(m_cache->cursor(), u"c2"_s);
    QCOMPARE(AccountStore(m_cache->database()).account(3)->balance, Money::fromKopecks(777));
    QVERIFY(NewsStore(m_cache->database()).item(7));
    QCOMPARE(m_engine->state(), State::Idle);
}

void TestSyncEngine::anUnreachableServerMeansOffline()
{
    const QStringList before = syncInitially();
    for (int i = 0; i < 4; ++i)
        m_source->enqueueError(apiError(i % 2 ? Kind::ConnectionLost : Kind::NoNetwork));
    m_clock->advance(3600);
    const QDateTime firstFailure = m_clock->now();
    QVERIFY(m_engine->refresh());
    for (int retry = 0; retry < 3; ++retry) {
        QVERIFY(waitForRetry());
        m_clock->advance(10);
        QVERIFY(m_retry->fire());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Offline, waitMs);
    const SyncStatus status = m_engine->status();
    QCOMPARE(status.offlineSince, firstFailure);
    QCOMPARE(status.lastSyncedAt, start);
    QCOMPARE(status.error.api.kind, Kind::ConnectionLost);
    QVERIFY(!status.text().isEmpty());
    QCOMPARE(m_source->requests().size(), 5);
    QCOMPARE(m_cache->dump(), before);

    // Still offline on the next attempt: the time it began stays.
    for (int i = 0; i < 4; ++i)
        m_source->enqueueError(apiError(Kind::NoNetwork));
    m_clock->advance(600);
    QVERIFY(m_engine->refresh());
    for (int retry = 0; retry < 3; ++retry) {
        QVERIFY(waitForRetry());
        QVERIFY(m_retry->fire());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Offline, waitMs);
    QCOMPARE(m_engine->status().offlineSince, firstFailure);

    // Back online.
    m_source->enqueueBody(json(changesAfter(u"c2"_s)));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_engine->state(), State::Idle);
    QVERIFY(!m_engine->status().offlineSince.isValid());
    QCOMPARE(m_engine->lastSyncedAt(), m_clock->now());
}

void TestSyncEngine::timeoutsAfterEveryRetryMeanFailed()
{
    syncInitially();
    for (int i = 0; i < 4; ++i)
        m_source->enqueueError(apiError(Kind::Timeout));
    QVERIFY(m_engine->refresh());
    for (int retry = 0; retry < 3; ++retry) {
        QVERIFY(waitForRetry());
        QVERIFY(m_retry->fire());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);
    QCOMPARE(m_engine->status().error.api.kind, Kind::Timeout);
    QCOMPARE(m_retry->delays(), (QList<std::chrono::milliseconds> {500ms, 1000ms, 2000ms}));
}

void TestSyncEngine::retryAfterIsHonoured()
{
    syncInitially();
    m_source->enqueueError(apiError(Kind::RateLimited, 429, 30));
    m_source->enqueueBody(json(changesAfter(u"c2"_s)));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    QVERIFY(waitForRetry());
    QCOMPARE(m_retry->delays(), QList<std::chrono::milliseconds> {30000ms});
    QCOMPARE(m_engine->status().progress.retryAt, start.addSecs(30));
    QVERIFY(m_retry->fire());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_cache->cursor(), u"c2"_s);
}

void TestSyncEngine::aLongRetryAfterEndsTheSync()
{
    syncInitially();
    m_source->enqueueError(apiError(Kind::RateLimited, 429, 3600));
    QVERIFY(m_engine->refresh());
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);
    QCOMPARE(m_engine->status().error.api.retryAfterSeconds, std::optional<int>(3600));
    QVERIFY(m_retry->delays().isEmpty());
}

void TestSyncEngine::aSyncIsNeverStartedTwice()
{
    QVERIFY(m_engine->refresh());
    QTRY_VERIFY_WITH_TIMEOUT(m_source->isPending(), waitMs);
    QVERIFY(!m_engine->refresh());
    m_interval->start(1ms); // as if a background sync came due now
    QVERIFY(m_interval->fire());
    QCOMPARE(m_source->requests().size(), 1);

    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    m_source->answer(ApiResult::success(200, json(initialAnswer())));
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests().size(), 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_engine->isSyncing());
}

void TestSyncEngine::refreshCutsABackOffShort()
{
    syncInitially();
    m_source->enqueueError(apiError(Kind::ServerError, 500));
    m_source->enqueueBody(json(changesAfter(u"c2"_s)));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    QVERIFY(waitForRetry());
    QVERIFY(m_engine->refresh()); // the user asks: try now
    QVERIFY(!m_retry->isActive());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests(), (QStringList {QString(), u"c1"_s, u"c1"_s}));
}

void TestSyncEngine::backgroundSyncsRunAtTheInterval()
{
    m_engine->setInterval(60s);
    m_engine->start();
    QVERIFY(m_interval->isActive());
    QCOMPARE(m_interval->delays(), QList<std::chrono::milliseconds> {60000ms});
    QVERIFY(m_source->requests().isEmpty());

    m_source->enqueueBody(json(initialAnswer()));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_interval->fire());
    QVERIFY(!m_interval->isActive()); // not while syncing
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests(), QStringList {QString()});
    // Armed again from the end of that sync.
    QVERIFY(m_interval->isActive());
    QCOMPARE(m_interval->delays().size(), 2);

    // Also after a failure.
    m_source->enqueueError(apiError(Kind::BadRequest, 400));
    QVERIFY(m_interval->fire());
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);
    QVERIFY(m_interval->isActive());
    QCOMPARE(m_source->requests(), (QStringList {QString(), u"c1"_s}));
}

void TestSyncEngine::aNewIntervalTakesEffectAtOnce()
{
    m_engine->setInterval(60s);
    m_engine->start();
    QCOMPARE(m_interval->delays(), QList<std::chrono::milliseconds> {60000ms});
    // The settings dialog changed it: the timer is re-armed with the new one, from now.
    m_engine->setInterval(30min);
    QVERIFY(m_interval->isActive());
    QCOMPARE(m_interval->delays().last(), std::chrono::milliseconds(30min));
    // Off: the timer armed before must not sync once more.
    m_engine->setInterval(0s);
    QVERIFY(!m_interval->isActive());
    QVERIFY(!m_interval->fire());
    QVERIFY(m_source->requests().isEmpty());
}

void TestSyncEngine::aRefusedCursorRestartsFromScratch()
{
    syncInitially();
    m_source->enqueueError(refusedCursor());
    // The server's data was reset: another account, nothing of account 3.
    m_source->enqueueBody(json(accountWithHistory(u"n1"_s, 8, september)));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests(), (QStringList {QString(), u"c1"_s, QString()}));
    QVERIFY(finished.at(0).at(0).value<SyncSummary>().fromScratch);
    const auto accounts = AccountStore(m_cache->database()).accounts();
    QCOMPARE(accounts->size(), 1);
    QCOMPARE(accounts->at(0).id, 8);
    QCOMPARE(m_cache->cursor(), u"n1"_s);

    // Only once per sync: a server that refuses even no cursor fails the sync.
    ApiError refusedAgain = refusedCursor();
    m_source->enqueueError(refusedAgain);
    m_source->enqueueError(refusedAgain);
    QVERIFY(m_engine->refresh());
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);
    QCOMPARE(m_source->requests().mid(3), (QStringList {u"n1"_s, QString()}));
    QCOMPARE(AccountStore(m_cache->database()).accounts()->size(), 1);
}

void TestSyncEngine::cancelBeforeTheCommitKeepsTheCacheAsItWas()
{
    syncInitially();
    const QStringList before = m_cache->exactDump();
    const QList<SyncAnswerBody> run = threePagesAfterC1();
    // Two pages come; the third is still on its way when the user cancels.
    m_source->enqueueBody(json(run.at(0)));
    m_source->enqueueBody(json(run.at(1)));
    QSignalSpy cancelled(m_engine.get(), &SyncEngine::cancelled);
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QSignalSpy pages(m_engine.get(), &SyncEngine::pageApplied);
    m_clock->advance(60);
    QVERIFY(m_engine->refresh());
    QTRY_VERIFY_WITH_TIMEOUT(m_source->requests().size() == 4 && m_source->isPending(), waitMs);
    QCOMPARE(m_engine->status().progress.pages, 2);
    m_engine->cancel();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(m_source->cancellations(), 1);
    QCOMPARE(m_engine->state(), State::Idle);
    QCOMPARE(m_engine->lastSyncedAt(), start);
    QCOMPARE(m_cache->exactDump(), before);
    QCOMPARE(m_cache->cursor(), u"c1"_s);
    QVERIFY(!AccountStore(m_cache->database()).account(4));
    QVERIFY(pages.isEmpty());
    QVERIFY(finished.isEmpty());

    // The next sync asks for the same pages again, from the cursor the cache still holds.
    for (const SyncAnswerBody& answer : run)
        m_source->enqueueBody(json(answer));
    QVERIFY(m_engine->refresh());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests().mid(1),
             (QStringList {u"c1"_s, u"run.1"_s, u"run.2"_s, u"c1"_s, u"run.1"_s, u"run.2"_s}));
    QCOMPARE(pages.size(), 3);
    QCOMPARE(AccountStore(m_cache->database()).accounts()->size(), 2);
    QCOMPARE(NewsStore(m_cache->database()).latest()->size(), 2);
    QCOMPARE(m_cache->cursor(), u"c2"_s);
    QCOMPARE(m_engine->lastSyncedAt(), start.addSecs(60));
}

void TestSyncEngine::cancelWhileWritingRollsBack()
{
    syncInitially();
    const QStringList before = m_cache->exactDump();
    for (const SyncAnswerBody& answer : threePagesAfterC1())
        m_source->enqueueBody(json(answer));
    // Another connection holds the write lock, so the engine's transaction cannot get far: the
    // cancel comes while the sync is being written, and must not wait for it.
    CacheTransaction other(m_cache->database());
    QVERIFY(other.isActive());
    QSignalSpy cancelled(m_engine.get(), &SyncEngine::cancelled);
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->status().progress.applying, waitMs);
    m_engine->cancel();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(m_engine->state(), State::Idle);
    QVERIFY(!m_engine->isSyncing());
    other.rollback();

    // A new sync waits for that write to end (rolled back: the cursor stays) and goes on from it.
    for (const SyncAnswerBody& answer : threePagesAfterC1())
        m_source->enqueueBody(json(answer));
    QVERIFY(m_engine->refresh());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests().mid(1),
             (QStringList {u"c1"_s, u"run.1"_s, u"run.2"_s, u"c1"_s, u"run.1"_s, u"run.2"_s}));
    QCOMPARE(finished.at(0).at(0).value<SyncSummary>().pages, 3);
    QCOMPARE(m_cache->cursor(), u"c2"_s);
    QVERIFY(m_cache->exactDump() != before);
    QCOMPARE(m_cache->integrityProblems(), QString());
}

void TestSyncEngine::aSyncFailingOnItsLastPageLeavesNoneOfItsPages_data()
{
    QTest::addColumn<ApiResult>("last");
    QTest::addColumn<int>("kind");

    SyncAnswerBody unwritable = threePagesAfterC1().at(2);
    unwritable.meters = {{4, {meter(11, 4, {reading(11, QDate(2014, 9, 25), -1)})}}};
    QTest::newRow("a write the cache refuses")
        << ApiResult::success(200, json(unwritable)) << int(SyncError::Kind::CacheWrite);
    QTest::newRow("not a sync answer") << ApiResult::success(200, QJsonObject {{u"cursor"_s, 5}})
                                       << int(SyncError::Kind::BadAnswer);
    QTest::newRow("a server error")
        << ApiResult::failure(apiError(Kind::BadRequest, 400)) << int(SyncError::Kind::Api);
    QTest::newRow("unauthorized") << ApiResult::failure(apiError(Kind::Unauthorized, 401))
                                  << int(SyncError::Kind::Api);
}

void TestSyncEngine::aSyncFailingOnItsLastPageLeavesNoneOfItsPages()
{
    QFETCH(ApiResult, last);
    QFETCH(int, kind);
    syncInitially();
    const QStringList before = m_cache->exactDump();
    const QList<SyncAnswerBody> run = threePagesAfterC1();
    m_source->enqueueBody(json(run.at(0)));
    m_source->enqueueBody(json(run.at(1)));
    m_source->enqueue(last);
    QSignalSpy pages(m_engine.get(), &SyncEngine::pageApplied);
    m_clock->advance(60);
    QVERIFY(m_engine->refresh());
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);
    QCOMPARE(int(m_engine->status().error.kind), kind);
    QCOMPARE(m_source->requests().size(), 4);

    // Neither of the two good pages before it: not account 4, not news 1 and 2; and the cursor
    // and the last sync's time are those of before.
    QVERIFY(!AccountStore(m_cache->database()).account(4));
    QVERIFY(!NewsStore(m_cache->database()).item(1));
    QVERIFY(!NewsStore(m_cache->database()).item(2));
    QCOMPARE(m_cache->exactDump(), before);
    QCOMPARE(m_cache->cursor(), u"c1"_s);
    QCOMPARE(SyncBookkeeping(m_cache->database()).lastSyncedAt(), start);
    QCOMPARE(m_engine->lastSyncedAt(), start);
    QVERIFY(pages.isEmpty());

    // The next clean sync asks again from "c1" and brings everything.
    for (const SyncAnswerBody& answer : run)
        m_source->enqueueBody(json(answer));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests().mid(4), (QStringList {u"c1"_s, u"run.1"_s, u"run.2"_s}));
    QVERIFY(AccountStore(m_cache->database()).account(4));
    QCOMPARE(AccountStore(m_cache->database()).account(3)->balance, Money::fromKopecks(777));
    QCOMPARE(NewsStore(m_cache->database()).latest()->size(), 2);
    QCOMPARE(m_cache->cursor(), u"c2"_s);
    QCOMPARE(m_engine->lastSyncedAt(), start.addSecs(60));
}

void TestSyncEngine::aReaderSeesTheOldStateOrTheNew()
{
    syncInitially();
    const QStringList before = m_cache->snapshot();
    QVERIFY(!before.isEmpty());
    // Big enough pages that the writing takes a while: each brings three more accounts.
    QList<SyncAnswerBody> run;
    for (int n = 0; n < 3; ++n) {
        const bool last = n == 2;
        SyncAnswerBody answer = page(last ? u"c2"_s : u"run.%1"_s.arg(n + 1), !last);
        for (int i = 0; i < 3; ++i) {
            const SyncAnswerBody more = accountWithHistory({}, 10 + 3 * n + i, september);
            answer.accounts += more.accounts;
            answer.charges += more.charges;
            answer.payments += more.payments;
        }
        answer.news = {news(20 + n)};
        run << answer;
    }
    m_source->enqueueBody(json(run.at(0)));

    // The test's own connection reads the whole cache, in one read transaction, as often as the
    // event loop lets it while the engine fetches and writes on its thread.
    const auto fingerprint = [](const QStringList& rows) {
        return QCryptographicHash::hash(rows.join(u'\n').toUtf8(), QCryptographicHash::Sha1);
    };
    QList<QByteArray> seen;
    int failedReads = 0;
    QTimer reader;
    reader.setInterval(0);
    connect(&reader, &QTimer::timeout, this, [&] {
        const QStringList rows = m_cache->snapshot();
        failedReads += rows.isEmpty() ? 1 : 0;
        seen << fingerprint(rows);
    });
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    reader.start();
    QVERIFY(m_engine->refresh());
    // The second page is late: whatever a reader sees meanwhile is the state before the sync.
    QTRY_VERIFY_WITH_TIMEOUT(m_source->requests().size() == 3 && m_source->isPending(), waitMs);
    QCOMPARE(m_cache->snapshot(), before);
    m_source->enqueueBody(json(run.at(2)));
    m_source->answer(ApiResult::success(200, json(run.at(1))));
    QVERIFY(finished.wait(waitMs));
    reader.stop();
    const QStringList after = m_cache->snapshot();
    QVERIFY(after != before);
    QCOMPARE(AccountStore(m_cache->database()).accounts()->size(), 10);

    QCOMPARE(failedReads, 0);
    const int old = int(seen.count(fingerprint(before)));
    const int updated = int(seen.count(fingerprint(after)));
    qInfo("%d reads during the sync: %d of the state before it, %d of the state after it",
          int(seen.size()), old, updated);
    QVERIFY(old > 0);
    QCOMPARE(old + updated, int(seen.size()));
}

void TestSyncEngine::anOutboxWriteIsNotHeldUpByAFetch()
{
    syncInitially();
    const QList<SyncAnswerBody> run = threePagesAfterC1();
    m_source->enqueueBody(json(run.at(0)));
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    // The engine waits for the second page, which does not come.
    QTRY_VERIFY_WITH_TIMEOUT(m_source->requests().size() == 3 && m_source->isPending(), waitMs);

    // What the outbox does on its own connection when the user sends something: a write
    // transaction. Were the engine holding one across the request, this BEGIN IMMEDIATE would
    // wait out the busy timeout and fail.
    OutboxItem item;
    item.kind = OutboxItem::Kind::SubscriptionChange;
    item.payload = R"({"subscribed": true})";
    CacheTransaction transaction(m_cache->database());
    QVERIFY2(transaction.isActive(), qPrintable(transaction.lastError().text()));
    const std::optional<qint64> queued = OutboxStore(m_cache->database()).enqueue(item);
    QVERIFY(queued);
    QVERIFY2(transaction.commit(), qPrintable(transaction.lastError().text()));
    QVERIFY(m_engine->isSyncing());

    // The sync goes on, and keeps what the outbox wrote meanwhile.
    m_source->enqueueBody(json(run.at(2)));
    m_source->answer(ApiResult::success(200, json(run.at(1))));
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_cache->cursor(), u"c2"_s);
    QVERIFY(AccountStore(m_cache->database()).account(4));
    QVERIFY(OutboxStore(m_cache->database()).item(*queued));
}

void TestSyncEngine::cancelWhileFetchingDropsTheRequest()
{
    const QStringList before = syncInitially();
    QSignalSpy cancelled(m_engine.get(), &SyncEngine::cancelled);
    QVERIFY(m_engine->refresh());
    QTRY_VERIFY_WITH_TIMEOUT(m_source->isPending(), waitMs);
    m_engine->cancel();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(m_source->cancellations(), 1);
    QCOMPARE(m_engine->state(), State::Idle);
    QCOMPARE(m_engine->lastSyncedAt(), start);
    QCOMPARE(m_cache->dump(), before);
}

void TestSyncEngine::cancelDuringBackOffStopsRetrying()
{
    syncInitially();
    m_source->enqueueError(apiError(Kind::ServerError, 502));
    QVERIFY(m_engine->refresh());
    QVERIFY(waitForRetry());
    m_engine->cancel();
    QVERIFY(!m_retry->isActive());
    QCOMPARE(m_engine->state(), State::Idle);
    QVERIFY(!m_retry->fire());
    QCOMPARE(m_source->requests().size(), 2);
}

void TestSyncEngine::theSameCursorWithMoreIsRefused()
{
    const QStringList before = syncInitially();
    SyncAnswerBody loop = page(u"c1"_s, true);
    m_source->enqueueBody(json(loop));
    QVERIFY(m_engine->refresh());
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);
    QCOMPARE(m_engine->status().error.kind, SyncError::Kind::BadAnswer);
    QCOMPARE(m_engine->status().error.answer.field, u"cursor"_s);
    QCOMPARE(m_source->requests().size(), 2);
}

void TestSyncEngine::aCacheThatDoesNotOpenFailsTheSync()
{
    m_engine.reset();
    m_engine = makeEngine(DataKey::generate()); // not the cache's key
    // Known as soon as the engine starts, before any sync.
    m_engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);
    QCOMPARE(m_engine->status().error.cacheOpen, CacheOpenError::WrongKey);
    QVERIFY(m_engine->refresh());
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);
    QCOMPARE(m_engine->status().error.kind, SyncError::Kind::CacheUnavailable);
    QCOMPARE(m_engine->status().error.cacheOpen, CacheOpenError::WrongKey);
    QVERIFY(m_source->requests().isEmpty());
}

void TestSyncEngine::aNewCacheIsCreatedWhileTheFirstPageIsOnItsWay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"new-cache.db"_s);
    const DataKey key = DataKey::generate();
    m_engine.reset();
    m_engine = makeEngine(path, key);
    // The request goes out before the cache is open: it has no cursor to wait for.
    qsizetype requestsWhenOpened = -1;
    connect(m_engine.get(), &SyncEngine::cacheOpened, this,
            [&](bool ok) { requestsWhenOpened = ok ? m_source->requests().size() : -2; });
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QVERIFY(m_engine->refresh());
    QTRY_COMPARE_WITH_TIMEOUT(requestsWhenOpened, qsizetype(1), waitMs);
    QCOMPARE(m_source->requests(), QStringList {QString()});
    m_source->answer(ApiResult::success(200, json(initialAnswer())));
    QVERIFY(finished.wait(waitMs));
    QVERIFY(finished.at(0).at(0).value<SyncSummary>().fromScratch);

    m_engine.reset();
    const std::optional<CacheDatabase> cache = CacheDatabase::open(path, key.bytes(), u"t"_s);
    QVERIFY(cache.has_value());
    QCOMPARE(SyncBookkeeping(cache->database()).cursor(), std::optional<QString>(u"c1"_s));
    QCOMPARE(AccountStore(cache->database()).accounts()->size(), 1);
}

void TestSyncEngine::aCacheThatCannotBeCreatedEndsTheSyncStartedMeanwhile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder that does not exist: the file cannot be made.
    const QString path = dir.filePath(u"missing/new-cache.db"_s);
    m_engine.reset();
    m_engine = makeEngine(path, DataKey::generate());
    QVERIFY(m_engine->refresh());
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), State::Failed, waitMs);
    QCOMPARE(m_engine->status().error.kind, SyncError::Kind::CacheUnavailable);
    // It did go out meanwhile, and was dropped when the cache could not be made.
    QCOMPARE(m_source->requests(), QStringList {QString()});
    QCOMPARE(m_source->cancellations(), 1);
    QVERIFY(!m_engine->isSyncing());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
