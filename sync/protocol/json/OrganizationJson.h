#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/Organization.h"

#include <QJsonObject>

#include <optional>

// An organization: {"id", "name", "role", "address", "phones": [text], "email", "openingHours",
// "website" (null when none), "inn", "kpp", "bankName", "bic", "settlementAccount",
// "correspondentAccount"}. The bank fields are required strings, "" for an organization that takes
// no payments; the codec carries them as they are (PaymentDetailsRules judges them).
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class OrganizationJson
{
public:
    OrganizationJson() = delete;

    static QJsonObject toJson(const Organization& organization);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<Organization> fromJson(const QJsonObject& object,
                                                JsonError* error = nullptr);
};
