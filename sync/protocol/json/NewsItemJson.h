#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/types/NewsItem.h"

#include <QJsonObject>

#include <optional>

// A news post: {"id", "published" (an instant), "title", "body"}. Whether the user has read it is
// known only on this computer: read is not encoded and decodes as false.
// See JsonReader for the decoding rules and JsonValues for numbers, dates and instants.
class NewsItemJson
{
public:
    NewsItemJson() = delete;

    static QJsonObject toJson(const NewsItem& newsItem);
    // std::nullopt on the first bad field, which *error (if not null) then names.
    static std::optional<NewsItem> fromJson(const QJsonObject& object, JsonError* error = nullptr);
};
