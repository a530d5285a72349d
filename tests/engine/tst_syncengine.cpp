#include "EngineCache.h"
#include "ManualSyncClock.h"
#include "ManualSyncTimer.h"
#include "SampleAnswers.h"
#include "ScriptedPageSource.h"
#include "engine/SyncBookkeeping.h"
#include "engine/SyncEngine.h"
#include "store/AccountStore.h"
#include "store/NewsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

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
    void aRefusedCursorRestartsFromScratch();
    void cancelKeepsTheLastPageAppliedInFull();
    void cancelWhileFetchingDropsTheRequest();
    void cancelDuringBackOffStopsRetrying();
    void theSameCursorWithMoreIsRefused();
    void aCacheThatDoesNotOpenFailsTheSync();

private:
    std::unique_ptr<SyncEngine> makeEngine(const DataKey& key);
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
    auto engine = std::make_unique<SyncEngine>(*m_source, m_cache->path(), key);
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
    m_source->enqueueBody(json(first));
    m_source->enqueueBody(json(second));

    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QSignalSpy pages(m_engine.get(), &SyncEngine::pageApplied);
    QSignalSpy statuses(m_engine.get(), &SyncEngine::statusChanged);
    QVERIFY(m_engine->refresh());
    QCOMPARE(m_engine->state(), State::Syncing);
    QVERIFY(finished.wait(waitMs));

    QCOMPARE(m_source->requests(), (QStringList {QString(), u"run.1"_s}));
    QCOMPARE(pages.size(), 2);
    const auto report = pages.at(0).at(0).value<SyncPageReport>();
    QCOMPARE(report.page, 1);
    QVERIFY(report.fromScratch);
    QCOMPARE(report.changedAccounts, QList<qint64> {3});
    QVERIFY(report.profileChanged);
    QVERIFY(report.thread != QThread::currentThreadId());
    QVERIFY(!pages.at(1).at(0).value<SyncPageReport>().fromScratch);

    const auto summary = finished.at(0).at(0).value<SyncSummary>();
    QCOMPARE(summary.pages, 2);
    QCOMPARE(summary.accounts, 2);
    QCOMPARE(summary.periods, 24);
    QCOMPARE(summary.payments, 24);
    QCOMPARE(summary.rows, first.rowCount() + second.rowCount());
    QVERIFY(summary.bytes > 0);
    QVERIFY(summary.fromScratch);

    QCOMPARE(m_engine->state(), State::Idle);
    QCOMPARE(m_engine->lastSyncedAt(), start);
    // Progress was reported after the first page.
    bool sawProgress = false;
    for (const QList<QVariant>& arguments : statuses) {
        const auto status = arguments.at(0).value<SyncStatus>();
        sawProgress = sawProgress || (status.state == State::Syncing && status.progress.pages == 1);
    }
    QVERIFY(sawProgress);

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

void TestSyncEngine::cancelKeepsTheLastPageAppliedInFull()
{
    SyncAnswerBody first = initialAnswer();
    first.cursor = u"run.1"_s;
    first.more = true;
    SyncAnswerBody second = accountWithHistory(u"run.2"_s, 4, september, true);
    SyncAnswerBody third = page(u"c1"_s);
    third.news = {news(1)};
    for (const SyncAnswerBody& answer : {first, second, third})
        m_source->enqueueBody(json(answer));

    QSignalSpy cancelled(m_engine.get(), &SyncEngine::cancelled);
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    connect(m_engine.get(), &SyncEngine::pageApplied, this, [this](const SyncPageReport& report) {
        if (report.page == 1)
            m_engine->cancel();
    });
    QVERIFY(m_engine->refresh());
    QVERIFY(cancelled.wait(waitMs));
    QCOMPARE(m_engine->state(), State::Idle);
    QCOMPARE(m_source->requests(), QStringList {QString()});
    QCOMPARE(m_cache->cursor(), u"run.1"_s);
    QCOMPARE(m_cache->integrityProblems(), QString());
    QCOMPARE(AccountStore(m_cache->database()).accounts()->size(), 1);
    // Not a complete sync: no time recorded.
    QVERIFY(!m_engine->lastSyncedAt().isValid());
    QVERIFY(!SyncBookkeeping(m_cache->database()).lastSyncedAt()->isValid());
    QVERIFY(finished.isEmpty());

    // The next sync goes on where that one stopped.
    disconnect(m_engine.get(), &SyncEngine::pageApplied, this, nullptr);
    QVERIFY(m_engine->refresh());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_source->requests(), (QStringList {QString(), u"run.1"_s, u"run.2"_s}));
    QCOMPARE(AccountStore(m_cache->database()).accounts()->size(), 2);
    QCOMPARE(m_cache->cursor(), u"c1"_s);
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

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
