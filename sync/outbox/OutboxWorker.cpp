#include "outbox/OutboxWorker.h"

#include "outbox/OutboxAnswerWriter.h"
#include "outbox/OutboxLog.h"
#include "outbox/OutboxPayload.h"
#include "outbox/OutboxQueueWriter.h"
#include "store/AppealStore.h"
#include "store/CacheSchema.h"
#include "store/CacheTransaction.h"
#include "store/OutboxStore.h"

#include <QAtomicInteger>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace {
// Each worker's connection needs a name of its own: an old outbox still closing while a new one
// opens may share the process.
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"kabinet-outbox-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

// What recorded() reports for an item the cache could not show.
OutboxItem unknownItem(qint64 localId)
{
    OutboxItem item;
    item.localId = localId;
    item.state = OutboxItem::State::Pending;
    return item;
}

QString notOpen()
{
    return u"the cache is not open"_s;
}
} // namespace

OutboxWorker::OutboxWorker(const QString& cachePath, const DataKey& key, QObject* parent)
    : QObject(parent)
    , m_cachePath(cachePath)
    , m_key(key)
{ }

// Runs on the worker's thread (deleteLater from QThread::finished), where the connection lives.
OutboxWorker::~OutboxWorker() = default;

void OutboxWorker::open()
{
    CacheOpenError openError = CacheOpenError::None;
    QString message;
    QByteArray raw = m_key.bytes();
    m_cache = CacheDatabase::open(m_cachePath, raw, nextConnectionName(), &openError, &message);
    raw.fill('\0');
    m_key = DataKey(); // not needed any more: the connection stays open
    if (!m_cache) {
        qCWarning(lcOutbox).noquote() << "The outbox cannot open the cache:" << message;
        emit opened(message.isEmpty() ? u"cannot open the cache"_s : message, 0);
        return;
    }
    // A no-op when the application has already brought the file up to date.
    const CacheSchema::Result schema = CacheSchema::upgrade(database());
    if (!schema.isOk()) {
        m_cache.reset();
        emit opened(CacheSchema::errorText(schema.error) + u' ' + schema.detail, 0);
        return;
    }
    OutboxStore outbox(database());
    const std::optional<int> requeued = outbox.requeueInterrupted();
    if (!requeued) {
        const QString error = outbox.lastError().text();
        m_cache.reset();
        emit opened(u"requeue: "_s + error, 0);
        return;
    }
    if (*requeued > 0)
        qCInfo(lcOutbox) << *requeued << "interrupted items go again with their keys";
    emit opened(QString(), *requeued);
    publish();
}

void OutboxWorker::queueAppeal(const AppealForm& form, const QString& idempotencyKey)
{
    if (!isOpen())
        return afterQueue(std::nullopt, idempotencyKey, notOpen());
    OutboxQueueWriter writer(database());
    const std::optional<qint64> localId =
        writer.queueAppeal(form, idempotencyKey, QDateTime::currentDateTimeUtc());
    afterQueue(localId, idempotencyKey, writer.lastError());
}

void OutboxWorker::queueMeterReading(qint64 meterId, const MeterReadingForm& form,
                                     const QString& idempotencyKey)
{
    if (!isOpen())
        return afterQueue(std::nullopt, idempotencyKey, notOpen());
    OutboxQueueWriter writer(database());
    const std::optional<qint64> localId =
        writer.queueMeterReading(meterId, form, idempotencyKey, QDateTime::currentDateTimeUtc());
    afterQueue(localId, idempotencyKey, writer.lastError());
}

void OutboxWorker::queueTypoReport(const TypoReportForm& form, const QString& idempotencyKey)
{
    if (!isOpen())
        return afterQueue(std::nullopt, idempotencyKey, notOpen());
    OutboxQueueWriter writer(database());
    const std::optional<qint64> localId =
        writer.queueTypoReport(form, idempotencyKey, QDateTime::currentDateTimeUtc());
    afterQueue(localId, idempotencyKey, writer.lastError());
}

void OutboxWorker::queueSubscriptionChange(bool enabled, const QString& idempotencyKey)
{
    if (!isOpen())
        return afterQueue(std::nullopt, idempotencyKey, notOpen());
    OutboxQueueWriter writer(database());
    const std::optional<qint64> localId =
        writer.queueSubscriptionChange(enabled, idempotencyKey, QDateTime::currentDateTimeUtc());
    afterQueue(localId, idempotencyKey, writer.lastError());
}

void OutboxWorker::afterQueue(const std::optional<qint64>& localId, const QString& idempotencyKey,
                              const QString& error)
{
    if (!localId) {
        qCWarning(lcOutbox).noquote() << "Cannot queue an item:" << error;
        emit queueFailed(idempotencyKey, error);
        return;
    }
    qCInfo(lcOutbox) << "Queued item" << *localId;
    publish();
    emit queued(*localId, idempotencyKey);
}

void OutboxWorker::takeNext()
{
    if (!isOpen()) {
        emit storeFailed(notOpen());
        emit drained();
        return;
    }
    OutboxStore outbox(database());
    const std::optional<QList<OutboxItem>> next = outbox.pending(1);
    if (!next) {
        reportStoreFailure(u"pending"_s, outbox.lastError().text());
        emit drained();
        return;
    }
    if (next->isEmpty()) {
        emit drained();
        return;
    }
    OutboxItem item = next->constFirst();
    // Sending is written before the request leaves: a crash from here on leaves the item in
    // Sending, and the next start sends it again with the same key.
    if (!outbox.markSending(item.localId)) {
        reportStoreFailure(u"markSending"_s, outbox.lastError().text());
        emit drained();
        return;
    }
    item.state = OutboxItem::State::Sending;
    ++item.attempts;
    publish();
    emit taken(item);
}

std::optional<OutboxItem> OutboxWorker::sendingItem(qint64 localId)
{
    if (!isOpen()) {
        emit storeFailed(notOpen());
        return std::nullopt;
    }
    OutboxStore outbox(database());
    std::optional<OutboxItem> item = outbox.item(localId);
    if (!item || item->state != OutboxItem::State::Sending) {
        reportStoreFailure(u"item"_s,
                           item || outbox.lastError().isValid() ? outbox.lastError().text()
                                                                : u"no such item being sent"_s);
        return std::nullopt;
    }
    return item;
}

void OutboxWorker::recordSent(qint64 localId, const OutboxAnswer& answer)
{
    std::optional<OutboxItem> item = sendingItem(localId);
    if (!item) {
        emit recorded(unknownItem(localId), false);
        return;
    }
    OutboxAnswerWriter writer(database());
    if (!writer.sent(*item, answer)) {
        reportStoreFailure(u"sent"_s, writer.lastError());
        // The server has it: sending again with the same key only replays its answer.
        OutboxStore(database()).markForRetry(localId, QString());
        publish();
        emit recorded(*item, false);
        return;
    }
    qCInfo(lcOutbox) << "Item" << localId << "sent";
    item->state = OutboxItem::State::Sent;
    item->lastError.clear();
    publish();
    emit recorded(*item, true);
}

void OutboxWorker::recordRefusal(qint64 localId, const QString& message)
{
    std::optional<OutboxItem> item = sendingItem(localId);
    if (!item) {
        emit recorded(unknownItem(localId), false);
        return;
    }
    OutboxAnswerWriter writer(database());
    if (!writer.refused(*item, message)) {
        reportStoreFailure(u"refused"_s, writer.lastError());
        OutboxStore(database()).markForRetry(localId, message);
        publish();
        emit recorded(*item, false);
        return;
    }
    qCInfo(lcOutbox) << "Item" << localId << "refused by the server";
    item->state = OutboxItem::State::Failed;
    item->lastError = message;
    publish();
    emit recorded(*item, true);
}

void OutboxWorker::putBack(qint64 localId, const QString& error)
{
    std::optional<OutboxItem> item = sendingItem(localId);
    if (!item) {
        emit recorded(unknownItem(localId), false);
        return;
    }
    OutboxStore outbox(database());
    const bool ok = outbox.markForRetry(localId, error);
    if (!ok)
        reportStoreFailure(u"markForRetry"_s, outbox.lastError().text());
    item->state = OutboxItem::State::Pending;
    item->lastError = error;
    publish();
    emit recorded(*item, ok);
}

void OutboxWorker::discard(qint64 localId)
{
    if (!isOpen()) {
        emit storeFailed(notOpen());
        return;
    }
    OutboxStore outbox(database());
    const std::optional<OutboxItem> item = outbox.item(localId);
    if (!item) {
        if (outbox.lastError().isValid())
            reportStoreFailure(u"item"_s, outbox.lastError().text());
        return;
    }
    // An item being sent may still reach the server: it ends as the answer says.
    if (item->state == OutboxItem::State::Sending)
        return;
    CacheTransaction transaction(database());
    const std::optional<OutboxPayload> payload = OutboxPayload::fromBytes(item->payload);
    AppealStore appeals(database());
    if (item->kind == OutboxItem::Kind::Appeal && payload && payload->appealLocalId) {
        const std::optional<Appeal> appeal = appeals.appeal(*payload->appealLocalId);
        // Only an appeal the server never registered is this item's to drop.
        if (appeal && !appeal->serverId && !appeals.remove(appeal->localId))
            return reportStoreFailure(u"discard"_s, appeals.lastError().text());
    }
    if (!outbox.remove(localId))
        return reportStoreFailure(u"discard"_s, outbox.lastError().text());
    if (!transaction.commit())
        return reportStoreFailure(u"discard"_s, transaction.lastError().text());
    qCInfo(lcOutbox) << "Item" << localId << "discarded";
    publish();
}

void OutboxWorker::publish()
{
    const std::optional<QList<OutboxItem>> items = OutboxStore(database()).all();
    if (items)
        emit itemsChanged(*items);
}

void OutboxWorker::reportStoreFailure(const QString& what, const QString& error)
{
    qCWarning(lcOutbox).noquote() << "Outbox cache failure (" << what << "):" << error;
    emit storeFailed(error);
}
