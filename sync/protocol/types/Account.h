#pragma once

#include "protocol/Money.h"

#include <QString>

#include <optional>

// One personal account («лицевой счет») linked to the user's cabinet, as on the account card.
struct Account
{
    qint64 id = 0; // server id
    QString number; // «Л/С № 16616»; text, since leading zeros are significant
    QString ownerName; // full name of the owner or responsible tenant
    QString address; // full address of the premises
    qint32 areaCentiM2 = 0; // hundredths of a square metre: 31,60 m² = 3160
    QString ownershipType; // as the operator words it, e.g. «Частная»
    // Positive is a debt («Долг»), negative an overpayment («Переплата»).
    Money balance;
    std::optional<qint64> buildingId; // absent until the server links the house
    bool hasMeters = false;
    // The organization (of the «Организации» list) the account's contributions are paid to: the
    // payee of its receipts. Absent when the operator names none (a house on a special account
    // that another organization bills).
    std::optional<qint64> payeeId;

    bool hasDebt() const { return balance.isPositive(); }
    bool hasOverpayment() const { return balance.isNegative(); }

    friend bool operator==(const Account&, const Account&) = default;
};
