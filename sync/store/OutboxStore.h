#pragma once

#include "protocol/types/OutboxItem.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// Changes waiting to be sent to the server, in the order they were made. Items live in the cache
// file, so they survive a restart; an item that was being sent when the client stopped is put back
// in line by requeueInterrupted().
//
// Life of an item: Pending → (markSending) Sending → markSent: Sent
//                                                 → markForRetry: Pending again
//                                                 → markFailed: Failed (for good)
class OutboxStore
{
public:
    explicit OutboxStore(QSqlDatabase db);

    // Queues item as Pending with no attempts, ignoring its localId, state, attempts and
    // lastError. An empty idempotencyKey gets a fresh UUID, an invalid createdAt the current time.
    // Fails when the idempotency key is already queued. Returns the local id.
    std::optional<qint64> enqueue(const OutboxItem& item);

    // Pending items, oldest first; all of them when limit is negative.
    std::optional<QList<OutboxItem>> pending(int limit = -1) const;
    // Every item, oldest first.
    std::optional<QList<OutboxItem>> all() const;
    // std::nullopt when there is no such item (lastError() invalid) or on failure.
    std::optional<OutboxItem> item(qint64 localId) const;
    std::optional<OutboxItem> itemByIdempotencyKey(const QString& key) const;

    // Each fails when the item is not in the state the transition starts from.
    bool markSending(qint64 localId); // Pending → Sending; counts an attempt, keeps the last error
    bool markSent(qint64 localId); // Sending → Sent; clears the last error
    bool markForRetry(qint64 localId, const QString& error); // Sending → Pending
    bool markFailed(qint64 localId, const QString& error); // Sending → Failed

    // Puts items left in Sending by a client that stopped mid-attempt back to Pending; returns
    // how many.
    std::optional<int> requeueInterrupted();
    // Drops items the server has confirmed; returns how many.
    std::optional<int> removeSent();
    bool remove(qint64 localId);

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    // error replaces the last error when given (an empty one clears it).
    bool transition(qint64 localId, OutboxItem::State from, OutboxItem::State to,
                    const std::optional<QString>& error);

    StoreConnection m_connection;
};
