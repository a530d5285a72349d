#include "AddressItemJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject AddressItemJson::toJson(const AddressItem& addressItem)
{
    return QJsonObject {
        {u"id"_s, JsonValues::integer(addressItem.id)},
        {u"name"_s, addressItem.name},
    };
}

std::optional<AddressItem> AddressItemJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    AddressItem item;
    item.id = reader.integer(u"id");
    item.name = reader.string(u"name");
    return reader.result(item, error);
}
