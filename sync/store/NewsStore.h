#pragma once

#include "protocol/types/NewsItem.h"
#include "store/StoreConnection.h"

#include <QList>
#include <QSet>

#include <optional>

// The operator's news, with what only this computer keeps: whether the user has read an item,
// and whether it has been shown to the user at all ("seen"), so that what came since the last
// visit can be counted. Reading an item makes it seen too.
class NewsStore
{
public:
    explicit NewsStore(QSqlDatabase db);

    // Inserts the item or overwrites the one with the same id. An item already cached keeps its
    // read flag: the server's copy never knows it. A new item takes item.read.
    bool upsert(const NewsItem& item);
    bool remove(qint64 newsId);

    // Fails when there is no such item. Marking an item unread leaves it seen.
    bool markRead(qint64 newsId, bool read = true);
    bool markAllRead();
    std::optional<int> unreadCount() const;

    // The items not shown to the user yet; every item stored after the last markAllSeen().
    std::optional<QSet<qint64>> unseenIds() const;
    bool markAllSeen();

    // std::nullopt when there is no such item (lastError() invalid) or on failure.
    std::optional<NewsItem> item(qint64 newsId) const;
    // Newest first; all of them when limit is negative.
    std::optional<QList<NewsItem>> latest(int limit = -1) const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    StoreConnection m_connection;
};
