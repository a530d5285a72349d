#include "accounts/ChargeRepository.h"

#include "accounts/AccountRepository.h"
#include "accounts/SqlText.h"
#include "storage/PortalDatabase.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

ChargeRepository::ChargeRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool ChargeRepository::ensureSchema(PortalDatabase& database)
{
    return AccountRepository::ensureSchema(database)
        && database.ensureSchema(
            u"charge_lines"_s,
            {
                {u"CREATE TABLE charge_lines (id INTEGER PRIMARY KEY, "
                 "account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                 "period INTEGER NOT NULL, service TEXT NOT NULL, unit TEXT NOT NULL, "
                 "quantity_hundredths INTEGER NOT NULL, tariff_kopecks INTEGER NOT NULL, "
                 "base_kopecks INTEGER NOT NULL, recalculation_kopecks INTEGER NOT NULL, "
                 "total_kopecks INTEGER NOT NULL, changed_seq INTEGER NOT NULL, "
                 "UNIQUE (account_id, period, service))"_s,
                 u"CREATE INDEX charge_lines_changed ON charge_lines (changed_seq)"_s},
            });
}

std::optional<qint64> ChargeRepository::insert(const ChargeLine& line, qint64 changedSeq)
{
    if (!m_insert) {
        m_insert.emplace(m_database.database());
        if (!m_insert->prepare(u"INSERT INTO charge_lines (account_id, period, service, unit, "
                               "quantity_hundredths, tariff_kopecks, base_kopecks, "
                               "recalculation_kopecks, total_kopecks, changed_seq) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            m_insert.reset();
            return std::nullopt;
        }
    }
    m_insert->bindValue(0, line.accountId);
    m_insert->bindValue(1, line.period.toKey());
    m_insert->bindValue(2, SqlText::of(line.service));
    m_insert->bindValue(3, SqlText::of(line.unit));
    m_insert->bindValue(4, line.quantityHundredths);
    m_insert->bindValue(5, line.tariff.kopecks());
    m_insert->bindValue(6, line.baseCharge.kopecks());
    m_insert->bindValue(7, line.recalculation.kopecks());
    m_insert->bindValue(8, line.total.kopecks());
    m_insert->bindValue(9, changedSeq);
    if (!m_insert->exec())
        return std::nullopt;
    return m_insert->lastInsertId().toLongLong();
}

std::optional<QList<ChargeLine>> ChargeRepository::lines(qint64 accountId, Period from,
                                                         Period to) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT period, service, unit, quantity_hundredths, tariff_kopecks, "
                  "base_kopecks, recalculation_kopecks, total_kopecks FROM charge_lines "
                  "WHERE account_id = ? AND period BETWEEN ? AND ? ORDER BY period, service"_s);
    query.bindValue(0, accountId);
    query.bindValue(1, from.toKey());
    query.bindValue(2, to.toKey());
    if (!query.exec())
        return std::nullopt;
    QList<ChargeLine> lines;
    while (query.next()) {
        ChargeLine line;
        line.accountId = accountId;
        line.period = Period::fromKey(query.value(0).toInt());
        line.service = query.value(1).toString();
        line.unit = query.value(2).toString();
        line.quantityHundredths = query.value(3).toLongLong();
        line.tariff = Money::fromKopecks(query.value(4).toLongLong());
        line.baseCharge = Money::fromKopecks(query.value(5).toLongLong());
        line.recalculation = Money::fromKopecks(query.value(6).toLongLong());
        line.total = Money::fromKopecks(query.value(7).toLongLong());
        lines.append(line);
    }
    return lines;
}

std::optional<Money> ChargeRepository::baseTotal(qint64 accountId, Period from, Period to) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT COALESCE(SUM(base_kopecks), 0) FROM charge_lines "
                  "WHERE account_id = ? AND period BETWEEN ? AND ?"_s);
    query.bindValue(0, accountId);
    query.bindValue(1, from.toKey());
    query.bindValue(2, to.toKey());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Money::fromKopecks(query.value(0).toLongLong());
}
