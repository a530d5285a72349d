#include "AccountJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject AccountJson::toJson(const Account& account)
{
    return QJsonObject {
        {u"id"_s, JsonValues::integer(account.id)},
        {u"number"_s, account.number},
        {u"ownerName"_s, account.ownerName},
        {u"address"_s, account.address},
        {u"areaCentiM2"_s, account.areaCentiM2},
        {u"ownershipType"_s, account.ownershipType},
        {u"balanceKopecks"_s, JsonValues::money(account.balance)},
        {u"buildingId"_s, JsonValues::optionalInteger(account.buildingId)},
        {u"hasMeters"_s, account.hasMeters},
        {u"payeeId"_s, JsonValues::optionalInteger(account.payeeId)},
    };
}

std::optional<Account> AccountJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    Account account;
    account.id = reader.integer(u"id");
    account.number = reader.string(u"number");
    account.ownerName = reader.string(u"ownerName");
    account.address = reader.string(u"address");
    account.areaCentiM2 = reader.int32(u"areaCentiM2");
    account.ownershipType = reader.string(u"ownershipType");
    account.balance = reader.money(u"balanceKopecks");
    account.buildingId = reader.optionalInteger(u"buildingId");
    account.hasMeters = reader.boolean(u"hasMeters");
    account.payeeId = reader.optionalInteger(u"payeeId");
    return reader.result(account, error);
}
