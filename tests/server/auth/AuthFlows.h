#pragma once

#include "PortalProcess.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Steps the HTTP tests of the auth area share, against a PortalProcess started with
// serverArguments() (every captcha answered by captchaAnswer()): get a captcha, register, read
// the e-mails of DATA/mail, open their links, log in.
class AuthFlows
{
public:
    // One e-mail of DATA/mail, headers decoded.
    struct Mail
    {
        QString path;
        QString to;
        QString subject;
        QString body; // decoded text
        QByteArray raw;
    };

    explicit AuthFlows(PortalProcess& portal);

    static QString captchaAnswer();
    static QStringList serverArguments();
    // The secrets (of 8 characters or more) that the server's log contains.
    static QStringList leakedSecrets(const QByteArray& log, const QStringList& secrets);

    QString captcha();
    QJsonObject registration(const QString& login, const QString& email, const QString& password);
    PortalReply registerUser(const QString& login, const QString& email, const QString& password);
    // Registers and opens the activation link; false when any step fails.
    bool registerAndActivate(const QString& login, const QString& email, const QString& password);

    QList<Mail> mails() const;
    QList<Mail> mailsTo(const QString& email) const;
    // The path and query of the link to path ("/activate") in the last e-mail to email.
    QString lastLinkTo(const QString& email, const QString& path) const;
    static QString tokenOf(const QString& link);

    PortalReply logIn(const QString& login, const QString& password);
    // The tokens of a successful login; empty strings when it failed.
    QString accessTokenOf(const PortalReply& reply) const;
    QString refreshTokenOf(const PortalReply& reply) const;

private:
    PortalProcess& m_portal;
};
