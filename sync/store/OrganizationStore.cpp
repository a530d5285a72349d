#include "store/OrganizationStore.h"

#include "store/StoreValues.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString selectColumns =
    u"SELECT id, name, role, address, phones, email, opening_hours, website, inn, kpp, bank_name, "
    "bic, settlement_account, correspondent_account FROM organizations "_s;

Organization fromRow(const QSqlQuery& row)
{
    Organization organization;
    organization.id = row.value(0).toLongLong();
    organization.name = row.value(1).toString();
    organization.role = row.value(2).toString();
    organization.address = row.value(3).toString();
    organization.phones = StoreValues::toStringList(row.value(4));
    organization.email = row.value(5).toString();
    organization.openingHours = row.value(6).toString();
    organization.website = QUrl(row.value(7).toString(), QUrl::StrictMode);
    organization.inn = row.value(8).toString();
    organization.kpp = row.value(9).toString();
    organization.bankName = row.value(10).toString();
    organization.bic = row.value(11).toString();
    organization.settlementAccount = row.value(12).toString();
    organization.correspondentAccount = row.value(13).toString();
    return organization;
}

} // namespace

OrganizationStore::OrganizationStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

bool OrganizationStore::upsert(const Organization& organization)
{
    return m_connection.upsert(
        u"UPDATE organizations SET name = :name, role = :role, address = :address, "
        "phones = :phones, email = :email, opening_hours = :hours, website = :website, "
        "inn = :inn, kpp = :kpp, bank_name = :bank, bic = :bic, settlement_account = :settlement, "
        "correspondent_account = :correspondent WHERE id = :id"_s,
        u"INSERT INTO organizations (id, name, role, address, phones, email, opening_hours, "
        "website, inn, kpp, bank_name, bic, settlement_account, correspondent_account) "
        "VALUES (:id, :name, :role, :address, :phones, :email, :hours, :website, :inn, :kpp, "
        ":bank, :bic, :settlement, :correspondent)"_s,
        {{u":id"_s, organization.id},
         {u":name"_s, organization.name},
         {u":role"_s, organization.role},
         {u":address"_s, organization.address},
         {u":phones"_s, StoreValues::fromStringList(organization.phones)},
         {u":email"_s, organization.email},
         {u":hours"_s, organization.openingHours},
         {u":website"_s, organization.website.toString(QUrl::FullyEncoded)},
         {u":inn"_s, organization.inn},
         {u":kpp"_s, organization.kpp},
         {u":bank"_s, organization.bankName},
         {u":bic"_s, organization.bic},
         {u":settlement"_s, organization.settlementAccount},
         {u":correspondent"_s, organization.correspondentAccount}});
}

bool OrganizationStore::replaceAll(const QList<Organization>& organizations)
{
    return m_connection.replace(
        u"DELETE FROM organizations"_s, {}, organizations,
        [this](const Organization& organization) { return upsert(organization); });
}

bool OrganizationStore::remove(qint64 organizationId)
{
    return m_connection.run(u"DELETE FROM organizations WHERE id = :id"_s,
                            {{u":id"_s, organizationId}});
}

std::optional<Organization> OrganizationStore::organization(qint64 organizationId) const
{
    return m_connection.one(selectColumns + u"WHERE id = :id"_s, {{u":id"_s, organizationId}},
                            fromRow);
}

std::optional<QList<Organization>> OrganizationStore::organizations() const
{
    return m_connection.list(selectColumns + u"ORDER BY id"_s, {}, fromRow);
}
