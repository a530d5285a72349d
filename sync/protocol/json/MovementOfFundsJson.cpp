#include "MovementOfFundsJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject MovementOfFundsJson::toJson(const MovementOfFunds& movementOfFunds)
{
    return QJsonObject {
        {u"from"_s, JsonValues::period(movementOfFunds.from)},
        {u"to"_s, JsonValues::period(movementOfFunds.to)},
        {u"openingKopecks"_s, JsonValues::money(movementOfFunds.opening)},
        {u"chargedKopecks"_s, JsonValues::money(movementOfFunds.charged)},
        {u"recalculatedKopecks"_s, JsonValues::money(movementOfFunds.recalculated)},
        {u"paidKopecks"_s, JsonValues::money(movementOfFunds.paid)},
        {u"closingKopecks"_s, JsonValues::money(movementOfFunds.closing)},
    };
}

std::optional<MovementOfFunds> MovementOfFundsJson::fromJson(const QJsonObject& object,
                                                             JsonError* error)
{
    JsonReader reader(object);
    MovementOfFunds movement;
    movement.from = reader.period(u"from");
    movement.to = reader.period(u"to");
    movement.opening = reader.money(u"openingKopecks");
    movement.charged = reader.money(u"chargedKopecks");
    movement.recalculated = reader.money(u"recalculatedKopecks");
    movement.paid = reader.money(u"paidKopecks");
    movement.closing = reader.money(u"closingKopecks");
    // A statement that does not add up would show the user sums that contradict each other.
    if (reader.isOk() && !movement.isConsistent())
        reader.fail(JsonError::Reason::Inconsistent, u"closingKopecks"_s);
    return reader.result(movement, error);
}
