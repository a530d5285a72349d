#include "engine/SyncBuildingPruner.h"

using namespace Qt::Literals::StringLiterals;

SyncBuildingPruner::SyncBuildingPruner(QSqlDatabase db)
    : m_connection(db)
    , m_buildings(db)
{ }

std::optional<int> SyncBuildingPruner::prune()
{
    const std::optional<QList<qint64>> unnamed =
        m_connection.list(u"SELECT id FROM buildings WHERE id NOT IN "
                          "(SELECT building_id FROM accounts WHERE building_id IS NOT NULL)"_s,
                          {}, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    if (!unnamed) {
        m_lastError = m_connection.lastError();
        return std::nullopt;
    }
    for (const qint64 id : *unnamed) {
        if (!m_buildings.removeBuilding(id)) {
            m_lastError = m_buildings.lastError();
            return std::nullopt;
        }
    }
    m_lastError = QSqlError();
    return int(unnamed->size());
}
