#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// What an outbox item's payload column holds: the JSON request body exactly as it is to be sent,
// plus what the request needs besides the body and the cache needs after the answer, in an
// envelope of its own (compact JSON):
//
//     {"body": {…the request body…}, "meterId": 11, "appealLocalId": 5}
//
// meterId is the meter of a reading (the body has no place for it: it is in the URL);
// appealLocalId is the local appeal the queued appeal is shown as, to be joined to the server's
// once that is in. Both are absent when they do not apply.
struct OutboxPayload
{
    QJsonObject body;
    std::optional<qint64> meterId;
    std::optional<qint64> appealLocalId;

    QByteArray toBytes() const;
    // std::nullopt when bytes are not such an envelope.
    static std::optional<OutboxPayload> fromBytes(const QByteArray& bytes);

    friend bool operator==(const OutboxPayload&, const OutboxPayload&) = default;
};
