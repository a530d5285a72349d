#include "RecalculationJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject RecalculationJson::toJson(const Recalculation& recalculation)
{
    return QJsonObject {
        {u"id"_s, JsonValues::integer(recalculation.id)},
        {u"appliedIn"_s, JsonValues::period(recalculation.appliedIn)},
        {u"corrects"_s, JsonValues::period(recalculation.corrects)},
        {u"amountKopecks"_s, JsonValues::money(recalculation.amount)},
        {u"reason"_s, recalculation.reason},
    };
}

std::optional<Recalculation> RecalculationJson::fromJson(const QJsonObject& object,
                                                         qint64 accountId, JsonError* error)
{
    JsonReader reader(object);
    Recalculation recalculation;
    recalculation.id = reader.integer(u"id");
    recalculation.accountId = accountId;
    recalculation.appliedIn = reader.period(u"appliedIn");
    recalculation.corrects = reader.period(u"corrects");
    recalculation.amount = reader.money(u"amountKopecks");
    recalculation.reason = reader.string(u"reason");
    return reader.result(recalculation, error);
}
