#include "auth/AuthLinkPages.h"

#include "auth/AuthLinks.h"
#include "auth/HtmlPage.h"
#include "protocol/ValidationRules.h"

using namespace Qt::Literals::StringLiterals;

using StatusCode = QHttpServerResponder::StatusCode;

namespace {
QString paragraph(const QString& text)
{
    return u"<p>"_s + HtmlPage::escaped(text) + u"</p>"_s;
}

QString quoted(const QString& text)
{
    return u"«"_s + text + u"»"_s;
}

QString describeCharacter(char32_t c)
{
    if (c == U' ')
        return u"пробел"_s;
    return u"символ "_s + quoted(QString::fromUcs4(&c, 1));
}

QString passwordRulesHint()
{
    QString specials;
    for (const QChar c : ValidationRules::passwordSpecialCharacters())
        specials += (specials.isEmpty() ? u""_s : u" "_s) + c;
    return u"От %1 до %2 символов: латинские буквы, цифры и %3"_s.arg(
        QString::number(ValidationRules::minPasswordLength),
        QString::number(ValidationRules::maxPasswordLength), specials);
}
} // namespace

QHttpServerResponse AuthLinkPages::activated(const QString& login)
{
    return HtmlPage::response(
        u"Учётная запись активирована"_s,
        paragraph(u"Учётная запись %1 активирована. Теперь можно войти в Личный кабинет "
                  "со своим логином и паролем."_s.arg(quoted(login))),
        StatusCode::Ok);
}

QHttpServerResponse AuthLinkPages::alreadyActive(const QString& login)
{
    return HtmlPage::response(
        u"Учётная запись уже активирована"_s,
        paragraph(u"Учётная запись %1 уже активирована: можно входить в Личный кабинет."_s.arg(
            quoted(login))),
        StatusCode::Ok);
}

QHttpServerResponse AuthLinkPages::invalidLink()
{
    return HtmlPage::response(
        u"Ссылка недействительна"_s,
        paragraph(u"Ссылка неизвестна, уже использована или устарела. Запросите новое письмо "
                  "в программе «Кабинет»."_s),
        StatusCode::BadRequest);
}

QHttpServerResponse AuthLinkPages::resetForm(const QString& token, const QString& login,
                                             const QString& error)
{
    QString body = paragraph(u"Задайте новый пароль для учётной записи %1."_s.arg(quoted(login)));
    if (!error.isEmpty())
        body += u"\n<p class=\"error\" role=\"alert\">"_s + HtmlPage::escaped(error) + u"</p>"_s;
    body += u"\n<form method=\"post\" action=\""_s
        + HtmlPage::escaped(AuthLinks::passwordResetPath())
        + u"\">\n<input type=\"hidden\" name=\"token\" value=\""_s + HtmlPage::escaped(token)
        + u"\">\n<label for=\"password\">Новый пароль</label>\n"
          "<input type=\"password\" id=\"password\" name=\"password\" "
          "autocomplete=\"new-password\" required maxlength=\"%1\">\n"
          "<p class=\"hint\">"_s.arg(ValidationRules::maxPasswordLength)
        + HtmlPage::escaped(passwordRulesHint())
        + u"</p>\n<label for=\"confirmation\">Подтверждение пароля</label>\n"
          "<input type=\"password\" id=\"confirmation\" name=\"passwordConfirmation\" "
          "autocomplete=\"new-password\" required maxlength=\"%1\">\n"
          "<button type=\"submit\">Сменить пароль</button>\n</form>"_s.arg(
              ValidationRules::maxPasswordLength);
    return HtmlPage::response(u"Смена пароля"_s, body,
                              error.isEmpty() ? StatusCode::Ok : StatusCode::UnprocessableEntity);
}

QHttpServerResponse AuthLinkPages::passwordChanged(const QString& login)
{
    return HtmlPage::response(
        u"Пароль изменён"_s,
        paragraph(u"Пароль учётной записи %1 изменён. Все сеансы завершены: войдите заново "
                  "с новым паролем."_s.arg(quoted(login))),
        StatusCode::Ok);
}

QHttpServerResponse AuthLinkPages::internalError()
{
    return HtmlPage::response(u"Ошибка сервера"_s,
                              paragraph(u"Не удалось выполнить запрос. Попробуйте позже."_s),
                              StatusCode::InternalServerError);
}

QString AuthLinkPages::ruleMessage(const ValidationResult& result)
{
    using Reason = ValidationResult::Reason;
    if (result.field() == ValidationResult::Field::PasswordConfirmation) {
        return result.reason() == Reason::Mismatch ? u"Пароль и подтверждение не совпадают."_s
                                                   : u"Повторите пароль в поле подтверждения."_s;
    }
    switch (result.reason()) {
    case Reason::None:
        return {};
    case Reason::Empty:
        return u"Введите новый пароль."_s;
    case Reason::ForbiddenCharacter:
        return u"Пароль не может содержать %1. %2."_s.arg(
            describeCharacter(result.offendingCharacter()), passwordRulesHint());
    case Reason::TooShort:
        return u"Пароль должен быть не короче %1 символов."_s.arg(
            ValidationRules::minPasswordLength);
    case Reason::TooLong:
        return u"Пароль должен быть не длиннее %1 символов."_s.arg(
            ValidationRules::maxPasswordLength);
    default:
        return passwordRulesHint() + u'.';
    }
}
