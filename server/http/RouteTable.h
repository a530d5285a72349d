#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QRegularExpression>
#include <QString>

// Which methods each registered path pattern answers, so that a request no route takes can be
// told apart: a known path with another method is 405 method_not_allowed (with "Allow"), an
// unknown path 404 not_found. Qt's router cannot tell, as it only says "no rule matched".
class RouteTable
{
public:
    using Method = QHttpServerRequest::Method;
    using Methods = QHttpServerRequest::Methods;

    // pathPattern as given to QHttpServer::route, "<arg>" standing for one path segment.
    void add(Method method, const QString& pathPattern);

    // The methods of every pattern the path matches; empty for an unknown path.
    Methods allowedMethods(const QString& path) const;

    static QByteArray methodName(Method method);
    // "GET, POST" for an "Allow" header, in a fixed order.
    static QByteArray allowHeader(Methods methods);

private:
    struct Entry
    {
        QString pattern;
        QRegularExpression expression;
        Methods methods;
    };
    QList<Entry> m_entries;
};
