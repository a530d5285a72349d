#include "store/OrganizationStore.h"

#include "store/StoreValues.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString selectColumns = u"SELECT id, name, role, address, phones, email, opening_hours, "
                              "website FROM organizations "_s;

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
        "phones = :phones, email = :email, opening_hours = :hours, website = :website "
        "WHERE id = :id"_s,
        u"INSERT INTO organizations (id, name, role, address, phones, email, opening_hours, "
        "website) VALUES (:id, :name, :role, :address, :phones, :email, :hours, :website)"_s,
        {{u":id"_s, organization.id},
         {u":name"_s, organization.name},
         {u":role"_s, organization.role},
         {u":address"_s, organization.address},
         {u":phones"_s, StoreValues::fromStringList(organization.phones)},
         {u":email"_s, organization.email},
         {u":hours"_s, organization.openingHours},
         {u":website"_s, organization.website.toString(QUrl::FullyEncoded)}});
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
