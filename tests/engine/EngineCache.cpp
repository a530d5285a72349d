#include "EngineCache.h"

#include "EngineTestLog.h"
#include "engine/SyncBookkeeping.h"
#include "store/CacheSchema.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QString nextName()
{
    static QAtomicInteger<int> counter;
    return u"engine-test-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}
} // namespace

EngineCache::EngineCache()
    : m_key(DataKey::generate())
    , m_connectionName(nextName())
{ }

QString EngineCache::path() const
{
    return m_dir.filePath(u"cache.db"_s);
}

bool EngineCache::open()
{
    CacheOpenError error = CacheOpenError::None;
    QString message;
    m_cache = CacheDatabase::open(path(), m_key.bytes(), m_connectionName, &error, &message);
    if (!m_cache) {
        qCWarning(lcEngineTest).noquote() << u"cannot open the test cache: "_s + message;
        return false;
    }
    QString migrateError;
    if (!CacheSchema::migrate(m_cache->database(), CacheSchema::latestVersion(), &migrateError)) {
        qCWarning(lcEngineTest).noquote() << u"cannot migrate the test cache: "_s + migrateError;
        return false;
    }
    return true;
}

void EngineCache::close()
{
    m_cache.reset();
}

QSqlDatabase EngineCache::database() const
{
    return m_cache ? m_cache->database() : QSqlDatabase();
}

QStringList EngineCache::dump(Times times) const
{
    return dumpRows(times == Times::Include, false);
}

QStringList EngineCache::exactDump() const
{
    return dumpRows(true, true);
}

QStringList EngineCache::snapshot() const
{
    // Not QSqlDatabase::transaction(): the cache's driver begins IMMEDIATE, which takes the
    // write lock, and this is a reader.
    QSqlQuery begin(database());
    if (!begin.exec(u"BEGIN DEFERRED"_s)) {
        qCWarning(lcEngineTest).noquote() << u"cannot begin a read: "_s + begin.lastError().text();
        return {};
    }
    const QStringList rows = exactDump();
    QSqlQuery end(database());
    if (!end.exec(u"COMMIT"_s)) {
        qCWarning(lcEngineTest).noquote() << u"cannot end a read: "_s + end.lastError().text();
        return {};
    }
    return rows;
}

QStringList EngineCache::dumpRows(bool withTimes, bool withRowIds) const
{
    QStringList lines;
    QSqlQuery tables(database());
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : std::as_const(names)) {
        QSqlQuery rows(database());
        // Table names come from sqlite_master, not from input. The lines are sorted below, so
        // the dump does not depend on the order rows were written in.
        rows.exec(u"SELECT * FROM "_s + table);
        QStringList tableLines;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QStringList fields;
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                if (!withTimes && table == u"sync_state" && column == u"last_synced_at_ms")
                    continue;
                // Row ids the cache gives itself depend on the order rows were written in, not
                // on what they hold.
                if (!withRowIds
                    && ((table == u"charge_lines" && column == u"id")
                        || (table == u"appeals" && column == u"local_id")))
                    continue;
                const QVariant value = record.value(i);
                fields << record.fieldName(i) + u'='
                        + (value.isNull() ? u"NULL"_s : value.toString());
            }
            tableLines << table + u": "_s + fields.join(u", "_s);
        }
        tableLines.sort();
        lines << tableLines;
    }
    return lines;
}

QString EngineCache::cursor() const
{
    return SyncBookkeeping(database()).cursor().value_or(u"<unreadable>"_s);
}

QString EngineCache::integrityProblems() const
{
    QStringList problems;
    QSqlQuery check(database());
    if (!check.exec(u"PRAGMA integrity_check"_s))
        return u"integrity_check failed"_s;
    while (check.next()) {
        if (check.value(0).toString() != u"ok")
            problems << check.value(0).toString();
    }
    QSqlQuery keys(database());
    if (!keys.exec(u"PRAGMA foreign_key_check"_s))
        return u"foreign_key_check failed"_s;
    while (keys.next())
        problems << u"foreign key of "_s + keys.value(0).toString() + u" row "_s
                + keys.value(1).toString();
    return problems.join(u"; "_s);
}
