#include "store/NewsStore.h"

#include "store/StoreValues.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString selectColumns = u"SELECT id, published_at_ms, title, body, is_read FROM news "_s;

NewsItem fromRow(const QSqlQuery& row)
{
    NewsItem item;
    item.id = row.value(0).toLongLong();
    item.published = StoreValues::toInstant(row.value(1));
    item.title = row.value(2).toString();
    item.body = row.value(3).toString();
    item.read = row.value(4).toBool();
    return item;
}

} // namespace

NewsStore::NewsStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

bool NewsStore::upsert(const NewsItem& item)
{
    return m_connection.upsert(
        u"UPDATE news SET published_at_ms = :published, title = :title, body = :body "
        "WHERE id = :id"_s,
        u"INSERT INTO news (id, published_at_ms, title, body, is_read) "
        "VALUES (:id, :published, :title, :body, :read)"_s,
        {{u":id"_s, item.id},
         {u":published"_s, StoreValues::fromInstant(item.published)},
         {u":title"_s, item.title},
         {u":body"_s, item.body},
         {u":read"_s, item.read}});
}

bool NewsStore::remove(qint64 newsId)
{
    return m_connection.run(u"DELETE FROM news WHERE id = :id"_s, {{u":id"_s, newsId}});
}

bool NewsStore::markRead(qint64 newsId, bool read)
{
    const std::optional<int> changed = m_connection.change(
        u"UPDATE news SET is_read = :read, is_seen = max(is_seen, :seen) WHERE id = :id"_s,
        {{u":id"_s, newsId}, {u":read"_s, read}, {u":seen"_s, read}});
    if (!changed)
        return false;
    return *changed == 1
        || m_connection.fail(QCoreApplication::translate("NewsStore", "No such news item."));
}

bool NewsStore::markAllRead()
{
    return m_connection.run(
        u"UPDATE news SET is_read = 1, is_seen = 1 WHERE is_read = 0 OR is_seen = 0"_s);
}

std::optional<int> NewsStore::unreadCount() const
{
    return m_connection.one(u"SELECT count(*) FROM news WHERE is_read = 0"_s, {},
                            [](const QSqlQuery& row) { return row.value(0).toInt(); });
}

std::optional<QSet<qint64>> NewsStore::unseenIds() const
{
    const std::optional<QList<qint64>> ids =
        m_connection.list(u"SELECT id FROM news WHERE is_seen = 0"_s, {},
                          [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    if (!ids)
        return std::nullopt;
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

bool NewsStore::markAllSeen()
{
    return m_connection.run(u"UPDATE news SET is_seen = 1 WHERE is_seen = 0"_s);
}

std::optional<NewsItem> NewsStore::item(qint64 newsId) const
{
    return m_connection.one(selectColumns + u"WHERE id = :id"_s, {{u":id"_s, newsId}}, fromRow);
}

std::optional<QList<NewsItem>> NewsStore::latest(int limit) const
{
    return m_connection.list(selectColumns
                                 + u"ORDER BY published_at_ms DESC, id DESC LIMIT :limit"_s,
                             {{u":limit"_s, limit}}, fromRow);
}
