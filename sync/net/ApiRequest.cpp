#include "net/ApiRequest.h"

#include "protocol/ApiVersion.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {
ApiRequest make(const QByteArray& method, const QString& path,
                const std::optional<QJsonObject>& body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    return request;
}

// Visible ASCII only: anything else in a header value could end the header early.
bool isHeaderSafe(const QString& value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool isPathSafe(const QString& path)
{
    if (!path.startsWith(u'/') || path.startsWith(u"//"))
        return false;
    for (const QChar c : path) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'/' || c == u'-' || c == u'_' || c == u'.';
        if (!allowed)
            return false;
    }
    const QStringList segments = path.split(u'/');
    return !segments.contains(u"."_s) && !segments.contains(u".."_s);
}
} // namespace

ApiRequest ApiRequest::get(const QString& path, const QUrlQuery& query)
{
    ApiRequest request = make(QByteArrayLiteral("GET"), path, std::nullopt);
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString& path, const QJsonObject& body)
{
    return make(QByteArrayLiteral("POST"), path, body);
}

ApiRequest ApiRequest::put(const QString& path, const QJsonObject& body)
{
    return make(QByteArrayLiteral("PUT"), path, body);
}

ApiRequest ApiRequest::patch(const QString& path, const QJsonObject& body)
{
    return make(QByteArrayLiteral("PATCH"), path, body);
}

ApiRequest ApiRequest::del(const QString& path, const std::optional<QJsonObject>& body)
{
    return make(QByteArrayLiteral("DELETE"), path, body);
}

QString ApiRequest::problem() const
{
    static const QList<QByteArray> methods {"GET", "POST", "PUT", "PATCH", "DELETE"};
    if (!methods.contains(method))
        return u"unsupported method"_s;
    // The path is the program's, never the user's, so anything but ids and names is a bug;
    // refusing it also keeps dot segments and encoded characters from reshaping the URL.
    if (!isPathSafe(path))
        return u"the path is not a plain absolute path"_s;
    if (!isHeaderSafe(bearerToken))
        return u"the access token cannot be sent in a header"_s;
    if (!isHeaderSafe(idempotencyKey))
        return u"the idempotency key cannot be sent in a header"_s;
    if (timeout && timeout->count() <= 0)
        return u"the timeout is not positive"_s;
    return {};
}

QUrl ApiRequest::url(const QUrl& base) const
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + ApiVersion::pathPrefix() + path);
    // A null string removes the query; an empty QUrlQuery would leave a bare '?'.
    url.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded));
    url.setFragment(QString());
    return url;
}

QString ApiRequest::logTarget() const
{
    QString target = ApiVersion::pathPrefix() + path;
    const QList<QPair<QString, QString>> items = query.queryItems();
    QStringList names;
    names.reserve(items.size());
    for (const auto& item : items)
        names.append(item.first);
    if (!names.isEmpty())
        target += u'?' + names.join(u'&');
    return target;
}
