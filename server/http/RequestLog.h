#pragma once

#include <QByteArray>
#include <QString>

class QUrl;

// One line on stderr per answered request: "GET /api/v1/health 200 3 ms". The path is logged
// without its query string, which may carry tokens; bodies and headers are never logged.
class RequestLog
{
public:
    static void write(const QByteArray& method, const QString& path, int status, qint64 durationMs);
    static QString line(const QByteArray& method, const QString& path, int status,
                        qint64 durationMs);
    // The percent-encoded path of url: no query, no fragment, nothing that can break a line.
    static QString safePath(const QUrl& url);
};
