#include "store/OutboxStore.h"

#include "store/StoreValues.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString selectColumns = u"SELECT local_id, kind, payload, idempotency_key, created_at_ms, "
                              "attempts, last_error, state FROM outbox "_s;

OutboxItem fromRow(const QSqlQuery& row)
{
    OutboxItem item;
    item.localId = row.value(0).toLongLong();
    // The table's CHECKs admit only known words.
    item.kind = OutboxItem::kindFromKey(row.value(1).toString()).value_or(OutboxItem::Kind::Appeal);
    item.payload = row.value(2).toByteArray();
    item.idempotencyKey = row.value(3).toString();
    item.createdAt = StoreValues::toInstant(row.value(4));
    item.attempts = row.value(5).toInt();
    item.lastError = row.value(6).toString();
    item.state =
        OutboxItem::stateFromKey(row.value(7).toString()).value_or(OutboxItem::State::Pending);
    return item;
}

} // namespace

OutboxStore::OutboxStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

std::optional<qint64> OutboxStore::enqueue(const OutboxItem& item)
{
    const QString key = item.idempotencyKey.isEmpty()
        ? QUuid::createUuid().toString(QUuid::WithoutBraces)
        : item.idempotencyKey;
    const QDateTime createdAt =
        item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc();
    const std::optional<QSqlQuery> query = m_connection.exec(
        u"INSERT INTO outbox (kind, payload, idempotency_key, created_at_ms, attempts, "
        "last_error, state) VALUES (:kind, :payload, :key, :created, 0, '', :state)"_s,
        {{u":kind"_s, OutboxItem::kindKey(item.kind)},
         {u":payload"_s, item.payload},
         {u":key"_s, key},
         {u":created"_s, StoreValues::fromInstant(createdAt)},
         {u":state"_s, OutboxItem::stateKey(OutboxItem::State::Pending)}});
    if (!query)
        return std::nullopt;
    return query->lastInsertId().toLongLong();
}

std::optional<QList<OutboxItem>> OutboxStore::pending(int limit) const
{
    return m_connection.list(
        selectColumns + u"WHERE state = :state ORDER BY local_id LIMIT :limit"_s,
        {{u":state"_s, OutboxItem::stateKey(OutboxItem::State::Pending)}, {u":limit"_s, limit}},
        fromRow);
}

std::optional<QList<OutboxItem>> OutboxStore::all() const
{
    return m_connection.list(selectColumns + u"ORDER BY local_id"_s, {}, fromRow);
}

std::optional<OutboxItem> OutboxStore::item(qint64 localId) const
{
    return m_connection.one(selectColumns + u"WHERE local_id = :local"_s, {{u":local"_s, localId}},
                            fromRow);
}

std::optional<OutboxItem> OutboxStore::itemByIdempotencyKey(const QString& key) const
{
    return m_connection.one(selectColumns + u"WHERE idempotency_key = :key"_s, {{u":key"_s, key}},
                            fromRow);
}

bool OutboxStore::markSending(qint64 localId)
{
    return transition(localId, OutboxItem::State::Pending, OutboxItem::State::Sending,
                      std::nullopt);
}

bool OutboxStore::markSent(qint64 localId)
{
    return transition(localId, OutboxItem::State::Sending, OutboxItem::State::Sent, QString());
}

bool OutboxStore::markForRetry(qint64 localId, const QString& error)
{
    return transition(localId, OutboxItem::State::Sending, OutboxItem::State::Pending, error);
}

bool OutboxStore::markFailed(qint64 localId, const QString& error)
{
    return transition(localId, OutboxItem::State::Sending, OutboxItem::State::Failed, error);
}

bool OutboxStore::transition(qint64 localId, OutboxItem::State from, OutboxItem::State to,
                             const std::optional<QString>& error)
{
    // Entering Sending is what counts as an attempt.
    const bool attempt = to == OutboxItem::State::Sending;
    const std::optional<int> changed = m_connection.change(
        u"UPDATE outbox SET state = :to, attempts = attempts + :attempt, "
        "last_error = coalesce(:error, last_error) WHERE local_id = :local AND state = :from"_s,
        {{u":local"_s, localId},
         {u":from"_s, OutboxItem::stateKey(from)},
         {u":to"_s, OutboxItem::stateKey(to)},
         {u":attempt"_s, attempt ? 1 : 0},
         {u":error"_s, error ? QVariant(*error) : QVariant(QMetaType::fromType<QString>())}});
    if (!changed)
        return false;
    return *changed == 1
        || m_connection.fail(QCoreApplication::translate(
            "OutboxStore", "The outbox item does not exist or is not in the expected state."));
}

std::optional<int> OutboxStore::requeueInterrupted()
{
    return m_connection.change(u"UPDATE outbox SET state = :to WHERE state = :from"_s,
                               {{u":from"_s, OutboxItem::stateKey(OutboxItem::State::Sending)},
                                {u":to"_s, OutboxItem::stateKey(OutboxItem::State::Pending)}});
}

std::optional<int> OutboxStore::removeSent()
{
    return m_connection.change(u"DELETE FROM outbox WHERE state = :state"_s,
                               {{u":state"_s, OutboxItem::stateKey(OutboxItem::State::Sent)}});
}

bool OutboxStore::remove(qint64 localId)
{
    return m_connection.run(u"DELETE FROM outbox WHERE local_id = :local"_s,
                            {{u":local"_s, localId}});
}
