#pragma once

#include "idempotency/IdempotencyRecord.h"

#include <QtGlobal>

#include <optional>

class PortalDatabase;

// The table idempotency_keys: the successful answers to requests that carried an
// Idempotency-Key, per user and key, kept for 24 hours. IdempotentPost is its only user.
class IdempotencyStore
{
public:
    static constexpr qint64 retentionSecs = 24 * 60 * 60;

    // Needs the users table (records go with their user).
    static bool ensureSchema(PortalDatabase& database);

    explicit IdempotencyStore(PortalDatabase& database);

    // What a lookup found.
    struct Lookup
    {
        bool ok = false; // false on a database error
        std::optional<IdempotencyRecord> record; // a live record of this user and key
    };
    // The record of userId and key if it is younger than retentionSecs at nowSecs.
    Lookup find(qint64 userId, const QString& key, qint64 nowSecs) const;
    // Stores record, replacing an expired one of the same user and key.
    bool save(const IdempotencyRecord& record);
    // Removes every record that is retentionSecs old or older at nowSecs.
    bool purgeExpired(qint64 nowSecs);

private:
    PortalDatabase& m_database;
};
