#include "CapitalRepairWorkJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"
#include "protocol/types/EnumKeys.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EnumKey<CapitalRepairWork::Status> wireStatusKeys[] = {
    {CapitalRepairWork::Status::Planned, u"planned"},
    {CapitalRepairWork::Status::InProgress, u"in_progress"},
    {CapitalRepairWork::Status::Completed, u"done"},
    {CapitalRepairWork::Status::Postponed, u"postponed"},
};
} // namespace

QString CapitalRepairWorkJson::statusKey(CapitalRepairWork::Status status)
{
    return enumToKey(wireStatusKeys, status);
}

std::optional<CapitalRepairWork::Status> CapitalRepairWorkJson::statusFromKey(QStringView key)
{
    return enumFromKey(wireStatusKeys, key);
}

QJsonObject CapitalRepairWorkJson::toJson(const CapitalRepairWork& capitalRepairWork)
{
    QString status = statusKey(capitalRepairWork.status);
    Q_ASSERT_X(!status.isEmpty(), "CapitalRepairWorkJson::toJson",
               "this status has no word in API v1");
    if (status.isEmpty())
        status = CapitalRepairWork::statusKey(capitalRepairWork.status);
    return QJsonObject {
        {u"id"_s, JsonValues::integer(capitalRepairWork.id)},
        {u"name"_s, capitalRepairWork.name},
        {u"plannedFrom"_s, JsonValues::period(capitalRepairWork.plannedFrom)},
        {u"plannedTo"_s, JsonValues::period(capitalRepairWork.plannedTo)},
        {u"status"_s, status},
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
