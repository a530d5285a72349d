#pragma once

#include "protocol/json/AddressItem.h"
#include "protocol/json/JsonError.h"

#include <QJsonObject>

#include <optional>

// An item of the address directory: {"id", "name"}.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class AddressItemJson
{
public:
    AddressItemJson() = delete;

    static QJsonObject toJson(const AddressItem& addressItem);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<AddressItem> fromJson(const QJsonObject& object,
                                               JsonError* error = nullptr);
};
