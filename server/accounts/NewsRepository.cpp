#include "accounts/NewsRepository.h"

#include "accounts/SqlText.h"
#include "protocol/json/JsonValues.h"
#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

NewsRepository::NewsRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool NewsRepository::ensureSchema(PortalDatabase& database)
{
    return database.ensureSchema(
        u"news"_s,
        {
            {u"CREATE TABLE news (id INTEGER PRIMARY KEY, published TEXT NOT NULL, "
             "title TEXT NOT NULL, body TEXT NOT NULL, changed_seq INTEGER NOT NULL)"_s,
             u"CREATE INDEX news_published ON news (published)"_s,
             u"CREATE INDEX news_changed ON news (changed_seq)"_s},
        });
}

std::optional<qint64> NewsRepository::insert(const NewsItem& item, qint64 changedSeq)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT INTO news (published, title, body, changed_seq) VALUES (?, ?, ?, ?)"_s);
    // Whole seconds, always "…Z": the text then sorts in time order.
    query.bindValue(0,
                    JsonValues::instantToString(
                        item.published.toUTC().addMSecs(-item.published.time().msec())));
    query.bindValue(1, SqlText::of(item.title));
    query.bindValue(2, SqlText::of(item.body));
    query.bindValue(3, changedSeq);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<QList<NewsItem>> NewsRepository::newestFirst() const
{
    QSqlQuery query(m_database.database());
    if (!query.exec(u"SELECT id, published, title, body FROM news "
                    "ORDER BY published DESC, id DESC"_s))
        return std::nullopt;
    QList<NewsItem> items;
    while (query.next()) {
        NewsItem item;
        item.id = query.value(0).toLongLong();
        item.published = JsonValues::parseInstant(query.value(1).toString());
        item.title = query.value(2).toString();
        item.body = query.value(3).toString();
        items.append(item);
    }
    return items;
}
