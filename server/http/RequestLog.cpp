#include "http/RequestLog.h"

#include "core/PortalLog.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

void RequestLog::write(const QByteArray& method, const QString& path, int status, qint64 durationMs)
{
    qCInfo(lcPortal).noquote() << line(method, path, status, durationMs);
}

QString RequestLog::line(const QByteArray& method, const QString& path, int status,
                         qint64 durationMs)
{
    return QString::fromLatin1(method) + u' ' + path + u' ' + QString::number(status) + u' '
        + QString::number(durationMs) + u" ms"_s;
}

QString RequestLog::safePath(const QUrl& url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? u"/"_s : path;
}
