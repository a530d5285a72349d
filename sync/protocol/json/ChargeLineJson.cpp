#include "ChargeLineJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject ChargeLineJson::toJson(const ChargeLine& chargeLine)
{
    return QJsonObject {
        {u"period"_s, JsonValues::period(chargeLine.period)},
        {u"service"_s, chargeLine.service},
        {u"unit"_s, chargeLine.unit},
        {u"quantityHundredths"_s, JsonValues::integer(chargeLine.quantityHundredths)},
        {u"tariffKopecks"_s, JsonValues::money(chargeLine.tariff)},
        {u"baseKopecks"_s, JsonValues::money(chargeLine.baseCharge)},
        {u"recalculationKopecks"_s, JsonValues::money(chargeLine.recalculation)},
        {u"totalKopecks"_s, JsonValues::money(chargeLine.total)},
    };
}

std::optional<ChargeLine> ChargeLineJson::fromJson(const QJsonObject& object, qint64 accountId,
                                                   JsonError* error)
{
    JsonReader reader(object);
    ChargeLine line;
    line.accountId = accountId;
    line.period = reader.period(u"period");
    line.service = reader.string(u"service");
    line.unit = reader.string(u"unit");
    line.quantityHundredths = reader.integer(u"quantityHundredths");
    line.tariff = reader.money(u"tariffKopecks");
    line.baseCharge = reader.money(u"baseKopecks");
    line.recalculation = reader.money(u"recalculationKopecks");
    line.total = reader.money(u"totalKopecks");
    return reader.result(line, error);
}
