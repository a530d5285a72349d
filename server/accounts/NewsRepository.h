#pragma once

#include "protocol/types/NewsItem.h"

#include <QList>

#include <optional>

class PortalDatabase;

// The operator's news posts (table news); published is stored as an ISO instant in UTC, which
// sorts like the instants themselves.
class NewsRepository
{
public:
    explicit NewsRepository(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    std::optional<qint64> insert(const NewsItem& item, qint64 changedSeq);
    // All posts, newest first (by id among posts of the same instant).
    std::optional<QList<NewsItem>> newestFirst() const;

private:
    PortalDatabase& m_database;
};
