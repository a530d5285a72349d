#pragma once

#include "protocol/types/NewsItem.h"
#include "protocol/types/Organization.h"

#include <QDateTime>
#include <QList>

// The demo's organizations (the regional operator and a payment agent with bank details, the
// managing company and the housing inspectorate without) and its news, dated before now.
class DemoNotices
{
public:
    DemoNotices() = delete;

    static QList<Organization> organizations();
    // The one of organizations() every demo account pays (its receipts' payee): the regional
    // operator, whose "common pot" holds all the demo's houses.
    static constexpr qsizetype payeeIndex = 0;
    static QList<NewsItem> news(const QDateTime& now);
};
