#include "accounts/BuildingRepository.h"

#include "accounts/SqlText.h"
#include "storage/PortalDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
QString utilitiesText(const QStringList& utilities)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(utilities)).toJson(QJsonDocument::Compact));
}

QStringList utilitiesFromText(const QString& text)
{
    QStringList utilities;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array)
        utilities.append(value.toString());
    return utilities;
}
} // namespace

BuildingRepository::BuildingRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool BuildingRepository::ensureSchema(PortalDatabase& database)
{
    return database.ensureSchema(
        u"buildings"_s,
        {
            {u"CREATE TABLE buildings (id INTEGER PRIMARY KEY, address TEXT NOT NULL, "
             "year_built INTEGER NOT NULL, floors INTEGER NOT NULL, entrances INTEGER NOT NULL, "
             "flats INTEGER NOT NULL, total_area_centi_m2 INTEGER NOT NULL, "
             "living_area_centi_m2 INTEGER NOT NULL, wall_material TEXT NOT NULL, "
             "roof_type TEXT NOT NULL, utilities TEXT NOT NULL, fund_account TEXT NOT NULL, "
             "changed_seq INTEGER NOT NULL)"_s,
             u"CREATE INDEX buildings_changed ON buildings (changed_seq)"_s},
        });
}

std::optional<qint64> BuildingRepository::insert(const Building& building, qint64 changedSeq)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT INTO buildings (address, year_built, floors, entrances, flats, "
                  "total_area_centi_m2, living_area_centi_m2, wall_material, roof_type, "
                  "utilities, fund_account, changed_seq) VALUES (:address, :year, :floors, "
                  ":entrances, :flats, :total, :living, :wall, :roof, :utilities, :fund, "
                  ":seq)"_s);
    query.bindValue(u":address"_s, SqlText::of(building.address));
    query.bindValue(u":year"_s, building.yearBuilt);
    query.bindValue(u":floors"_s, building.floors);
    query.bindValue(u":entrances"_s, building.entrances);
    query.bindValue(u":flats"_s, building.flats);
    query.bindValue(u":total"_s, building.totalAreaCentiM2);
    query.bindValue(u":living"_s, building.livingAreaCentiM2);
    query.bindValue(u":wall"_s, SqlText::of(building.wallMaterial));
    query.bindValue(u":roof"_s, SqlText::of(building.roofType));
    query.bindValue(u":utilities"_s, utilitiesText(building.utilities));
    query.bindValue(u":fund"_s, Building::fundAccountKey(building.fundAccount));
    query.bindValue(u":seq"_s, changedSeq);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

Lookup<Building> BuildingRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT id, address, year_built, floors, entrances, flats, "
                  "total_area_centi_m2, living_area_centi_m2, wall_material, roof_type, "
                  "utilities, fund_account FROM buildings WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return Lookup<Building>::failure();
    if (!query.next())
        return Lookup<Building>::missing();
    Building building;
    building.id = query.value(0).toLongLong();
    building.address = query.value(1).toString();
    building.yearBuilt = query.value(2).toInt();
    building.floors = query.value(3).toInt();
    building.entrances = query.value(4).toInt();
    building.flats = query.value(5).toInt();
    building.totalAreaCentiM2 = query.value(6).toInt();
    building.livingAreaCentiM2 = query.value(7).toInt();
    building.wallMaterial = query.value(8).toString();
    building.roofType = query.value(9).toString();
    building.utilities = utilitiesFromText(query.value(10).toString());
    building.fundAccount = Building::fundAccountFromKey(query.value(11).toString())
                               .value_or(Building::FundAccount::Unknown);
    return Lookup<Building>::found(building);
}
