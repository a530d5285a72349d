#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/UserProfile.h"

#include <QJsonObject>

#include <optional>

// The profile: {"login", "email", "receiptSubscription"} (UserProfile::receiptsByEmail).
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class UserProfileJson
{
public:
    UserProfileJson() = delete;

    static QJsonObject toJson(const UserProfile& userProfile);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<UserProfile> fromJson(const QJsonObject& object,
                                               JsonError* error = nullptr);
};
