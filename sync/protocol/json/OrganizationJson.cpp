#include "OrganizationJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject OrganizationJson::toJson(const Organization& organization)
{
    return QJsonObject {
        {u"id"_s, JsonValues::integer(organization.id)},
        {u"name"_s, organization.name},
        {u"role"_s, organization.role},
        {u"address"_s, organization.address},
        {u"phones"_s, JsonValues::stringList(organization.phones)},
        {u"email"_s, organization.email},
        {u"openingHours"_s, organization.openingHours},
        // Fully encoded: the default (pretty) form decodes "%20" to a space, which the strict
        // decoder then refuses, and with it the whole answer.
        {u"website"_s,
         JsonValues::optionalString(organization.website.toString(QUrl::FullyEncoded))},
        {u"inn"_s, organization.inn},
        {u"kpp"_s, organization.kpp},
        {u"bankName"_s, organization.bankName},
        {u"bic"_s, organization.bic},
        {u"settlementAccount"_s, organization.settlementAccount},
        {u"correspondentAccount"_s, organization.correspondentAccount},
    };
}

std::optional<Organization> OrganizationJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    Organization organization;
    organization.id = reader.integer(u"id");
    organization.name = reader.string(u"name");
    organization.role = reader.string(u"role");
    organization.address = reader.string(u"address");
    organization.phones = reader.stringList(u"phones");
    organization.email = reader.string(u"email");
    organization.openingHours = reader.string(u"openingHours");
    organization.website = reader.optionalUrl(u"website");
    organization.inn = reader.string(u"inn");
    organization.kpp = reader.string(u"kpp");
    organization.bankName = reader.string(u"bankName");
    organization.bic = reader.string(u"bic");
    organization.settlementAccount = reader.string(u"settlementAccount");
    organization.correspondentAccount = reader.string(u"correspondentAccount");
    return reader.result(organization, error);
}
