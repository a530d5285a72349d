#pragma once

#include "accounts/AddressEntry.h"
#include "accounts/AddressLevel.h"

#include <QList>
#include <QString>

#include <optional>

class PortalDatabase;

// The operator's address directory: districts → settlements → streets → houses → flats, one
// table per level, each row naming its parent. Names are searched by a case-insensitive prefix;
// SQLite folds only ASCII case, so every row keeps its name case-folded by Qt
// (QString::toCaseFolded(), which knows Cyrillic) in name_folded, and the prefix is folded the
// same way.
class AddressDirectory
{
public:
    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 200;

    explicit AddressDirectory(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    // Adds a name under parentId (ignored for districts); the new id, std::nullopt on error
    // (an unknown parent among them).
    std::optional<qint64> add(AddressLevel level, qint64 parentId, const QString& name);

    // Whether the row exists; std::nullopt on a database error.
    std::optional<bool> exists(AddressLevel level, qint64 id) const;

    // The children of parentId (all districts for AddressLevel::District) whose name starts with
    // prefix, ignoring case, at most limit of them: house and flat numbers in numeric order,
    // everything else alphabetically. std::nullopt on a database error.
    std::optional<QList<AddressEntry>> find(AddressLevel level, qint64 parentId,
                                            const QString& prefix, int limit) const;

    static QString tableName(AddressLevel level);
    // The column naming the parent; empty for districts.
    static QString parentColumn(AddressLevel level);

private:
    PortalDatabase& m_database;
};
