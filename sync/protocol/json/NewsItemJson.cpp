#include "NewsItemJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject NewsItemJson::toJson(const NewsItem& newsItem)
{
    return QJsonObject {
        {u"id"_s, JsonValues::integer(newsItem.id)},
        {u"published"_s, JsonValues::instant(newsItem.published)},
        {u"title"_s, newsItem.title},
        {u"body"_s, newsItem.body},
    };
}

std::optional<NewsItem> NewsItemJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    NewsItem item;
    item.id = reader.integer(u"id");
    item.published = reader.instant(u"published");
    item.title = reader.string(u"title");
    item.body = reader.string(u"body");
    return reader.result(item, error);
}
