#include "accounts/AddressDirectory.h"

#include "accounts/SqlText.h"
#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

AddressDirectory::AddressDirectory(PortalDatabase& database)
    : m_database(database)
{ }

bool AddressDirectory::ensureSchema(PortalDatabase& database)
{
    return database.ensureSchema(
        u"address_directory"_s,
        {
            {u"CREATE TABLE address_districts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
             "name_folded TEXT NOT NULL)"_s,
             u"CREATE TABLE address_settlements (id INTEGER PRIMARY KEY, "
             "district_id INTEGER NOT NULL REFERENCES address_districts(id), "
             "name TEXT NOT NULL, name_folded TEXT NOT NULL)"_s,
             u"CREATE INDEX address_settlements_parent ON address_settlements "
             "(district_id, name_folded)"_s,
             u"CREATE TABLE address_streets (id INTEGER PRIMARY KEY, "
             "settlement_id INTEGER NOT NULL REFERENCES address_settlements(id), "
             "name TEXT NOT NULL, name_folded TEXT NOT NULL)"_s,
             u"CREATE INDEX address_streets_parent ON address_streets "
             "(settlement_id, name_folded)"_s,
             u"CREATE TABLE address_houses (id INTEGER PRIMARY KEY, "
             "street_id INTEGER NOT NULL REFERENCES address_streets(id), "
             "name TEXT NOT NULL, name_folded TEXT NOT NULL)"_s,
             u"CREATE INDEX address_houses_parent ON address_houses (street_id, name_folded)"_s,
             u"CREATE TABLE address_flats (id INTEGER PRIMARY KEY, "
             "house_id INTEGER NOT NULL REFERENCES address_houses(id), "
             "name TEXT NOT NULL, name_folded TEXT NOT NULL)"_s,
             u"CREATE INDEX address_flats_parent ON address_flats (house_id, name_folded)"_s},
        });
}

QString AddressDirectory::tableName(AddressLevel level)
{
    switch (level) {
    case AddressLevel::District:
        return u"address_districts"_s;
    case AddressLevel::Settlement:
        return u"address_settlements"_s;
    case AddressLevel::Street:
        return u"address_streets"_s;
    case AddressLevel::House:
        return u"address_houses"_s;
    case AddressLevel::Flat:
        return u"address_flats"_s;
    }
    return {};
}

QString AddressDirectory::parentColumn(AddressLevel level)
{
    switch (level) {
    case AddressLevel::District:
        return {};
    case AddressLevel::Settlement:
        return u"district_id"_s;
    case AddressLevel::Street:
        return u"settlement_id"_s;
    case AddressLevel::House:
        return u"street_id"_s;
    case AddressLevel::Flat:
        return u"house_id"_s;
    }
    return {};
}

std::optional<qint64> AddressDirectory::add(AddressLevel level, qint64 parentId,
                                            const QString& name)
{
    const QString parent = parentColumn(level);
    QSqlQuery query(m_database.database());
    if (parent.isEmpty()) {
        query.prepare(u"INSERT INTO "_s + tableName(level)
                      + u" (name, name_folded) VALUES (:name, :folded)"_s);
    } else {
        query.prepare(u"INSERT INTO "_s + tableName(level) + u" ("_s + parent
                      + u", name, name_folded) VALUES (:parent, :name, :folded)"_s);
        query.bindValue(u":parent"_s, parentId);
    }
    query.bindValue(u":name"_s, name);
    query.bindValue(u":folded"_s, name.toCaseFolded());
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<bool> AddressDirectory::exists(AddressLevel level, qint64 id) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT 1 FROM "_s + tableName(level) + u" WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return std::nullopt;
    return query.next();
}

std::optional<QList<AddressEntry>> AddressDirectory::find(AddressLevel level, qint64 parentId,
                                                          const QString& prefix, int limit) const
{
    const QString parent = parentColumn(level);
    const QString folded = prefix.toCaseFolded();
    // substr() counts characters (code points), not bytes, so the comparison is exact for
    // Cyrillic too and needs none of LIKE's escaping of % and _.
    // (A null QString would bind as NULL, so the prefix is bound as "" at least.)
    QString sql = u"SELECT id, name FROM "_s + tableName(level)
        + u" WHERE substr(name_folded, 1, :length) = :prefix"_s;
    if (!parent.isEmpty())
        sql += u" AND "_s + parent + u" = :parent"_s;
    // "4", "4а", "10": numbers first by their value, then by the rest of the name.
    const bool numbered = level == AddressLevel::House || level == AddressLevel::Flat;
    sql += numbered ? u" ORDER BY CAST(name AS INTEGER), name_folded, id"_s
                    : u" ORDER BY name_folded, id"_s;
    sql += u" LIMIT :limit"_s;

    QSqlQuery query(m_database.database());
    query.prepare(sql);
    query.bindValue(u":length"_s, qint64(folded.toUcs4().size()));
    query.bindValue(u":prefix"_s, SqlText::of(folded));
    if (!parent.isEmpty())
        query.bindValue(u":parent"_s, parentId);
    query.bindValue(u":limit"_s, limit);
    if (!query.exec())
        return std::nullopt;
    QList<AddressEntry> entries;
    while (query.next())
        entries.append(AddressEntry {query.value(0).toLongLong(), query.value(1).toString()});
    return entries;
}
