#include "auth/AuthLinks.h"

#include "app/PortalOptions.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

AuthLinks::AuthLinks(const PortalOptions& options)
    : m_options(options)
{ }

QString AuthLinks::activationPath()
{
    return u"/activate"_s;
}

QString AuthLinks::passwordResetPath()
{
    return u"/reset-password"_s;
}

QUrl AuthLinks::baseUrl() const
{
    QString host = m_options.listenHost;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host); // QUrl brackets an IPv6 address itself
    url.setPort(m_options.listenPort);
    return url;
}

QUrl AuthLinks::activation(const QString& token) const
{
    return withToken(activationPath(), token);
}

QUrl AuthLinks::passwordReset(const QString& token) const
{
    return withToken(passwordResetPath(), token);
}

QUrl AuthLinks::withToken(const QString& path, const QString& token) const
{
    QUrl url = baseUrl();
    url.setPath(path);
    QUrlQuery query;
    query.addQueryItem(u"token"_s, token);
    url.setQuery(query);
    return url;
}
