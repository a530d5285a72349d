#include "http/RequestParameters.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

std::optional<qint64> RequestParameters::id(QStringView text)
{
    constexpr qint64 maxId = (qint64(1) << 53) - 1;
    if (text.isEmpty() || text.size() > 16 || text.front() == u'0')
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > maxId)
        return std::nullopt;
    return value;
}

std::optional<QString> RequestParameters::query(const QHttpServerRequest& request,
                                                const QString& key)
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(key))
        return std::nullopt;
    return query.queryItemValue(key, QUrl::FullyDecoded);
}
