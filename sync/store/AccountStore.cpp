#include "store/AccountStore.h"

#include "store/StoreValues.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString selectColumns = u"SELECT id, number, owner_name, address, area_centi_m2, "
                              "ownership_type, balance_kopecks, building_id, has_meters, payee_id "
                              "FROM accounts "_s;

Account fromRow(const QSqlQuery& row)
{
    Account account;
    account.id = row.value(0).toLongLong();
    account.number = row.value(1).toString();
    account.ownerName = row.value(2).toString();
    account.address = row.value(3).toString();
    account.areaCentiM2 = row.value(4).toInt();
    account.ownershipType = row.value(5).toString();
    account.balance = Money::fromKopecks(row.value(6).toLongLong());
    account.buildingId = StoreValues::toOptionalId(row.value(7));
    account.hasMeters = row.value(8).toBool();
    account.payeeId = StoreValues::toOptionalId(row.value(9));
    return account;
}

} // namespace

AccountStore::AccountStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

bool AccountStore::upsert(const Account& account)
{
    return m_connection.upsert(
        u"UPDATE accounts SET number = :number, owner_name = :owner, address = :address, "
        "area_centi_m2 = :area, ownership_type = :ownership, balance_kopecks = :balance, "
        "building_id = :building, has_meters = :meters, payee_id = :payee WHERE id = :id"_s,
        u"INSERT INTO accounts (id, number, owner_name, address, area_centi_m2, ownership_type, "
        "balance_kopecks, building_id, has_meters, payee_id) VALUES (:id, :number, :owner, "
        ":address, "
        ":area, :ownership, :balance, :building, :meters, :payee)"_s,
        {{u":id"_s, account.id},
         {u":number"_s, account.number},
         {u":owner"_s, account.ownerName},
         {u":address"_s, account.address},
         {u":area"_s, account.areaCentiM2},
         {u":ownership"_s, account.ownershipType},
         {u":balance"_s, account.balance.kopecks()},
         {u":building"_s, StoreValues::fromOptionalId(account.buildingId)},
         {u":meters"_s, account.hasMeters},
         {u":payee"_s, StoreValues::fromOptionalId(account.payeeId)}});
}

bool AccountStore::replaceAll(const QList<Account>& accounts)
{
    return m_connection.atomically([&] {
        const std::optional<QList<qint64>> cachedIds =
            m_connection.list(u"SELECT id FROM accounts"_s, {},
                              [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
        if (!cachedIds)
            return false;
        QSet<qint64> keep;
        for (const Account& account : accounts)
            keep.insert(account.id);
        for (qint64 id : *cachedIds) {
            if (!keep.contains(id) && !remove(id))
                return false;
        }
        for (const Account& account : accounts) {
            if (!upsert(account))
                return false;
        }
        return true;
    });
}

bool AccountStore::remove(qint64 accountId)
{
    return m_connection.run(u"DELETE FROM accounts WHERE id = :id"_s, {{u":id"_s, accountId}});
}

std::optional<Account> AccountStore::account(qint64 accountId) const
{
    return m_connection.one(selectColumns + u"WHERE id = :id"_s, {{u":id"_s, accountId}}, fromRow);
}

std::optional<QList<Account>> AccountStore::accounts() const
{
    // Numbers are digit strings: shorter ones first puts "5" before "16616".
    return m_connection.list(selectColumns + u"ORDER BY length(number), number, id"_s, {}, fromRow);
}
