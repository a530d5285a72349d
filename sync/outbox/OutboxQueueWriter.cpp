#include "outbox/OutboxQueueWriter.h"

#include "outbox/OutboxPayload.h"
#include "protocol/json/AppealFormJson.h"
#include "protocol/json/MeterReadingFormJson.h"
#include "protocol/json/ProfileChanges.h"
#include "protocol/json/ProfileChangesJson.h"
#include "protocol/json/TypoReportFormJson.h"
#include "store/AppealStore.h"
#include "store/CacheTransaction.h"
#include "store/MeterStore.h"
#include "store/OutboxStore.h"
#include "store/UserStore.h"

using namespace Qt::Literals::StringLiterals;

OutboxQueueWriter::OutboxQueueWriter(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::nullopt_t OutboxQueueWriter::fail(const QString& error)
{
    m_lastError = error;
    return std::nullopt;
}

std::optional<qint64>
OutboxQueueWriter::queue(OutboxItem::Kind kind, const QString& idempotencyKey, const QDateTime& now,
                         const std::function<std::optional<OutboxPayload>()>& work)
{
    m_lastError.clear();
    CacheTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(u"begin: "_s + transaction.lastError().text());
    const std::optional<OutboxPayload> payload = work();
    if (!payload)
        return std::nullopt; // work() said why; the transaction rolls back
    OutboxItem item;
    item.kind = kind;
    item.payload = payload->toBytes();
    item.idempotencyKey = idempotencyKey;
    item.createdAt = now;
    OutboxStore outbox(m_db);
    const std::optional<qint64> localId = outbox.enqueue(item);
    if (!localId)
        return fail(u"enqueue: "_s + outbox.lastError().text());
    if (!transaction.commit())
        return fail(u"commit: "_s + transaction.lastError().text());
    return localId;
}

std::optional<qint64> OutboxQueueWriter::queueAppeal(const AppealForm& form,
                                                     const QString& idempotencyKey,
                                                     const QDateTime& now)
{
    return queue(OutboxItem::Kind::Appeal, idempotencyKey, now,
                 [&]() -> std::optional<OutboxPayload> {
                     Appeal appeal;
                     appeal.accountId = form.accountId;
                     appeal.topic = form.topic;
                     appeal.text = form.text;
                     appeal.status = Appeal::Status::Queued;
                     appeal.createdAt = now;
                     AppealStore appeals(m_db);
                     const std::optional<qint64> appealId = appeals.create(appeal);
                     if (!appealId)
                         return fail(u"the queued appeal: "_s + appeals.lastError().text());
                     OutboxPayload payload;
                     payload.body = AppealFormJson::toJson(form);
                     payload.appealLocalId = *appealId;
                     return payload;
                 });
}

std::optional<qint64> OutboxQueueWriter::queueMeterReading(qint64 meterId,
                                                           const MeterReadingForm& form,
                                                           const QString& idempotencyKey,
                                                           const QDateTime& now)
{
    return queue(OutboxItem::Kind::MeterReading, idempotencyKey, now,
                 [&]() -> std::optional<OutboxPayload> {
                     MeterStore meters(m_db);
                     const std::optional<Meter> meter = meters.meter(meterId);
                     if (!meter && meters.lastError().isValid())
                         return fail(u"the meter: "_s + meters.lastError().text());
                     // A meter the cache does not know yet (no sync since it was added) cannot
                     // hold readings; the server's answer tells whether it exists.
                     if (meter) {
                         const MeterReading reading {meterId, form.date, form.valueThousandths,
                                                     MeterReading::State::Pending};
                         if (!meters.saveReading(reading))
                             return fail(u"the pending reading: "_s + meters.lastError().text());
                     }
                     OutboxPayload payload;
                     payload.body = MeterReadingFormJson::toJson(form);
                     payload.meterId = meterId;
                     return payload;
                 });
}

std::optional<qint64> OutboxQueueWriter::queueTypoReport(const TypoReportForm& form,
                                                         const QString& idempotencyKey,
                                                         const QDateTime& now)
{
    return queue(OutboxItem::Kind::TypoReport, idempotencyKey, now,
                 [&]() -> std::optional<OutboxPayload> {
                     OutboxPayload payload;
                     payload.body = TypoReportFormJson::toJson(form);
                     return payload;
                 });
}

std::optional<qint64> OutboxQueueWriter::queueSubscriptionChange(bool enabled,
                                                                 const QString& idempotencyKey,
                                                                 const QDateTime& now)
{
    return queue(OutboxItem::Kind::SubscriptionChange, idempotencyKey, now,
                 [&]() -> std::optional<OutboxPayload> {
                     UserStore users(m_db);
                     const std::optional<UserProfile> profile = users.profile();
                     if (!profile && users.lastError().isValid())
                         return fail(u"the profile: "_s + users.lastError().text());
                     if (profile && !users.setReceiptsByEmail(enabled))
                         return fail(u"the profile: "_s + users.lastError().text());
                     ProfileChanges changes;
                     changes.receiptSubscription = enabled;
                     OutboxPayload payload;
                     payload.body = ProfileChangesJson::toJson(changes);
                     return payload;
                 });
}
