#pragma once

#include "auth/MailMessage.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

// The texts of the server's e-mails, in Russian like the portal's pages.
class AuthMails
{
public:
    AuthMails() = delete;

    static QString fromName();
    static QString fromAddress();

    static MailMessage activation(const QString& login, const QString& email, const QUrl& link,
                                  const QDateTime& now);
    static MailMessage passwordReset(const QString& login, const QString& email, const QUrl& link,
                                     const QDateTime& now);
    // To the former address, after the profile's e-mail was changed to newEmail.
    static MailMessage emailChanged(const QString& login, const QString& formerEmail,
                                    const QString& newEmail, const QDateTime& now);
};
