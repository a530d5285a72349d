#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <optional>

class PortalDatabase;

// Runs a read-only query whose first column is an id, with positional values bound in order.
class SyncIdQuery
{
public:
    SyncIdQuery() = delete;

    // The ids in the order the query gives them; std::nullopt on a database error (logged).
    static std::optional<QList<qint64>> list(PortalDatabase& database, const QString& sql,
                                             const QVariantList& values);
    static std::optional<QSet<qint64>> set(PortalDatabase& database, const QString& sql,
                                           const QVariantList& values);
};
