#include "TestCache.h"

#include "TestFiles.h"
#include "store/CacheSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

TestCache::TestCache()
    : m_key(TestFiles::randomKey())
{ }

bool TestCache::open(int version)
{
    close();
    // A fresh connection name per opening, so a lingering handle can never be mistaken for it.
    const QString name = u"test-cache-"_s + QString::number(++m_opened);
    QString message;
    m_cache = CacheDatabase::open(path(), m_key, name, nullptr, &message);
    if (!m_cache) {
        qWarning("Cannot open the cache: %s", qPrintable(message));
        return false;
    }
    if (version > 0 && !CacheSchema::migrate(m_cache->database(), version, &message)) {
        qWarning("Cannot migrate the cache: %s", qPrintable(message));
        return false;
    }
    return true;
}

bool TestCache::open()
{
    return open(CacheSchema::latestVersion());
}

void TestCache::close()
{
    m_cache.reset();
}

QSqlDatabase TestCache::database() const
{
    return m_cache ? m_cache->database() : QSqlDatabase();
}

QString TestCache::path() const
{
    return m_dir.filePath(u"cache.db"_s);
}

bool TestCache::exec(const QString& sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

int TestCache::rowCount(const QString& table) const
{
    QSqlQuery query(database());
    // Table names come from the tests themselves, never from data.
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}
