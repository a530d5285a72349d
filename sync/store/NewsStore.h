#pragma once

#include "protocol/types/NewsItem.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// The operator's news, with the read flag that only this computer keeps.
class NewsStore
{
public:
    explicit NewsStore(QSqlDatabase db);

    // Inserts the item or overwrites the one with the same id. An item already cached keeps its
    // read flag: the server's copy never knows it. A new item takes item.read.
    bool upsert(const NewsItem& item);
    bool remove(qint64 newsId);

    // Fails when there is no such item.
    bool markRead(qint64 newsId, bool read = true);
    bool markAllRead();
    std::optional<int> unreadCount() const;

    // std::nullopt when there is no such item (lastError() invalid) or on failure.
    std::optional<NewsItem> item(qint64 newsId) const;
    // Newest first; all of them when limit is negative.
    std::optional<QList<NewsItem>> latest(int limit = -1) const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    StoreConnection m_connection;
};
