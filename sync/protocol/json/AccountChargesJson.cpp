#include "AccountChargesJson.h"

#include "protocol/json/ChargeLineJson.h"
#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"
#include "protocol/json/RecalculationJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QJsonObject AccountChargesJson::toJson(const AccountCharges& accountCharges)
{
    QJsonArray lines;
    for (const ChargeLine& line : accountCharges.lines)
        lines.append(ChargeLineJson::toJson(line));
    QJsonArray recalculations;
    for (const Recalculation& recalculation : accountCharges.recalculations)
        recalculations.append(RecalculationJson::toJson(recalculation));
    return QJsonObject {
        {u"lastClosedPeriod"_s, JsonValues::period(accountCharges.lastClosedPeriod)},
        {u"lines"_s, lines},
        {u"recalculations"_s, recalculations},
    };
}

std::optional<AccountCharges> AccountChargesJson::fromJson(const QJsonObject& object,
                                                           qint64 accountId, JsonError* error)
{
    JsonReader reader(object);
    AccountCharges charges;
    charges.accountId = accountId;
    charges.lastClosedPeriod = reader.optionalPeriod(u"lastClosedPeriod");
    charges.lines = reader.objectList<ChargeLine>(
        u"lines", [accountId](const QJsonObject& line, JsonError* lineError) {
            return ChargeLineJson::fromJson(line, accountId, lineError);
        });
    charges.recalculations = reader.objectList<Recalculation>(
        u"recalculations", [accountId](const QJsonObject& recalculation, JsonError* nested) {
            return RecalculationJson::fromJson(recalculation, accountId, nested);
        });
    return reader.result(charges, error);
}
