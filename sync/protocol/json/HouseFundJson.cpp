#include "HouseFundJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject HouseFundJson::toJson(const HouseFund& houseFund)
{
    return QJsonObject {
        {u"asOf"_s, JsonValues::date(houseFund.asOf)},
        {u"chargedKopecks"_s, JsonValues::money(houseFund.charged)},
        {u"paidKopecks"_s, JsonValues::money(houseFund.paid)},
        {u"debtKopecks"_s, JsonValues::money(houseFund.debt)},
        {u"spentKopecks"_s, JsonValues::money(houseFund.spentOnWorks)},
    };
}

std::optional<HouseFund> HouseFundJson::fromJson(const QJsonObject& object, qint64 buildingId,
                                                 JsonError* error)
{
    JsonReader reader(object);
    HouseFund fund;
    fund.buildingId = buildingId;
    fund.asOf = reader.optionalDate(u"asOf");
    fund.charged = reader.money(u"chargedKopecks");
    fund.paid = reader.money(u"paidKopecks");
    fund.debt = reader.money(u"debtKopecks");
    fund.spentOnWorks = reader.money(u"spentKopecks");
    return reader.result(fund, error);
}
