#pragma once

#include "protocol/types/NewsItem.h"

#include <QList>
#include <QSet>

// The news as the cache holds them, read at once on the reader's thread for NewsPage.
struct NewsSnapshot
{
    QList<NewsItem> items; // newest first
    QSet<qint64> unseen; // not shown to the user before this read
};
