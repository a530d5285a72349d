#include "sync/SyncIdQuery.h"

#include "storage/PortalDatabase.h"
#include "sync/SyncLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

std::optional<QList<qint64>> SyncIdQuery::list(PortalDatabase& database, const QString& sql,
                                               const QVariantList& values)
{
    QSqlQuery query(database.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcSync).noquote() << "prepare:" << query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSync).noquote() << "query:" << query.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<QSet<qint64>> SyncIdQuery::set(PortalDatabase& database, const QString& sql,
                                             const QVariantList& values)
{
    const std::optional<QList<qint64>> ids = list(database, sql, values);
    if (!ids)
        return std::nullopt;
    return QSet<qint64>(ids->cbegin(), ids->cend());
}
