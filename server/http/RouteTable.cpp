#include "http/RouteTable.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr QHttpServerRequest::Method allMethods[] = {
    QHttpServerRequest::Method::Get,     QHttpServerRequest::Method::Head,
    QHttpServerRequest::Method::Post,    QHttpServerRequest::Method::Put,
    QHttpServerRequest::Method::Patch,   QHttpServerRequest::Method::Delete,
    QHttpServerRequest::Method::Options, QHttpServerRequest::Method::Connect,
    QHttpServerRequest::Method::Trace,
};

QRegularExpression patternExpression(const QString& pattern)
{
    const QStringList parts = pattern.split(u"<arg>"_s);
    QStringList escaped;
    escaped.reserve(parts.size());
    for (const QString& part : parts)
        escaped.append(QRegularExpression::escape(part));
    return QRegularExpression(u"^"_s + escaped.join(u"[^/]+"_s) + u"$"_s);
}
} // namespace

void RouteTable::add(Method method, const QString& pathPattern)
{
    for (Entry& entry : m_entries) {
        if (entry.pattern == pathPattern) {
            entry.methods |= method;
            return;
        }
    }
    m_entries.append({pathPattern, patternExpression(pathPattern), Methods(method)});
}

RouteTable::Methods RouteTable::allowedMethods(const QString& path) const
{
    Methods methods;
    for (const Entry& entry : m_entries) {
        if (entry.expression.match(path).hasMatch())
            methods |= entry.methods;
    }
    return methods;
}

QByteArray RouteTable::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Head:
        return QByteArrayLiteral("HEAD");
    case Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case Method::Trace:
        return QByteArrayLiteral("TRACE");
    case Method::Unknown:
    case Method::AnyKnown:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

QByteArray RouteTable::allowHeader(Methods methods)
{
    QByteArrayList names;
    for (const Method method : allMethods) {
        if (methods.testFlag(method))
            names.append(methodName(method));
    }
    return names.join(", ");
}
