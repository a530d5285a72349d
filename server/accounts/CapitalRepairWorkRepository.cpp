#include "accounts/CapitalRepairWorkRepository.h"

#include "accounts/BuildingRepository.h"
#include "accounts/SqlText.h"
#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

CapitalRepairWorkRepository::CapitalRepairWorkRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool CapitalRepairWorkRepository::ensureSchema(PortalDatabase& database)
{
    return BuildingRepository::ensureSchema(database)
        && database.ensureSchema(
            u"capital_repair_works"_s,
            {
                {u"CREATE TABLE capital_repair_works (id INTEGER PRIMARY KEY, "
                 "building_id INTEGER NOT NULL REFERENCES buildings(id) ON DELETE CASCADE, "
                 "name TEXT NOT NULL, planned_from INTEGER NOT NULL, "
                 "planned_to INTEGER NOT NULL, status TEXT NOT NULL, cost_kopecks INTEGER, "
                 "changed_seq INTEGER NOT NULL)"_s,
                 u"CREATE INDEX capital_repair_works_building ON capital_repair_works "
                 "(building_id)"_s,
                 u"CREATE INDEX capital_repair_works_changed ON capital_repair_works "
                 "(changed_seq)"_s},
            });
}

std::optional<qint64> CapitalRepairWorkRepository::insert(const CapitalRepairWork& work,
                                                          qint64 changedSeq)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT INTO capital_repair_works (building_id, name, planned_from, "
                  "planned_to, status, cost_kopecks, changed_seq) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.bindValue(0, work.buildingId);
    query.bindValue(1, SqlText::of(work.name));
    query.bindValue(2, work.plannedFrom.toKey());
    query.bindValue(3, work.plannedTo.toKey());
    query.bindValue(4, CapitalRepairWork::statusKey(work.status));
    query.bindValue(
        5, work.cost ? QVariant(work.cost->kopecks()) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(6, changedSeq);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<QList<CapitalRepairWork>>
CapitalRepairWorkRepository::ofBuilding(qint64 buildingId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT id, name, planned_from, planned_to, status, cost_kopecks "
                  "FROM capital_repair_works WHERE building_id = ? "
                  "ORDER BY planned_from, id"_s);
    query.bindValue(0, buildingId);
    if (!query.exec())
        return std::nullopt;
    QList<CapitalRepairWork> works;
    while (query.next()) {
        CapitalRepairWork work;
        work.id = query.value(0).toLongLong();
        work.buildingId = buildingId;
        work.name = query.value(1).toString();
        work.plannedFrom = Period::fromKey(query.value(2).toInt());
        work.plannedTo = Period::fromKey(query.value(3).toInt());
        work.status = CapitalRepairWork::statusFromKey(query.value(4).toString())
                          .value_or(CapitalRepairWork::Status::Planned);
        if (!query.value(5).isNull())
            work.cost = Money::fromKopecks(query.value(5).toLongLong());
        works.append(work);
    }
    return works;
}
