#include "engine/SyncWorker.h"

#include "engine/SyncApplier.h"
#include "engine/SyncBookkeeping.h"
#include "engine/SyncDigestCollector.h"
#include "engine/SyncLog.h"
#include "protocol/json/SyncAnswerJson.h"
#include "store/CacheSchema.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
// Each worker's connection needs a name of its own: several users' engines, or an old one still
// closing while a new one opens, may share the process.
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"kabinet-sync-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}
} // namespace

SyncWorker::SyncWorker(const QString& cachePath, const DataKey& key, QObject* parent)
    : QObject(parent)
    , m_cachePath(cachePath)
    , m_key(key)
{ }

// Runs on the worker's thread (deleteLater from QThread::finished), where the connection lives.
SyncWorker::~SyncWorker() = default;

void SyncWorker::open()
{
    // SQLite treats an empty file as a new database too.
    const QFileInfo file(m_cachePath);
    if (!file.exists() || file.size() == 0)
        emit creating();
    Opened result;
    CacheOpenError openError = CacheOpenError::None;
    QString message;
    QByteArray raw = m_key.bytes();
    m_cache = CacheDatabase::open(m_cachePath, raw, nextConnectionName(), &openError, &message);
    raw.fill('\0');
    m_key = DataKey(); // not needed any more: the connection stays open
    if (!m_cache) {
        result.error = SyncError::cacheUnavailable(openError, message);
        qCWarning(lcSync).noquote()
            << "The sync engine cannot open the cache:" << result.error.describe();
        emit opened(result);
        return;
    }
    // A no-op when the application has already brought the file up to date.
    const CacheSchema::Result schema = CacheSchema::upgrade(m_cache->database());
    if (!schema.isOk()) {
        result.error =
            SyncError::cacheWrite(SyncError::WriteFailure::Statement,
                                  CacheSchema::errorText(schema.error) + u' ' + schema.detail);
        m_cache.reset();
        emit opened(result);
        return;
    }
    const SyncBookkeeping bookkeeping(m_cache->database());
    const std::optional<QString> cursor = bookkeeping.cursor();
    const std::optional<QDateTime> lastSyncedAt = bookkeeping.lastSyncedAt();
    if (!cursor || !lastSyncedAt) {
        result.error =
            SyncError::cacheWrite(SyncError::WriteFailure::Statement,
                                  u"reading the cursor: "_s + bookkeeping.lastError().text());
        m_cache.reset();
        emit opened(result);
        return;
    }
    result.cursor = *cursor;
    result.lastSyncedAt = *lastSyncedAt;
    emit opened(result);
}

void SyncWorker::stagePage(int run, const QJsonObject& body, qint64 bodyBytes, bool fromScratch,
                           int page)
{
    if (isAborted(run)) {
        discard(run); // nobody waits for it
        return;
    }
    if (run != m_stagedRun || page == 1) {
        m_staged = {};
        m_stagedRun = run;
        m_stagedFromScratch = fromScratch;
    }
    SyncPageReport report;
    report.page = page;
    report.fromScratch = fromScratch;
    report.thread = QThread::currentThreadId();
    report.bytes = bodyBytes;

    if (!m_cache) {
        report.error = SyncError::cacheUnavailable(CacheOpenError::Io, u"the cache is not open"_s);
        m_staged = {};
        emit pageStaged(run, report);
        return;
    }
    JsonError decodeError;
    std::optional<SyncAnswerBody> answer = SyncAnswerJson::fromJson(body, &decodeError);
    if (!answer) {
        report.error = SyncError::badAnswer(decodeError);
        qCWarning(lcSync).noquote()
            << "Sync page" << page << "is not a sync answer:" << report.error.describe();
        m_staged = {};
        emit pageStaged(run, report);
        return;
    }
    report.describe(*answer);
    m_staged.append(std::move(*answer));
    qCInfo(lcSync).noquote() << "Sync page" << page << "fetched:" << report.rows << "rows,"
                             << report.bytes << "bytes" << (report.more ? "(more to come)" : "");
    emit pageStaged(run, report);
}

void SyncWorker::apply(int run, const QDateTime& now)
{
    QElapsedTimer elapsed;
    elapsed.start();
    // Dropped whatever comes of it: the pages are either in the cache or to be fetched again.
    const QList<SyncAnswerBody> pages =
        run == m_stagedRun ? std::exchange(m_staged, {}) : QList<SyncAnswerBody>();
    SyncError error;
    SyncDigest digest;
    if (!m_cache) {
        error = SyncError::cacheUnavailable(CacheOpenError::Io, u"the cache is not open"_s);
    } else if (isAborted(run)) {
        error = SyncError::cacheWrite(SyncError::WriteFailure::Cancelled, u"cancelled"_s);
    } else if (pages.isEmpty()) {
        // The engine sends apply() after a page with no more to come: never without pages.
        error = SyncError::cacheWrite(SyncError::WriteFailure::Statement, u"no pages staged"_s);
    } else {
        // Before the pages are in: what they bring is told from what the cache has now. A sync
        // from scratch (the first, or the server's data was reset) replaces everything: no news.
        if (!m_stagedFromScratch) {
            SyncDigestCollector collector(m_cache->database());
            const std::optional<SyncDigest> found = collector.collect(pages);
            if (found)
                digest = *found;
            else
                qCWarning(lcSync).noquote() << "What the sync brings new could not be told:"
                                            << collector.lastError().text();
        }
        SyncApplier applier(m_cache->database());
        error =
            applier.apply(pages, now, m_stagedFromScratch, [this, run] { return isAborted(run); });
    }
    if (error.write == SyncError::WriteFailure::Cancelled) {
        qCInfo(lcSync) << "The sync was cancelled before its commit: nothing of it was applied";
    } else if (error.isError()) {
        // Nothing of the sync is in the cache, and neither is its cursor.
        qCWarning(lcSync).noquote()
            << "The sync's" << pages.size() << "pages were not applied:" << error.describe();
    } else {
        qCInfo(lcSync).noquote() << "The sync's" << pages.size() << "pages applied in"
                                 << elapsed.elapsed() << "ms";
    }
    if (error.isError())
        digest = {};
    emit applied(run, error, digest);
}

void SyncWorker::discard(int run)
{
    if (run == m_stagedRun)
        m_staged = {};
}

void SyncWorker::abort(int run)
{
    // Runs only grow: the newest abort covers every older run.
    int aborted = m_abortedRun.load();
    while (aborted < run && !m_abortedRun.compare_exchange_weak(aborted, run)) { }
}
