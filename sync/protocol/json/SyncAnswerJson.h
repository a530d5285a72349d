#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/SyncAnswerBody.h"

#include <QJsonObject>

#include <optional>

// The answer of GET /sync: {"cursor", "more", and any of "profile" (UserProfileJson), "accounts"
// ([AccountJson]), "removedAccounts" ([id]), "charges" ([AccountChargesJson + "accountId"]),
// "payments" and "meters" ([{"accountId", "items": [PaymentJson or MeterJson]}]), "buildings"
// ([BuildingJson]), "organizations", "news", "appeals"}.
//
// Beyond each object's codec the decoder checks what the client relies on when it applies the
// answer: the cursor is not empty (an empty one would restart the sync from scratch, and with
// "more" loop forever), and no account has two entries in one of "charges", "payments" and
// "meters" (Inconsistent, naming the second entry's accountId). Absent keys and empty lists are
// both "nothing"; unknown keys are ignored, as everywhere.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class SyncAnswerJson
{
public:
    SyncAnswerJson() = delete;

    // Writes only the keys with something in them, as the server does.
    static QJsonObject toJson(const SyncAnswerBody& answer);
    // std::nullopt on the first bad field, which *error (if not null) then names, e.g.
    // "charges[2].lines[7].totalKopecks" or "removedAccounts[0]".
    static std::optional<SyncAnswerBody> fromJson(const QJsonObject& object,
                                                  JsonError* error = nullptr);
};
