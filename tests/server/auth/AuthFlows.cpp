#include "AuthFlows.h"

#include "auth/MailEncoding.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray headerValue(const QByteArray& head, const QByteArray& name)
{
    QByteArray value;
    bool inside = false;
    for (const QByteArray& rawLine : head.split('\n')) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (inside && line.startsWith(' ')) {
            value += line;
            continue;
        }
        inside = line.startsWith(QByteArray(name + ": "));
        if (inside)
            value = line.mid(name.size() + 2);
    }
    return value;
}
} // namespace

AuthFlows::AuthFlows(PortalProcess& portal)
    : m_portal(portal)
{ }

QString AuthFlows::captchaAnswer()
{
    return u"K7P2X"_s;
}

QStringList AuthFlows::serverArguments()
{
    return {u"--test-captcha-answer"_s, captchaAnswer()};
}

QStringList AuthFlows::leakedSecrets(const QByteArray& log, const QStringList& secrets)
{
    QStringList leaked;
    for (const QString& secret : secrets) {
        // Short ones could be in the log by chance (a temporary directory's name, say).
        if (secret.size() >= 8 && log.contains(secret.toUtf8()))
            leaked.append(secret);
    }
    return leaked;
}

QString AuthFlows::captcha()
{
    const PortalReply reply = m_portal.post(u"/api/v1/captchas"_s);
    return reply.status == 201 ? reply.json.value(u"id"_s).toString() : QString();
}

QJsonObject AuthFlows::registration(const QString& login, const QString& email,
                                    const QString& password)
{
    return {{u"login"_s, login},           {u"email"_s, email},
            {u"password"_s, password},     {u"passwordConfirmation"_s, password},
            {u"captchaId"_s, captcha()},   {u"captchaAnswer"_s, captchaAnswer()},
            {u"agreementAccepted"_s, true}};
}

PortalReply AuthFlows::registerUser(const QString& login, const QString& email,
                                    const QString& password)
{
    return m_portal.post(u"/api/v1/registrations"_s, registration(login, email, password));
}

bool AuthFlows::registerAndActivate(const QString& login, const QString& email,
                                    const QString& password)
{
    if (registerUser(login, email, password).status != 201)
        return false;
    const QString link = lastLinkTo(email, u"/activate"_s);
    return !link.isEmpty() && m_portal.get(link).status == 200;
}

QList<AuthFlows::Mail> AuthFlows::mails() const
{
    QList<Mail> result;
    const QDir dir(m_portal.dataDir() + u"/mail"_s);
    for (const QString& name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Mail mail;
        mail.path = file.fileName();
        mail.raw = file.readAll();
        const qsizetype split = mail.raw.indexOf("\r\n\r\n");
        const QByteArray head = mail.raw.left(split);
        mail.to = QString::fromUtf8(headerValue(head, "To"));
        mail.subject = MailEncoding::decodeHeaderText(headerValue(head, "Subject"));
        mail.body = QString::fromUtf8(MailEncoding::decodeQuotedPrintable(mail.raw.mid(split + 4)));
        result.append(mail);
    }
    return result;
}

QList<AuthFlows::Mail> AuthFlows::mailsTo(const QString& email) const
{
    QList<Mail> result;
    for (const Mail& mail : mails()) {
        if (mail.to.compare(email, Qt::CaseInsensitive) == 0)
            result.append(mail);
    }
    return result;
}

QString AuthFlows::lastLinkTo(const QString& email, const QString& path) const
{
    const QList<Mail> found = mailsTo(email);
    if (found.isEmpty())
        return {};
    const QRegularExpression link(u"https://\\S+"_s);
    QRegularExpressionMatchIterator it = link.globalMatch(found.constLast().body);
    while (it.hasNext()) {
        const QUrl url(it.next().captured(0));
        if (url.path() == path)
            return url.path() + u'?' + url.query(QUrl::FullyEncoded);
    }
    return {};
}

QString AuthFlows::tokenOf(const QString& link)
{
    return QUrlQuery(QUrl(u"https://x"_s + link)).queryItemValue(u"token"_s, QUrl::FullyDecoded);
}

PortalReply AuthFlows::logIn(const QString& login, const QString& password)
{
    return m_portal.post(u"/api/v1/sessions"_s, {{u"login"_s, login}, {u"password"_s, password}});
}

QString AuthFlows::accessTokenOf(const PortalReply& reply) const
{
    return reply.status == 201 ? reply.json.value(u"accessToken"_s).toString() : QString();
}

QString AuthFlows::refreshTokenOf(const PortalReply& reply) const
{
    return reply.status == 201 ? reply.json.value(u"refreshToken"_s).toString() : QString();
}
