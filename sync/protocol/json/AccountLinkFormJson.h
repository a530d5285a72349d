#pragma once

#include "protocol/json/AccountLinkForm.h"
#include "protocol/json/JsonError.h"

#include <QJsonObject>

#include <optional>

// The body of POST /accounts: {"flatId", "number", "lastPaymentDate", "lastPaymentKopecks",
// "captchaId", "captchaAnswer"}, all required.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class AccountLinkFormJson
{
public:
    AccountLinkFormJson() = delete;

    static QJsonObject toJson(const AccountLinkForm& accountLinkForm);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<AccountLinkForm> fromJson(const QJsonObject& object,
                                                   JsonError* error = nullptr);
};
