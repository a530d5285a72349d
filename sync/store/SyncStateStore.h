#pragma once

#include "protocol/types/SyncState.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// Where each part of the cache stands with the server: the cursor to continue from and when it
// was last brought up to date.
class SyncStateStore
{
public:
    explicit SyncStateStore(QSqlDatabase db);

    // Inserts or overwrites the state of state.scope.
    bool save(const SyncState& state);
    bool remove(const QString& scope);
    // Forgets every scope that starts with prefix, e.g. all of one account's on its removal.
    std::optional<int> removeWithPrefix(const QString& prefix);

    // std::nullopt when the scope was never synchronised (lastError() invalid) or on failure.
    std::optional<SyncState> state(const QString& scope) const;
    // Ordered by scope.
    std::optional<QList<SyncState>> states() const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    StoreConnection m_connection;
};
