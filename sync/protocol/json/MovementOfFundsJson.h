#pragma once

#include "protocol/types/MovementOfFunds.h"
#include "protocol/json/JsonError.h"

#include <QJsonObject>

#include <optional>

// The movement of funds: {"from", "to", "openingKopecks", "chargedKopecks",
// "recalculatedKopecks", "paidKopecks", "closingKopecks"}. The decoder also insists that the
// amounts add up (MovementOfFunds::isConsistent()), reporting Inconsistent at "closingKopecks".
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class MovementOfFundsJson
{
public:
    MovementOfFundsJson() = delete;

    static QJsonObject toJson(const MovementOfFunds& movementOfFunds);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<MovementOfFunds> fromJson(const QJsonObject& object,
                                                   JsonError* error = nullptr);
};
