#include "engine/SyncEngine.h"

#include "engine/SyncLog.h"
#include "engine/SyncPageSource.h"
#include "keys/DataKey.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
// The failures that mean "no way to the server" rather than "the server has a problem".
bool isNetworkFailure(const ApiError& error)
{
    return error.kind == ApiError::Kind::NoNetwork || error.kind == ApiError::Kind::ConnectionLost;
}

// QTimer counts in int milliseconds: about 24 days. Nobody waits longer than a day for a sync.
std::chrono::milliseconds timerSafe(std::chrono::milliseconds delay)
{
    return std::clamp<std::chrono::milliseconds>(delay, std::chrono::milliseconds(0),
                                                 std::chrono::hours(24));
}
} // namespace

SyncEngine::SyncEngine(SyncPageSource& source, const QString& cachePath, const DataKey& key,
                       QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(cachePath, key))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    qRegisterMetaType<SyncWorker::Opened>();
    qRegisterMetaType<SyncPageReport>();
    m_thread->setObjectName(u"kabinet-sync"_s);
    m_worker->moveToThread(m_thread);
    // The worker and its cache connection die on their own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::opened, this, &SyncEngine::onOpened, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::pageApplied, this, &SyncEngine::onPageApplied,
            Qt::QueuedConnection);
    connect(&m_source, &SyncPageSource::finished, this, &SyncEngine::onFetched);
    setTimers(&m_ownRetryTimer, &m_ownIntervalTimer);
}

SyncEngine::~SyncEngine()
{
    if (m_phase == Phase::Fetching)
        m_source.cancel();
    m_source.disconnect(this);
    if (!m_started) {
        // Its thread never ran, so nothing will delete it there.
        delete m_worker;
        return;
    }
    m_thread->quit();
    m_thread->wait();
}

void SyncEngine::setInterval(std::chrono::seconds interval)
{
    m_interval = std::max(interval, std::chrono::seconds(0));
    if (m_started && m_phase == Phase::Idle)
        armInterval();
}

void SyncEngine::setClock(const SyncClock* clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

void SyncEngine::setTimers(SyncTimer* retryTimer, SyncTimer* intervalTimer)
{
    if (m_retryTimer) {
        m_retryTimer->stop();
        m_retryTimer->disconnect(this);
    }
    if (m_intervalTimer) {
        m_intervalTimer->stop();
        m_intervalTimer->disconnect(this);
    }
    m_retryTimer = retryTimer ? retryTimer : &m_ownRetryTimer;
    m_intervalTimer = intervalTimer ? intervalTimer : &m_ownIntervalTimer;
    connect(m_retryTimer, &SyncTimer::timeout, this, &SyncEngine::onRetryTimeout);
    // A background sync that finds one under way simply does not start.
    connect(m_intervalTimer, &SyncTimer::timeout, this, [this] { refresh(); });
}

void SyncEngine::setRandomSource(std::function<double()> random)
{
    if (random)
        m_random = std::move(random);
}

QDateTime SyncEngine::now() const
{
    return m_clock->now();
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::open, Qt::QueuedConnection);
    armInterval();
}

bool SyncEngine::refresh()
{
    if (m_phase == Phase::WaitingToRetry) {
        m_retryTimer->stop();
        fetchPage();
        return true;
    }
    if (m_phase != Phase::Idle)
        return false;
    start();
    m_intervalTimer->stop();
    m_summary = SyncSummary();
    m_summary.startedAt = now();
    m_failedAttempts = 0;
    m_cursorRefused = false;
    m_status.progress = SyncProgress();
    m_phase = Phase::WaitingForCache;
    setStatus(SyncStatus::State::Syncing);
    qCInfo(lcSync) << "Sync started";
    continueSync();
    return true;
}

void SyncEngine::cancel()
{
    if (m_phase == Phase::Idle)
        return;
    if (m_phase == Phase::Fetching)
        m_source.cancel();
    m_retryTimer->stop();
    // A page being written stays in flight: onPageApplied() still takes its cursor.
    m_phase = Phase::Idle;
    qCInfo(lcSync) << "Sync cancelled after" << m_summary.pages << "pages";
    setStatus(SyncStatus::State::Idle);
    emit cancelled();
    armInterval();
}

void SyncEngine::continueSync()
{
    if (m_cacheError.isError()) {
        endFailed(m_cacheError);
        return;
    }
    // The next request needs the cursor of the last page written.
    if (!m_cacheReady || m_pagesInFlight > 0) {
        m_phase = Phase::WaitingForCache;
        return;
    }
    fetchPage();
}

void SyncEngine::fetchPage()
{
    m_phase = Phase::Fetching;
    m_requestedCursor = m_cursor;
    m_source.fetch(m_cursor);
}

void SyncEngine::onFetched(const ApiResult& result)
{
    if (m_phase != Phase::Fetching)
        return;
    if (!result.isOk()) {
        onFetchFailed(result.error());
        return;
    }
    m_phase = Phase::Applying;
    ++m_pagesInFlight;
    // The body is implicitly shared: handing it over copies nothing.
    const QJsonObject body = result.body();
    const bool fromScratch = m_requestedCursor.isEmpty();
    const int page = m_summary.pages + 1;
    const QDateTime at = now();
    SyncWorker* const worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, body, fromScratch, page, at] { worker->applyPage(body, fromScratch, page, at); },
        Qt::QueuedConnection);
}

void SyncEngine::onFetchFailed(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Cancelled) {
        // Not ours (cancel() drops the request silently): the transport was told to stop, e.g.
        // on sign-out.
        cancel();
        return;
    }
    if (error.kind == ApiError::Kind::Validation && error.field == u"cursor"
        && !m_requestedCursor.isEmpty() && !m_cursorRefused) {
        qCWarning(lcSync) << "The server refused the cursor: syncing from scratch";
        m_cursorRefused = true;
        m_cursor.clear();
        fetchPage();
        return;
    }
    if (isNetworkFailure(error) && !m_offlineSince.isValid())
        m_offlineSince = now();
    ++m_failedAttempts;
    const std::optional<std::chrono::milliseconds> delay =
        m_policy.delayAfter(m_failedAttempts, error, m_random());
    if (!delay) {
        endWithError(error);
        return;
    }
    qCInfo(lcSync).noquote() << "Sync page failed:" << error.describe() << "- attempt"
                             << m_failedAttempts + 1 << "in" << delay->count() << "ms";
    m_phase = Phase::WaitingToRetry;
    m_status.progress.failedAttempts = m_failedAttempts;
    m_status.progress.lastFailure = error;
    m_status.progress.retryAt = now().addMSecs(delay->count());
    setStatus(SyncStatus::State::Syncing);
    m_retryTimer->start(timerSafe(*delay));
}

void SyncEngine::onRetryTimeout()
{
    if (m_phase == Phase::WaitingToRetry)
        fetchPage();
}

void SyncEngine::onOpened(const SyncWorker::Opened& result)
{
    if (result.error.isError()) {
        // For good: a wrong key or a damaged file does not mend itself. Every sync fails at once
        // with this error, so the status bar can say why.
        m_cacheError = result.error;
        if (m_phase == Phase::Idle) {
            m_status.error = m_cacheError;
            setStatus(SyncStatus::State::Failed);
        }
    } else {
        m_cacheReady = true;
        m_cursor = result.cursor;
        m_status.lastSyncedAt = result.lastSyncedAt;
        if (m_phase == Phase::Idle)
            emit statusChanged(m_status);
    }
    emit cacheOpened(!result.error.isError());
    if (m_phase == Phase::WaitingForCache)
        continueSync();
}

void SyncEngine::onPageApplied(const SyncPageReport& report)
{
    --m_pagesInFlight;
    // The cache took the page and its cursor whether or not the sync is still wanted.
    if (report.isApplied()) {
        m_cursor = report.cursor;
        if (!report.more)
            m_status.lastSyncedAt = report.appliedAt;
    }
    if (m_phase == Phase::WaitingForCache) {
        continueSync();
        return;
    }
    if (m_phase != Phase::Applying)
        return;
    if (!report.isApplied()) {
        endFailed(report.error);
        return;
    }
    // The server answered: whatever was wrong with the network is over.
    m_offlineSince = QDateTime();
    m_failedAttempts = 0;
    m_summary.add(report);
    m_status.progress = SyncProgress();
    m_status.progress.pages = m_summary.pages;
    m_status.progress.bytes = m_summary.bytes;
    m_status.progress.rows = m_summary.rows;
    emit pageApplied(report);
    if (m_phase != Phase::Applying) // a receiver cancelled
        return;
    if (!report.more) {
        finishSync();
        return;
    }
    if (report.cursor == m_requestedCursor) {
        // The same cursor again with "more" would ask for the same page for ever.
        endFailed(
            SyncError::badAnswer(JsonError::make(JsonError::Reason::Inconsistent, u"cursor"_s)));
        return;
    }
    setStatus(SyncStatus::State::Syncing);
    fetchPage();
}

void SyncEngine::finishSync()
{
    m_phase = Phase::Idle;
    m_summary.finishedAt = now();
    qCInfo(lcSync).noquote() << "Sync finished:" << m_summary.pages << "pages," << m_summary.rows
                             << "rows," << m_summary.bytes << "bytes in" << m_summary.milliseconds()
                             << "ms";
    setStatus(SyncStatus::State::Idle);
    emit finished(m_summary);
    armInterval();
}

void SyncEngine::endWithError(const ApiError& error)
{
    m_phase = Phase::Idle;
    m_status.error = SyncError::fromApi(error);
    if (isNetworkFailure(error)) {
        m_status.offlineSince = m_offlineSince;
        qCInfo(lcSync).noquote() << "Sync: offline (" << error.describe() << ")";
        setStatus(SyncStatus::State::Offline);
    } else {
        qCWarning(lcSync).noquote() << "Sync failed:" << error.describe();
        setStatus(SyncStatus::State::Failed);
    }
    armInterval();
}

void SyncEngine::endFailed(const SyncError& error)
{
    m_phase = Phase::Idle;
    m_status.error = error;
    qCWarning(lcSync).noquote() << "Sync failed:" << error.describe();
    setStatus(SyncStatus::State::Failed);
    armInterval();
}

void SyncEngine::armInterval()
{
    if (m_interval.count() > 0 && m_phase == Phase::Idle)
        m_intervalTimer->start(timerSafe(m_interval));
}

void SyncEngine::setStatus(SyncStatus::State state)
{
    m_status.state = state;
    if (state != SyncStatus::State::Failed && state != SyncStatus::State::Offline)
        m_status.error = SyncError();
    if (state != SyncStatus::State::Offline)
        m_status.offlineSince = QDateTime();
    if (state != SyncStatus::State::Syncing)
        m_status.progress = SyncProgress();
    emit statusChanged(m_status);
}
