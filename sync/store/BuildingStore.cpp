#include "store/BuildingStore.h"

#include "store/StoreValues.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

Building buildingFromRow(const QSqlQuery& row)
{
    Building building;
    building.id = row.value(0).toLongLong();
    building.address = row.value(1).toString();
    building.yearBuilt = row.value(2).toInt();
    building.floors = row.value(3).toInt();
    building.entrances = row.value(4).toInt();
    building.flats = row.value(5).toInt();
    building.totalAreaCentiM2 = row.value(6).toInt();
    building.livingAreaCentiM2 = row.value(7).toInt();
    building.wallMaterial = row.value(8).toString();
    building.roofType = row.value(9).toString();
    building.utilities = StoreValues::toStringList(row.value(10));
    // The table's CHECK admits only known words.
    building.fundAccount = Building::fundAccountFromKey(row.value(11).toString())
                               .value_or(Building::FundAccount::Unknown);
    return building;
}

CapitalRepairWork workFromRow(const QSqlQuery& row)
{
    CapitalRepairWork work;
    work.id = row.value(0).toLongLong();
    work.buildingId = row.value(1).toLongLong();
    work.name = row.value(2).toString();
    work.plannedFrom = Period::fromKey(row.value(3).toInt());
    work.plannedTo = Period::fromKey(row.value(4).toInt());
    work.status = CapitalRepairWork::statusFromKey(row.value(5).toString())
                      .value_or(CapitalRepairWork::Status::Planned);
    if (!row.value(6).isNull())
        work.cost = Money::fromKopecks(row.value(6).toLongLong());
    return work;
}

HouseFund fundFromRow(const QSqlQuery& row)
{
    HouseFund fund;
    fund.buildingId = row.value(0).toLongLong();
    fund.asOf = StoreValues::toDate(row.value(1));
    fund.charged = Money::fromKopecks(row.value(2).toLongLong());
    fund.paid = Money::fromKopecks(row.value(3).toLongLong());
    fund.debt = Money::fromKopecks(row.value(4).toLongLong());
    fund.spentOnWorks = Money::fromKopecks(row.value(5).toLongLong());
    return fund;
}

} // namespace

BuildingStore::BuildingStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

bool BuildingStore::upsertBuilding(const Building& building)
{
    return m_connection.upsert(
        u"UPDATE buildings SET address = :address, year_built = :year, floors = :floors, "
        "entrances = :entrances, flats = :flats, total_area_centi_m2 = :total, "
        "living_area_centi_m2 = :living, wall_material = :walls, roof_type = :roof, "
        "utilities = :utilities, fund_account = :fund WHERE id = :id"_s,
        u"INSERT INTO buildings (id, address, year_built, floors, entrances, flats, "
        "total_area_centi_m2, living_area_centi_m2, wall_material, roof_type, utilities, "
        "fund_account) VALUES (:id, :address, :year, :floors, :entrances, :flats, :total, "
        ":living, :walls, :roof, :utilities, :fund)"_s,
        {{u":id"_s, building.id},
         {u":address"_s, building.address},
         {u":year"_s, building.yearBuilt},
         {u":floors"_s, building.floors},
         {u":entrances"_s, building.entrances},
         {u":flats"_s, building.flats},
         {u":total"_s, building.totalAreaCentiM2},
         {u":living"_s, building.livingAreaCentiM2},
         {u":walls"_s, building.wallMaterial},
         {u":roof"_s, building.roofType},
         {u":utilities"_s, StoreValues::fromStringList(building.utilities)},
         {u":fund"_s, Building::fundAccountKey(building.fundAccount)}});
}

bool BuildingStore::removeBuilding(qint64 buildingId)
{
    return m_connection.run(u"DELETE FROM buildings WHERE id = :id"_s, {{u":id"_s, buildingId}});
}

std::optional<Building> BuildingStore::building(qint64 buildingId) const
{
    return m_connection.one(
        u"SELECT id, address, year_built, floors, entrances, flats, total_area_centi_m2, "
        "living_area_centi_m2, wall_material, roof_type, utilities, fund_account "
        "FROM buildings WHERE id = :id"_s,
        {{u":id"_s, buildingId}}, buildingFromRow);
}

bool BuildingStore::upsertWork(const CapitalRepairWork& work)
{
    const QVariant cost =
        work.cost ? QVariant(work.cost->kopecks()) : QVariant(QMetaType::fromType<qint64>());
    return m_connection.upsert(
        u"UPDATE repair_works SET building_id = :building, name = :name, planned_from = :from, "
        "planned_to = :to, status = :status, cost_kopecks = :cost WHERE id = :id"_s,
        u"INSERT INTO repair_works (id, building_id, name, planned_from, planned_to, status, "
        "cost_kopecks) VALUES (:id, :building, :name, :from, :to, :status, :cost)"_s,
        {{u":id"_s, work.id},
         {u":building"_s, work.buildingId},
         {u":name"_s, work.name},
         {u":from"_s, work.plannedFrom.toKey()},
         {u":to"_s, work.plannedTo.toKey()},
         {u":status"_s, CapitalRepairWork::statusKey(work.status)},
         {u":cost"_s, cost}});
}

bool BuildingStore::replaceWorks(qint64 buildingId, const QList<CapitalRepairWork>& works)
{
    const bool sameBuilding =
        std::all_of(works.cbegin(), works.cend(),
                    [&](const CapitalRepairWork& work) { return work.buildingId == buildingId; });
    if (!sameBuilding) {
        return m_connection.fail(QCoreApplication::translate(
            "BuildingStore", "A work belongs to another house than the one being replaced."));
    }
    return m_connection.replace(u"DELETE FROM repair_works WHERE building_id = :building"_s,
                                {{u":building"_s, buildingId}}, works,
                                [this](const CapitalRepairWork& work) { return upsertWork(work); });
}

std::optional<QList<CapitalRepairWork>> BuildingStore::works(qint64 buildingId) const
{
    return m_connection.list(
        u"SELECT id, building_id, name, planned_from, planned_to, status, cost_kopecks "
        "FROM repair_works WHERE building_id = :building ORDER BY planned_from, id"_s,
        {{u":building"_s, buildingId}}, workFromRow);
}

bool BuildingStore::saveHouseFund(const HouseFund& fund)
{
    return m_connection.upsert(
        u"UPDATE house_funds SET as_of = :asOf, charged_kopecks = :charged, "
        "paid_kopecks = :paid, debt_kopecks = :debt, spent_kopecks = :spent "
        "WHERE building_id = :building"_s,
        u"INSERT INTO house_funds (building_id, as_of, charged_kopecks, paid_kopecks, "
        "debt_kopecks, spent_kopecks) VALUES (:building, :asOf, :charged, :paid, :debt, "
        ":spent)"_s,
        {{u":building"_s, fund.buildingId},
         {u":asOf"_s, StoreValues::fromDate(fund.asOf)},
         {u":charged"_s, fund.charged.kopecks()},
         {u":paid"_s, fund.paid.kopecks()},
         {u":debt"_s, fund.debt.kopecks()},
         {u":spent"_s, fund.spentOnWorks.kopecks()}});
}

std::optional<HouseFund> BuildingStore::houseFund(qint64 buildingId) const
{
    return m_connection.one(u"SELECT building_id, as_of, charged_kopecks, paid_kopecks, "
                            "debt_kopecks, spent_kopecks FROM house_funds "
                            "WHERE building_id = :building"_s,
                            {{u":building"_s, buildingId}}, fundFromRow);
}
