#include "storage/ChangeSequence.h"

#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

bool ChangeSequence::ensureSchema(PortalDatabase& database)
{
    return database.ensureSchema(
        u"change_sequence"_s,
        {
            {u"CREATE TABLE change_sequence (id INTEGER PRIMARY KEY CHECK (id = 1), "
             "value INTEGER NOT NULL)"_s,
             u"INSERT INTO change_sequence (id, value) VALUES (1, 0)"_s},
        });
}

std::optional<qint64> ChangeSequence::next(PortalDatabase& database)
{
    // The server runs on one thread and every change happens inside a transaction, so the
    // update and the read below cannot interleave with another change.
    QSqlQuery query(database.database());
    if (!query.exec(u"UPDATE change_sequence SET value = value + 1 WHERE id = 1"_s)
        || query.numRowsAffected() != 1)
        return std::nullopt;
    return current(database);
}

std::optional<qint64> ChangeSequence::current(PortalDatabase& database)
{
    QSqlQuery query(database.database());
    if (!query.exec(u"SELECT value FROM change_sequence WHERE id = 1"_s) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}
