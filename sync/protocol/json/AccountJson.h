#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/Account.h"

#include <QJsonObject>

#include <optional>

// An account: {"id", "number", "ownerName", "address", "areaCentiM2", "ownershipType",
// "balanceKopecks", "buildingId" (null until the server links the house), "hasMeters", "payeeId"
// (the organization paid, null when none is named; absent from an older server, read as null)}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class AccountJson
{
public:
    AccountJson() = delete;

    static QJsonObject toJson(const Account& account);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<Account> fromJson(const QJsonObject& object, JsonError* error = nullptr);
};
