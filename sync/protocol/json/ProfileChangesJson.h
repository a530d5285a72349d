#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/ProfileChanges.h"

#include <QJsonObject>

#include <optional>

// The body of PATCH /profile: any of {"email", "receiptSubscription"}. A field that is not being
// changed is left out (written), and absent or null (read).
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class ProfileChangesJson
{
public:
    ProfileChangesJson() = delete;

    static QJsonObject toJson(const ProfileChanges& profileChanges);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<ProfileChanges> fromJson(const QJsonObject& object,
                                                  JsonError* error = nullptr);
};
