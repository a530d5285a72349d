#include "accounts/OrganizationRepository.h"

#include "accounts/SqlText.h"
#include "storage/PortalDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

OrganizationRepository::OrganizationRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool OrganizationRepository::ensureSchema(PortalDatabase& database)
{
    return database.ensureSchema(
        u"organizations"_s,
        {
            {u"CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
             "role TEXT NOT NULL, address TEXT NOT NULL, phones TEXT NOT NULL, "
             "email TEXT NOT NULL, opening_hours TEXT NOT NULL, website TEXT NOT NULL, "
             "inn TEXT NOT NULL, kpp TEXT NOT NULL, bank_name TEXT NOT NULL, "
             "bic TEXT NOT NULL, settlement_account TEXT NOT NULL, "
             "correspondent_account TEXT NOT NULL, changed_seq INTEGER NOT NULL)"_s,
             u"CREATE INDEX organizations_changed ON organizations (changed_seq)"_s},
        });
}

std::optional<qint64> OrganizationRepository::insert(const Organization& organization,
                                                     qint64 changedSeq)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT INTO organizations (name, role, address, phones, email, "
                  "opening_hours, website, inn, kpp, bank_name, bic, settlement_account, "
                  "correspondent_account, changed_seq) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.bindValue(0, SqlText::of(organization.name));
    query.bindValue(1, SqlText::of(organization.role));
    query.bindValue(2, SqlText::of(organization.address));
    query.bindValue(3,
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(organization.phones))
                                          .toJson(QJsonDocument::Compact)));
    query.bindValue(4, SqlText::of(organization.email));
    query.bindValue(5, SqlText::of(organization.openingHours));
    query.bindValue(6, SqlText::of(organization.website.toString()));
    query.bindValue(7, SqlText::of(organization.inn));
    query.bindValue(8, SqlText::of(organization.kpp));
    query.bindValue(9, SqlText::of(organization.bankName));
    query.bindValue(10, SqlText::of(organization.bic));
    query.bindValue(11, SqlText::of(organization.settlementAccount));
    query.bindValue(12, SqlText::of(organization.correspondentAccount));
    query.bindValue(13, changedSeq);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<QList<Organization>> OrganizationRepository::all() const
{
    QSqlQuery query(m_database.database());
    if (!query.exec(u"SELECT id, name, role, address, phones, email, opening_hours, website, "
                    "inn, kpp, bank_name, bic, settlement_account, correspondent_account "
                    "FROM organizations ORDER BY id"_s))
        return std::nullopt;
    QList<Organization> records;
    while (query.next()) {
        Organization organization;
        organization.id = query.value(0).toLongLong();
        organization.name = query.value(1).toString();
        organization.role = query.value(2).toString();
        organization.address = query.value(3).toString();
        const QJsonArray phones =
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        for (const QJsonValue& phone : phones)
            organization.phones.append(phone.toString());
        organization.email = query.value(5).toString();
        organization.openingHours = query.value(6).toString();
        const QString website = query.value(7).toString();
        if (!website.isEmpty())
            organization.website = QUrl(website);
        organization.inn = query.value(8).toString();
        organization.kpp = query.value(9).toString();
        organization.bankName = query.value(10).toString();
        organization.bic = query.value(11).toString();
        organization.settlementAccount = query.value(12).toString();
        organization.correspondentAccount = query.value(13).toString();
        records.append(organization);
    }
    return records;
}
