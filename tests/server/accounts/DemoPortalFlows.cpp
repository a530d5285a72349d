#include "DemoPortalFlows.h"

#include "AuthFlows.h"
#include "demo/DemoFacts.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

DemoPortalFlows::DemoPortalFlows(PortalProcess& portal)
    : m_portal(portal)
{ }

QDateTime DemoPortalFlows::demoNow()
{
    return QDateTime(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
}

bool DemoPortalFlows::start(const QStringList& extraArguments)
{
    if (!m_portal.isRunning() && !m_portal.setClock(demoNow()))
        return false;
    return m_portal.start(QStringList {u"--demo"_s} + AuthFlows::serverArguments()
                          + extraArguments);
}

QString DemoPortalFlows::logIn(const QString& login, const QString& password)
{
    AuthFlows flows(m_portal);
    return flows.accessTokenOf(flows.logIn(login, password));
}

QString DemoPortalFlows::logInDemo()
{
    return logIn(DemoFacts::login(), DemoFacts::password());
}

QString DemoPortalFlows::newUser(const QString& login)
{
    AuthFlows flows(m_portal);
    if (!flows.registerAndActivate(login, login + u"@example.ru"_s, u"Secret_12"_s))
        return {};
    return logIn(login, u"Secret_12"_s);
}

PortalReply DemoPortalFlows::get(const QString& path, const QString& token)
{
    return m_portal.get(path, PortalClient::bearer(token));
}

std::optional<qint64> DemoPortalFlows::entry(const QString& token, const QString& level,
                                             const QString& parentParameter, qint64 parentId,
                                             const QString& name)
{
    QUrlQuery query;
    if (!parentParameter.isEmpty())
        query.addQueryItem(parentParameter, QString::number(parentId));
    query.addQueryItem(u"prefix"_s, name);
    const PortalReply reply =
        get(u"/api/v1/addresses/"_s + level + u'?' + query.toString(QUrl::FullyEncoded), token);
    if (reply.status != 200)
        return std::nullopt;
    for (const QJsonValue& item : reply.json.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"name"_s).toString() == name)
            return item.toObject().value(u"id"_s).toInteger();
    }
    return std::nullopt;
}

std::optional<qint64> DemoPortalFlows::flatId(const QString& token, const QString& district,
                                              const QString& settlement, const QString& street,
                                              const QString& house, const QString& flat)
{
    const std::optional<qint64> d = entry(token, u"districts"_s, {}, 0, district);
    const std::optional<qint64> s =
        d ? entry(token, u"settlements"_s, u"district"_s, *d, settlement) : std::nullopt;
    const std::optional<qint64> st =
        s ? entry(token, u"streets"_s, u"settlement"_s, *s, street) : std::nullopt;
    const std::optional<qint64> h =
        st ? entry(token, u"houses"_s, u"street"_s, *st, house) : std::nullopt;
    return h ? entry(token, u"flats"_s, u"house"_s, *h, flat) : std::nullopt;
}

QString DemoPortalFlows::captcha()
{
    return AuthFlows(m_portal).captcha();
}

QString DemoPortalFlows::captchaAnswer() const
{
    return AuthFlows::captchaAnswer();
}

QJsonObject DemoPortalFlows::linkRequest(qint64 flatId, const QString& number, QDate date,
                                         qint64 kopecks)
{
    return {{u"flatId"_s, flatId},
            {u"number"_s, number},
            {u"lastPaymentDate"_s, date.toString(Qt::ISODate)},
            {u"lastPaymentKopecks"_s, kopecks},
            {u"captchaId"_s, captcha()},
            {u"captchaAnswer"_s, captchaAnswer()}};
}

qint64 DemoPortalFlows::sum(const QJsonArray& items, const QString& key)
{
    qint64 total = 0;
    for (const QJsonValue& item : items)
        total += item.toObject().value(key).toInteger();
    return total;
}
