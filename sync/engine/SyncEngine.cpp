#include "engine/SyncEngine.h"

#include "engine/SyncLog.h"
#include "engine/SyncPageSource.h"
#include "keys/DataKey.h"

#include <QRandomGenerator>

#include <algorithm>
#include <utility>

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
    qRegisterMetaType<SyncError>();
    qRegisterMetaType<SyncDigest>();
    m_thread->setObjectName(u"kabinet-sync"_s);
    m_worker->moveToThread(m_thread);
    // The worker and its cache connection die on their own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::creating, this, &SyncEngine::onCreating, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::opened, this, &SyncEngine::onOpened, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::pageStaged, this, &SyncEngine::onPageStaged,
            Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::applied, this, &SyncEngine::onApplied, Qt::QueuedConnection);
    connect(&m_source, &SyncPageSource::finished, this, &SyncEngine::onFetched);
    setTimers(&m_ownRetryTimer, &m_ownIntervalTimer);
}

SyncEngine::~SyncEngine()
{
    if (m_phase == Phase::Fetching)
        m_source.cancel();
    m_source.disconnect(this);
    // A run being written rolls back at its next page instead of keeping the thread going.
    m_worker->abort(m_run);
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
    if (!m_started || m_phase != Phase::Idle)
        return;
    // Off now: a timer armed with the former interval must not sync once more.
    if (m_interval.count() == 0)
        m_intervalTimer->stop();
    else
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
    // Once committed there is nothing left to take back.
    if (m_phase == Phase::Idle || m_phase == Phase::Committed)
        return;
    if (m_phase == Phase::Fetching)
        m_source.cancel();
    m_retryTimer->stop();
    dropRun();
    m_phase = Phase::Idle;
    qCInfo(lcSync) << "Sync cancelled before its commit, after fetching" << m_status.progress.pages
                   << "pages: the cache stays as it was";
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
    // The sync starts from what the cache holds, which an apply under way may still change. A
    // cache being created holds nothing: its first sync starts from scratch while it is made
    // (the worker decodes the pages only after open(), on its thread, in order).
    if ((!m_cacheReady && !m_cacheCreated) || m_applyInFlight) {
        m_phase = Phase::WaitingForCache;
        return;
    }
    startRun(m_cursor);
}

void SyncEngine::startRun(const QString& cursor)
{
    ++m_run;
    m_staged.clear();
    m_nextCursor = cursor;
    fetchPage();
}

void SyncEngine::fetchPage()
{
    m_phase = Phase::Fetching;
    m_requestedCursor = m_nextCursor;
    m_source.fetch(m_requestedCursor);
}

void SyncEngine::onFetched(const ApiResult& result)
{
    if (m_phase != Phase::Fetching)
        return;
    if (!result.isOk()) {
        onFetchFailed(result.error());
        return;
    }
    m_phase = Phase::Decoding;
    // The body is implicitly shared: handing it over copies nothing.
    const QJsonObject body = result.body();
    const qint64 bytes = result.bodyBytes();
    const bool fromScratch = m_requestedCursor.isEmpty();
    const int page = int(m_staged.size()) + 1;
    const int run = m_run;
    SyncWorker* const worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, run, body, bytes, fromScratch, page] {
            worker->stagePage(run, body, bytes, fromScratch, page);
        },
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
        // The cache keeps its cursor and data until the new run commits (it replaces them).
        dropRun();
        startRun(QString());
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

void SyncEngine::onCreating()
{
    m_cacheCreated = true;
    if (m_phase == Phase::WaitingForCache)
        continueSync();
}

void SyncEngine::onOpened(const SyncWorker::Opened& result)
{
    if (result.error.isError()) {
        // For good: a wrong key or a damaged file does not mend itself. Every sync fails at once
        // with this error, so the status bar can say why.
        m_cacheError = result.error;
        m_cacheCreated = false;
        if (m_phase == Phase::Idle) {
            m_status.error = m_cacheError;
            setStatus(SyncStatus::State::Failed);
        } else if (m_phase == Phase::Fetching || m_phase == Phase::Decoding
                   || m_phase == Phase::WaitingToRetry) {
            // A first sync that started while the cache was being created: nowhere to write it.
            if (m_phase == Phase::Fetching)
                m_source.cancel();
            m_retryTimer->stop();
            endFailed(m_cacheError);
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

void SyncEngine::onPageStaged(int run, const SyncPageReport& report)
{
    if (run != m_run || m_phase != Phase::Decoding)
        return; // of a run dropped meanwhile
    if (!report.isApplied()) {
        endFailed(report.error);
        return;
    }
    // The server answered: whatever was wrong with the network is over.
    m_offlineSince = QDateTime();
    m_failedAttempts = 0;
    m_staged.append(report);
    m_status.progress = SyncProgress();
    m_status.progress.pages = int(m_staged.size());
    for (const SyncPageReport& page : std::as_const(m_staged)) {
        m_status.progress.bytes += page.bytes;
        m_status.progress.rows += page.rows;
    }
    if (!report.more) {
        applyRun();
        return;
    }
    if (report.cursor == m_requestedCursor) {
        // The same cursor again with "more" would ask for the same page for ever.
        endFailed(
            SyncError::badAnswer(JsonError::make(JsonError::Reason::Inconsistent, u"cursor"_s)));
        return;
    }
    m_nextCursor = report.cursor;
    setStatus(SyncStatus::State::Syncing);
    if (m_phase != Phase::Decoding) // a receiver cancelled
        return;
    fetchPage();
}

void SyncEngine::applyRun()
{
    m_phase = Phase::Applying;
    m_applyInFlight = true;
    m_applyingCursor = m_staged.constLast().cursor;
    m_applyingAt = now();
    const int run = m_run;
    const QDateTime at = m_applyingAt;
    SyncWorker* const worker = m_worker;
    // Sent before the status, so that a receiver of it that cancels finds the apply to abort.
    QMetaObject::invokeMethod(
        m_worker, [worker, run, at] { worker->apply(run, at); }, Qt::QueuedConnection);
    m_status.progress.applying = true;
    setStatus(SyncStatus::State::Syncing);
}

void SyncEngine::onApplied(int run, const SyncError& error, const SyncDigest& digest)
{
    m_applyInFlight = false;
    // The cache took the sync whether or not it is still wanted (a cancel that came too late).
    if (!error.isError()) {
        m_cursor = m_applyingCursor;
        m_status.lastSyncedAt = m_applyingAt;
    }
    if (m_phase == Phase::WaitingForCache) {
        continueSync();
        return;
    }
    if (run != m_run || m_phase != Phase::Applying) {
        if (!error.isError() && m_phase == Phase::Idle)
            emit statusChanged(m_status); // the time of the last sync moved on
        return;
    }
    if (error.isError()) {
        endFailed(error);
        return;
    }
    m_phase = Phase::Committed;
    m_summary.digest = digest;
    const QList<SyncPageReport> pages = std::exchange(m_staged, {});
    for (SyncPageReport page : pages) {
        page.appliedAt = m_applyingAt;
        m_summary.add(page);
        emit pageApplied(page);
    }
    finishSync();
}

void SyncEngine::dropRun()
{
    m_worker->abort(m_run);
    const int run = m_run;
    SyncWorker* const worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, run] { worker->discard(run); }, Qt::QueuedConnection);
    m_staged.clear();
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
    dropRun();
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
    dropRun();
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
