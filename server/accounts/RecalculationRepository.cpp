#include "accounts/RecalculationRepository.h"

#include "accounts/AccountRepository.h"
#include "accounts/SqlText.h"
#include "storage/PortalDatabase.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

RecalculationRepository::RecalculationRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool RecalculationRepository::ensureSchema(PortalDatabase& database)
{
    return AccountRepository::ensureSchema(database)
        && database.ensureSchema(
            u"recalculations"_s,
            {
                {u"CREATE TABLE recalculations (id INTEGER PRIMARY KEY, "
                 "account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                 "applied_in INTEGER NOT NULL, corrects INTEGER NOT NULL, "
                 "amount_kopecks INTEGER NOT NULL, reason TEXT NOT NULL, "
                 "changed_seq INTEGER NOT NULL)"_s,
                 u"CREATE INDEX recalculations_account ON recalculations "
                 "(account_id, applied_in)"_s,
                 u"CREATE INDEX recalculations_changed ON recalculations (changed_seq)"_s},
            });
}

std::optional<qint64> RecalculationRepository::insert(const Recalculation& recalculation,
                                                      qint64 changedSeq)
{
    if (!m_insert) {
        m_insert.emplace(m_database.database());
        if (!m_insert->prepare(u"INSERT INTO recalculations (account_id, applied_in, corrects, "
                               "amount_kopecks, reason, changed_seq) "
                               "VALUES (?, ?, ?, ?, ?, ?)"_s)) {
            m_insert.reset();
            return std::nullopt;
        }
    }
    m_insert->bindValue(0, recalculation.accountId);
    m_insert->bindValue(1, recalculation.appliedIn.toKey());
    m_insert->bindValue(2, recalculation.corrects.toKey());
    m_insert->bindValue(3, recalculation.amount.kopecks());
    m_insert->bindValue(4, SqlText::of(recalculation.reason));
    m_insert->bindValue(5, changedSeq);
    if (!m_insert->exec())
        return std::nullopt;
    return m_insert->lastInsertId().toLongLong();
}

std::optional<QList<Recalculation>> RecalculationRepository::bookedIn(qint64 accountId, Period from,
                                                                      Period to) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT id, applied_in, corrects, amount_kopecks, reason FROM recalculations "
                  "WHERE account_id = ? AND applied_in BETWEEN ? AND ? "
                  "ORDER BY applied_in, id"_s);
    query.bindValue(0, accountId);
    query.bindValue(1, from.toKey());
    query.bindValue(2, to.toKey());
    if (!query.exec())
        return std::nullopt;
    QList<Recalculation> recalculations;
    while (query.next()) {
        Recalculation recalculation;
        recalculation.id = query.value(0).toLongLong();
        recalculation.accountId = accountId;
        recalculation.appliedIn = Period::fromKey(query.value(1).toInt());
        recalculation.corrects = Period::fromKey(query.value(2).toInt());
        recalculation.amount = Money::fromKopecks(query.value(3).toLongLong());
        recalculation.reason = query.value(4).toString();
        recalculations.append(recalculation);
    }
    return recalculations;
}

std::optional<Money> RecalculationRepository::total(qint64 accountId, Period from, Period to) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT COALESCE(SUM(amount_kopecks), 0) FROM recalculations "
                  "WHERE account_id = ? AND applied_in BETWEEN ? AND ?"_s);
    query.bindValue(0, accountId);
    query.bindValue(1, from.toKey());
    query.bindValue(2, to.toKey());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Money::fromKopecks(query.value(0).toLongLong());
}
