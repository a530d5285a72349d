#include "BuildingJson.h"

#include "protocol/json/CapitalRepairWorkJson.h"
#include "protocol/json/HouseFundJson.h"
#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QJsonObject BuildingJson::toJson(const BuildingDetails& buildingDetails)
{
    const Building& building = buildingDetails.building;
    QJsonArray works;
    for (const CapitalRepairWork& work : buildingDetails.works)
        works.append(CapitalRepairWorkJson::toJson(work));
    return QJsonObject {
        {u"id"_s, JsonValues::integer(building.id)},
        {u"address"_s, building.address},
        {u"yearBuilt"_s, building.yearBuilt},
        {u"floors"_s, building.floors},
        {u"entrances"_s, building.entrances},
        {u"flats"_s, building.flats},
        {u"totalAreaCentiM2"_s, building.totalAreaCentiM2},
        {u"livingAreaCentiM2"_s, building.livingAreaCentiM2},
        {u"wallMaterial"_s, building.wallMaterial},
        {u"roofType"_s, building.roofType},
        {u"utilities"_s, JsonValues::stringList(building.utilities)},
        {u"fundAccount"_s, Building::fundAccountKey(building.fundAccount)},
        {u"works"_s, works},
        {u"fund"_s, HouseFundJson::toJson(buildingDetails.fund)},
    };
}

std::optional<BuildingDetails> BuildingJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    BuildingDetails details;
    Building& building = details.building;
    building.id = reader.integer(u"id");
    building.address = reader.string(u"address");
    building.yearBuilt = reader.int32(u"yearBuilt");
    building.floors = reader.int32(u"floors");
    building.entrances = reader.int32(u"entrances");
    building.flats = reader.int32(u"flats");
    building.totalAreaCentiM2 = reader.int32(u"totalAreaCentiM2");
    building.livingAreaCentiM2 = reader.int32(u"livingAreaCentiM2");
    building.wallMaterial = reader.string(u"wallMaterial");
    building.roofType = reader.string(u"roofType");
    building.utilities = reader.stringList(u"utilities");
    building.fundAccount =
        reader.enumeration<Building::FundAccount>(u"fundAccount", Building::fundAccountFromKey);
    const qint64 buildingId = building.id;
    details.works = reader.objectList<CapitalRepairWork>(
        u"works", [buildingId](const QJsonObject& work, JsonError* workError) {
            return CapitalRepairWorkJson::fromJson(work, buildingId, workError);
        });
    details.fund = reader.object<HouseFund>(
        u"fund", [buildingId](const QJsonObject& fund, JsonError* fundError) {
            return HouseFundJson::fromJson(fund, buildingId, fundError);
        });
    return reader.result(details, error);
}
