#include "idempotency/IdempotencyStore.h"

#include "auth/UserRepository.h"
#include "core/PortalLog.h"
#include "storage/PortalDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

bool IdempotencyStore::ensureSchema(PortalDatabase& database)
{
    return UserRepository::ensureSchema(database)
        && database.ensureSchema(
            u"idempotency"_s,
            {
                {u"CREATE TABLE idempotency_keys ("
                 "user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                 "key TEXT NOT NULL, "
                 "fingerprint BLOB NOT NULL, "
                 "status INTEGER NOT NULL, "
                 "content_type BLOB NOT NULL, "
                 "body BLOB NOT NULL, "
                 "created_at INTEGER NOT NULL, "
                 "PRIMARY KEY (user_id, key))"_s,
                 u"CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)"_s},
            });
}

IdempotencyStore::IdempotencyStore(PortalDatabase& database)
    : m_database(database)
{ }

IdempotencyStore::Lookup IdempotencyStore::find(qint64 userId, const QString& key,
                                                qint64 nowSecs) const
{
    Lookup lookup;
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT fingerprint, status, content_type, body, created_at "
                  "FROM idempotency_keys WHERE user_id = ? AND key = ? AND created_at > ?"_s);
    query.addBindValue(userId);
    query.addBindValue(key);
    query.addBindValue(nowSecs - retentionSecs);
    if (!query.exec()) {
        qCWarning(lcPortal, "Idempotency lookup failed: %s",
                  qUtf8Printable(query.lastError().text()));
        return lookup;
    }
    lookup.ok = true;
    if (!query.next())
        return lookup;
    IdempotencyRecord record;
    record.userId = userId;
    record.key = key;
    record.fingerprint = query.value(0).toByteArray();
    record.answer.status = query.value(1).toInt();
    record.answer.contentType = query.value(2).toByteArray();
    record.answer.body = query.value(3).toByteArray();
    record.createdAtSecs = query.value(4).toLongLong();
    lookup.record = record;
    return lookup;
}

bool IdempotencyStore::save(const IdempotencyRecord& record)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT OR REPLACE INTO idempotency_keys "
                  "(user_id, key, fingerprint, status, content_type, body, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.userId);
    query.addBindValue(record.key);
    query.addBindValue(record.fingerprint);
    query.addBindValue(record.answer.status);
    // Bound as blobs even when empty: a null QByteArray would be bound as NULL.
    query.addBindValue(record.answer.contentType.isNull() ? QByteArray("")
                                                          : record.answer.contentType);
    query.addBindValue(record.answer.body.isNull() ? QByteArray("") : record.answer.body);
    query.addBindValue(record.createdAtSecs);
    if (!query.exec()) {
        qCWarning(lcPortal, "Storing an idempotency key failed: %s",
                  qUtf8Printable(query.lastError().text()));
        return false;
    }
    return true;
}

bool IdempotencyStore::purgeExpired(qint64 nowSecs)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"DELETE FROM idempotency_keys WHERE created_at <= ?"_s);
    query.addBindValue(nowSecs - retentionSecs);
    if (!query.exec()) {
        qCWarning(lcPortal, "Purging idempotency keys failed: %s",
                  qUtf8Printable(query.lastError().text()));
        return false;
    }
    return true;
}
