#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/Payment.h"

#include <QJsonObject>

#include <optional>

// A payment: {"id", "date", "amountKopecks", "source"}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class PaymentJson
{
public:
    PaymentJson() = delete;

    static QJsonObject toJson(const Payment& payment);
    // accountId is the account the payments were asked for: not on the wire.
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<Payment> fromJson(const QJsonObject& object, qint64 accountId,
                                           JsonError* error = nullptr);
};
