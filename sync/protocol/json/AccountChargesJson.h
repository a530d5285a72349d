#pragma once

#include "protocol/json/AccountCharges.h"
#include "protocol/json/JsonError.h"

#include <QJsonObject>

#include <optional>

// The answer of GET /accounts/{id}/charges: {"lastClosedPeriod" (null while no period is closed),
// "lines": [ChargeLineJson], "recalculations": [RecalculationJson]}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class AccountChargesJson
{
public:
    AccountChargesJson() = delete;

    static QJsonObject toJson(const AccountCharges& accountCharges);
    // accountId is the account the charges were asked for: not in the body.
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<AccountCharges> fromJson(const QJsonObject& object, qint64 accountId,
                                                  JsonError* error = nullptr);
};
