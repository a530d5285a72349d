#include "accounts/AccountRepository.h"

#include "accounts/AddressDirectory.h"
#include "accounts/BuildingRepository.h"
#include "accounts/FlatAddress.h"
#include "accounts/SqlText.h"
#include "storage/PortalDatabase.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

AccountRepository::AccountRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool AccountRepository::ensureSchema(PortalDatabase& database)
{
    return AddressDirectory::ensureSchema(database) && BuildingRepository::ensureSchema(database)
        && database.ensureSchema(
            u"accounts"_s,
            {
                {u"CREATE TABLE accounts (id INTEGER PRIMARY KEY, number TEXT NOT NULL, "
                 "owner_name TEXT NOT NULL, "
                 "flat_id INTEGER NOT NULL REFERENCES address_flats(id), "
                 "area_centi_m2 INTEGER NOT NULL, ownership_type TEXT NOT NULL, "
                 "building_id INTEGER REFERENCES buildings(id), "
                 "has_meters INTEGER NOT NULL DEFAULT 0, changed_seq INTEGER NOT NULL, "
                 "UNIQUE (flat_id, number))"_s,
                 u"CREATE INDEX accounts_building ON accounts (building_id)"_s,
                 u"CREATE INDEX accounts_changed ON accounts (changed_seq)"_s},
                // The organization the account pays (its receipts' payee); NULL when none is
                // named. Not a foreign key: the organizations' area is ensured after this one.
                {u"ALTER TABLE accounts ADD COLUMN payee_id INTEGER"_s},
            });
}

std::optional<qint64> AccountRepository::insert(const AccountRecord& record, qint64 changedSeq)
{
    if (!m_insert) {
        m_insert.emplace(m_database.database());
        if (!m_insert->prepare(u"INSERT INTO accounts (number, owner_name, flat_id, "
                               "area_centi_m2, ownership_type, building_id, has_meters, "
                               "payee_id, changed_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            m_insert.reset();
            return std::nullopt;
        }
    }
    const Account& account = record.account;
    m_insert->bindValue(0, SqlText::of(account.number));
    m_insert->bindValue(1, SqlText::of(account.ownerName));
    m_insert->bindValue(2, record.flatId);
    m_insert->bindValue(3, account.areaCentiM2);
    m_insert->bindValue(4, SqlText::of(account.ownershipType));
    m_insert->bindValue(5,
                        account.buildingId ? QVariant(*account.buildingId)
                                           : QVariant(QMetaType::fromType<qint64>()));
    m_insert->bindValue(6, account.hasMeters ? 1 : 0);
    m_insert->bindValue(
        7, account.payeeId ? QVariant(*account.payeeId) : QVariant(QMetaType::fromType<qint64>()));
    m_insert->bindValue(8, changedSeq);
    if (!m_insert->exec())
        return std::nullopt;
    return m_insert->lastInsertId().toLongLong();
}

bool AccountRepository::setPayeeOfAll(qint64 organizationId, qint64 changedSeq)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"UPDATE accounts SET payee_id = ?, changed_seq = ?"_s);
    query.bindValue(0, organizationId);
    query.bindValue(1, changedSeq);
    return query.exec();
}

Lookup<AccountRecord> AccountRepository::find(qint64 id) const
{
    return findWhere(u"a.id = ?"_s, {id});
}

Lookup<AccountRecord> AccountRepository::findInFlat(qint64 flatId, const QString& number) const
{
    return findWhere(u"a.flat_id = ? AND a.number = ?"_s, {flatId, number});
}

Lookup<AccountRecord> AccountRepository::findWhere(const QString& condition,
                                                   const QVariantList& values) const
{
    const std::optional<QList<AccountRecord>> records = listWhere(condition, values);
    if (!records)
        return Lookup<AccountRecord>::failure();
    if (records->isEmpty())
        return Lookup<AccountRecord>::missing();
    return Lookup<AccountRecord>::found(records->constFirst());
}

std::optional<QList<AccountRecord>> AccountRepository::linkedTo(qint64 userId) const
{
    return listWhere(u"a.id IN (SELECT account_id FROM account_links WHERE user_id = ?)"_s,
                     {userId});
}

std::optional<QList<AccountRecord>> AccountRepository::listWhere(const QString& condition,
                                                                 const QVariantList& values) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT a.id, a.number, a.owner_name, a.flat_id, a.area_centi_m2, "
                  "a.ownership_type, a.building_id, a.has_meters, a.payee_id, "
                  "d.name, s.name, st.name, h.name, f.name "
                  "FROM accounts a "
                  "JOIN address_flats f ON f.id = a.flat_id "
                  "JOIN address_houses h ON h.id = f.house_id "
                  "JOIN address_streets st ON st.id = h.street_id "
                  "JOIN address_settlements s ON s.id = st.settlement_id "
                  "JOIN address_districts d ON d.id = s.district_id WHERE "_s
                  + condition + u" ORDER BY a.id"_s);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return std::nullopt;

    QList<AccountRecord> records;
    while (query.next()) {
        AccountRecord record;
        Account& account = record.account;
        account.id = query.value(0).toLongLong();
        account.number = query.value(1).toString();
        account.ownerName = query.value(2).toString();
        record.flatId = query.value(3).toLongLong();
        account.areaCentiM2 = query.value(4).toInt();
        account.ownershipType = query.value(5).toString();
        if (!query.value(6).isNull())
            account.buildingId = query.value(6).toLongLong();
        account.hasMeters = query.value(7).toInt() != 0;
        if (!query.value(8).isNull())
            account.payeeId = query.value(8).toLongLong();
        const FlatAddress address {query.value(9).toString(), query.value(10).toString(),
                                   query.value(11).toString(), query.value(12).toString(),
                                   query.value(13).toString()};
        account.address = address.text();
        records.append(record);
    }
    return records;
}
