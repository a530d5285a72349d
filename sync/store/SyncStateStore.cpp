#include "store/SyncStateStore.h"

#include "store/StoreValues.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString selectColumns = u"SELECT scope, cursor, last_synced_at_ms FROM sync_state "_s;

SyncState fromRow(const QSqlQuery& row)
{
    return SyncState {row.value(0).toString(), row.value(1).toString(),
                      StoreValues::toInstant(row.value(2))};
}

} // namespace

SyncStateStore::SyncStateStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

bool SyncStateStore::save(const SyncState& state)
{
    return m_connection.upsert(
        u"UPDATE sync_state SET cursor = :cursor, last_synced_at_ms = :synced "
        "WHERE scope = :scope"_s,
        u"INSERT INTO sync_state (scope, cursor, last_synced_at_ms) "
        "VALUES (:scope, :cursor, :synced)"_s,
        {{u":scope"_s, state.scope},
         {u":cursor"_s, state.cursor},
         {u":synced"_s, StoreValues::fromInstant(state.lastSyncedAt)}});
}

bool SyncStateStore::remove(const QString& scope)
{
    return m_connection.run(u"DELETE FROM sync_state WHERE scope = :scope"_s,
                            {{u":scope"_s, scope}});
}

std::optional<int> SyncStateStore::removeWithPrefix(const QString& prefix)
{
    // substr() rather than LIKE: a prefix may contain '%' or '_'.
    return m_connection.change(
        u"DELETE FROM sync_state WHERE substr(scope, 1, length(:prefix)) = :prefix"_s,
        {{u":prefix"_s, prefix}});
}

std::optional<SyncState> SyncStateStore::state(const QString& scope) const
{
    return m_connection.one(selectColumns + u"WHERE scope = :scope"_s, {{u":scope"_s, scope}},
                            fromRow);
}

std::optional<QList<SyncState>> SyncStateStore::states() const
{
    return m_connection.list(selectColumns + u"ORDER BY scope"_s, {}, fromRow);
}
