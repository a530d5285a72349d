#pragma once

#include <QDateTime>
#include <QString>

// A news post of the operator.
struct NewsItem
{
    qint64 id = 0; // server id
    QDateTime published; // UTC
    QString title;
    QString body;
    // Kept only on this computer: the server does not know what the user has read.
    bool read = false;

    friend bool operator==(const NewsItem&, const NewsItem&) = default;
};
