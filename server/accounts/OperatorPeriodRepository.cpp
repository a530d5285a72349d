#include "accounts/OperatorPeriodRepository.h"

#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

OperatorPeriodRepository::OperatorPeriodRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool OperatorPeriodRepository::ensureSchema(PortalDatabase& database)
{
    return database.ensureSchema(
        u"operator_periods"_s,
        {
            {u"CREATE TABLE operator_periods (id INTEGER PRIMARY KEY CHECK (id = 1), "
             "last_closed INTEGER NOT NULL, changed_seq INTEGER NOT NULL)"_s},
        });
}

std::optional<Period> OperatorPeriodRepository::lastClosed() const
{
    QSqlQuery query(m_database.database());
    if (!query.exec(u"SELECT last_closed FROM operator_periods WHERE id = 1"_s))
        return std::nullopt;
    if (!query.next())
        return Period();
    return Period::fromKey(query.value(0).toInt());
}

bool OperatorPeriodRepository::setLastClosed(Period period, qint64 changedSeq)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT INTO operator_periods (id, last_closed, changed_seq) VALUES (1, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET last_closed = excluded.last_closed, "
                  "changed_seq = excluded.changed_seq"_s);
    query.bindValue(0, period.toKey());
    query.bindValue(1, changedSeq);
    return query.exec();
}
