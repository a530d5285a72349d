#include "accounts/HouseFundRepository.h"

#include "accounts/BuildingRepository.h"
#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

HouseFundRepository::HouseFundRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool HouseFundRepository::ensureSchema(PortalDatabase& database)
{
    return BuildingRepository::ensureSchema(database)
        && database.ensureSchema(
            u"house_funds"_s,
            {
                {u"CREATE TABLE house_funds (building_id INTEGER PRIMARY KEY "
                 "REFERENCES buildings(id) ON DELETE CASCADE, as_of TEXT NOT NULL, "
                 "charged_kopecks INTEGER NOT NULL, paid_kopecks INTEGER NOT NULL, "
                 "debt_kopecks INTEGER NOT NULL, spent_kopecks INTEGER NOT NULL, "
                 "changed_seq INTEGER NOT NULL)"_s,
                 u"CREATE INDEX house_funds_changed ON house_funds (changed_seq)"_s},
            });
}

bool HouseFundRepository::store(const HouseFund& fund, qint64 changedSeq)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT OR REPLACE INTO house_funds (building_id, as_of, charged_kopecks, "
                  "paid_kopecks, debt_kopecks, spent_kopecks, changed_seq) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.bindValue(0, fund.buildingId);
    query.bindValue(1, fund.asOf.toString(Qt::ISODate));
    query.bindValue(2, fund.charged.kopecks());
    query.bindValue(3, fund.paid.kopecks());
    query.bindValue(4, fund.debt.kopecks());
    query.bindValue(5, fund.spentOnWorks.kopecks());
    query.bindValue(6, changedSeq);
    return query.exec();
}

Lookup<HouseFund> HouseFundRepository::find(qint64 buildingId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT as_of, charged_kopecks, paid_kopecks, debt_kopecks, spent_kopecks "
                  "FROM house_funds WHERE building_id = ?"_s);
    query.bindValue(0, buildingId);
    if (!query.exec())
        return Lookup<HouseFund>::failure();
    if (!query.next())
        return Lookup<HouseFund>::missing();
    HouseFund fund;
    fund.buildingId = buildingId;
    fund.asOf = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    fund.charged = Money::fromKopecks(query.value(1).toLongLong());
    fund.paid = Money::fromKopecks(query.value(2).toLongLong());
    fund.debt = Money::fromKopecks(query.value(3).toLongLong());
    fund.spentOnWorks = Money::fromKopecks(query.value(4).toLongLong());
    return Lookup<HouseFund>::found(fund);
}
