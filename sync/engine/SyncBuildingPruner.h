#pragma once

#include "store/BuildingStore.h"
#include "store/StoreConnection.h"

#include <QSqlDatabase>
#include <QSqlError>

// Drops the cached houses that no cached account names any more. The server never announces such
// a house (docs/api.md: "the client drops it"), so the client finds them itself after every page.
class SyncBuildingPruner
{
public:
    explicit SyncBuildingPruner(QSqlDatabase db);

    // The number of houses dropped; std::nullopt on failure.
    std::optional<int> prune();

    QSqlError lastError() const { return m_lastError; }

private:
    // BuildingStore cannot list houses, so the one query it lacks is made here.
    StoreConnection m_connection;
    BuildingStore m_buildings;
    QSqlError m_lastError;
};
