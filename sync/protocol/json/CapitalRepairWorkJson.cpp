#include "CapitalRepairWorkJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QString CapitalRepairWorkJson::statusKey(CapitalRepairWork::Status status)
{
    return CapitalRepairWork::statusKey(status);
}

std::optional<CapitalRepairWork::Status> CapitalRepairWorkJson::statusFromKey(QStringView key)
{
    return CapitalRepairWork::statusFromKey(key);
}

QJsonObject CapitalRepairWorkJson::toJson(const CapitalRepairWork& capitalRepairWork)
{
    return QJsonObject {
        {u"id"_s, JsonValues::integer(capitalRepairWork.id)},
        {u"name"_s, capitalRepairWork.name},
        {u"plannedFrom"_s, JsonValues::period(capitalRepairWork.plannedFrom)},
        {u"plannedTo"_s, JsonValues::period(capitalRepairWork.plannedTo)},
        {u"status"_s, statusKey(capitalRepairWork.status)},
        {u"costKopecks"_s, JsonValues::optionalMoney(capitalRepairWork.cost)},
    };
}

std::optional<CapitalRepairWork>
CapitalRepairWorkJson::fromJson(const QJsonObject& object, qint64 buildingId, JsonError* error)
{
    JsonReader reader(object);
    CapitalRepairWork work;
    work.id = reader.integer(u"id");
    work.buildingId = buildingId;
    work.name = reader.string(u"name");
    work.plannedFrom = reader.period(u"plannedFrom");
    work.plannedTo = reader.period(u"plannedTo");
    work.status = reader.enumeration<CapitalRepairWork::Status>(u"status", statusFromKey);
    work.cost = reader.optionalMoney(u"costKopecks");
    return reader.result(work, error);
}
