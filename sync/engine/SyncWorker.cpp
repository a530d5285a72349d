#include "engine/SyncWorker.h"

#include "engine/SyncApplier.h"
#include "engine/SyncBookkeeping.h"
#include "engine/SyncLog.h"
#include "protocol/json/SyncAnswerJson.h"
#include "store/CacheSchema.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

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

void SyncWorker::applyPage(const QJsonObject& body, bool fromScratch, int page,
                           const QDateTime& now)
{
    QElapsedTimer elapsed;
    elapsed.start();
    SyncPageReport report;
    report.page = page;
    report.fromScratch = fromScratch;
    report.appliedAt = now;
    report.thread = QThread::currentThreadId();
    // The transport hands over the parsed object, not the bytes; its compact form is about what
    // the server sent, which is compact JSON too.
    report.bytes = QJsonDocument(body).toJson(QJsonDocument::Compact).size();

    if (!m_cache) {
        report.error = SyncError::cacheUnavailable(CacheOpenError::Io, u"the cache is not open"_s);
        emit pageApplied(report);
        return;
    }
    JsonError decodeError;
    const std::optional<SyncAnswerBody> answer = SyncAnswerJson::fromJson(body, &decodeError);
    if (!answer) {
        report.error = SyncError::badAnswer(decodeError);
        qCWarning(lcSync).noquote()
            << "Sync page" << page << "is not a sync answer:" << report.error.describe();
        emit pageApplied(report);
        return;
    }
    report.describe(*answer);
    SyncApplier applier(m_cache->database());
    report.error = applier.apply(*answer, now, fromScratch);
    if (report.error.isError()) {
        qCWarning(lcSync).noquote()
            << "Sync page" << page << "was not applied:" << report.error.describe();
        // Nothing of it is in the cache, and neither is its cursor.
        report.cursor.clear();
    } else {
        qCInfo(lcSync).noquote() << "Sync page" << page << "applied:" << report.rows << "rows,"
                                 << report.bytes << "bytes in" << elapsed.elapsed() << "ms"
                                 << (report.more ? "(more to come)" : "");
    }
    emit pageApplied(report);
}
