#include "auth/AuthMails.h"

#include "auth/LinkTokenRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace {
qint64 hours(LinkTokenRepository::Purpose purpose)
{
    return LinkTokenRepository::lifetimeSeconds(purpose) / 3600;
}
} // namespace

QString AuthMails::fromName()
{
    return u"Личный кабинет собственника"_s;
}

QString AuthMails::fromAddress()
{
    return u"noreply@localhost"_s;
}

MailMessage AuthMails::activation(const QString& login, const QString& email, const QUrl& link,
                                  const QDateTime& now)
{
    const QString body =
        u"Здравствуйте, %1!\n\n"
        "Вы зарегистрировались в Личном кабинете собственника. Чтобы активировать учётную "
        "запись, откройте ссылку:\n\n%2\n\n"
        "Ссылка действует %3 ч. Если вы не регистрировались, просто удалите это письмо.\n"_s
            .arg(login, link.toString(QUrl::FullyEncoded))
            .arg(hours(LinkTokenRepository::Purpose::Activation));
    return MailMessage(fromName(), fromAddress(), email,
                       u"Активация учётной записи в Личном кабинете"_s, body, now);
}

MailMessage AuthMails::passwordReset(const QString& login, const QString& email, const QUrl& link,
                                     const QDateTime& now)
{
    const QString body =
        u"Здравствуйте, %1!\n\n"
        "Для вашей учётной записи запрошена смена пароля. Чтобы задать новый пароль, откройте "
        "ссылку:\n\n%2\n\n"
        "Ссылка действует %3 ч. Если вы не запрашивали смену пароля, просто удалите это письмо: "
        "пароль останется прежним.\n"_s.arg(login, link.toString(QUrl::FullyEncoded))
            .arg(hours(LinkTokenRepository::Purpose::PasswordReset));
    return MailMessage(fromName(), fromAddress(), email, u"Смена пароля в Личном кабинете"_s, body,
                       now);
}

MailMessage AuthMails::emailChanged(const QString& login, const QString& formerEmail,
                                    const QString& newEmail, const QDateTime& now)
{
    const QString body =
        u"Здравствуйте, %1!\n\n"
        "Адрес электронной почты вашей учётной записи в Личном кабинете собственника изменён "
        "на %2. Письма кабинета, в том числе для смены пароля, теперь приходят туда.\n\n"
        "Если вы не меняли адрес, войдите в Личный кабинет, верните прежний адрес и смените "
        "пароль, или обратитесь в региональный фонд капитального ремонта.\n"_s.arg(login, newEmail);
    return MailMessage(fromName(), fromAddress(), formerEmail,
                       u"Изменён адрес электронной почты в Личном кабинете"_s, body, now);
}
