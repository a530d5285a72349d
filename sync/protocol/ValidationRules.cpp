#include "ValidationRules.h"

#include <QChar>
#include <QList>

#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace {

using Field = ValidationResult::Field;
using Reason = ValidationResult::Reason;

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isRussianLetter(char32_t c)
{
    // U+0410..U+044F is exactly А..Я and а..я; Ё and ё sit outside that block.
    return (c >= U'\u0410' && c <= U'\u044F') || c == U'\u0401' || c == U'\u0451';
}

// Code points rather than UTF-16 units, so that an emoji is one (forbidden) character and a lone
// surrogate shows up as U+FFFD instead of half a character.
QList<uint> codePoints(QStringView text)
{
    return text.toUcs4();
}

// 0 when every character passes.
template<typename Predicate>
char32_t firstForbidden(const QList<uint>& characters, Predicate allowed)
{
    for (uint c : characters) {
        if (!allowed(char32_t(c)))
            return char32_t(c);
    }
    return 0;
}

bool isEmailLocalPartCharacter(char32_t c)
{
    if (QChar::isSpace(c) || !QChar::isPrint(c))
        return false;
    constexpr std::u32string_view specials = U"()<>[],;:\\\"@";
    return specials.find(c) == std::u32string_view::npos;
}

bool isValidDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.front() == u'-' || label.back() == u'-')
        return false;
    for (uint c : label.toUcs4()) {
        if (c != U'-' && !QChar::isLetterOrNumber(char32_t(c)))
            return false;
    }
    return true;
}

bool isValidEmailShape(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at < 0 || email.indexOf(u'@', at + 1) >= 0)
        return false;

    const QStringView local = email.left(at);
    if (local.isEmpty() || local.size() > ValidationRules::maxEmailLocalPartLength)
        return false;
    if (local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return false;
    if (firstForbidden(local.toUcs4(), isEmailLocalPartCharacter) != 0)
        return false;

    const QStringView domain = email.mid(at + 1);
    if (!domain.contains(u'.'))
        return false;
    // Manual split: QStringView::split/tokenize would work too, but keeping empty labels visible
    // is the whole point here ("mail..ru", ".ru", "mail.ru.").
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i < domain.size() && domain.at(i) != u'.')
            continue;
        if (!isValidDomainLabel(domain.mid(labelStart, i - labelStart)))
            return false;
        labelStart = i + 1;
    }
    return true;
}

} // namespace

bool ValidationRules::isLoginLetter(char32_t c)
{
    return isAsciiLetter(c) || isRussianLetter(c);
}

bool ValidationRules::isLoginCharacter(char32_t c)
{
    return isLoginLetter(c) || isAsciiDigit(c) || c == U'-' || c == U'_';
}

bool ValidationRules::isPasswordCharacter(char32_t c)
{
    constexpr std::u32string_view specials = U"!@#$%^_.-*&;";
    return isAsciiLetter(c) || isAsciiDigit(c) || specials.find(c) != std::u32string_view::npos;
}

QString ValidationRules::passwordSpecialCharacters()
{
    return u"!@#$%^_.-*&;"_s;
}

ValidationResult ValidationRules::validateLogin(QStringView login)
{
    if (login.isEmpty())
        return ValidationResult::rejected(Field::Login, Reason::Empty);
    const QList<uint> characters = codePoints(login);
    if (const char32_t bad = firstForbidden(characters, isLoginCharacter))
        return ValidationResult::rejected(Field::Login, Reason::ForbiddenCharacter, bad);
    if (!isLoginLetter(char32_t(characters.front())))
        return ValidationResult::rejected(Field::Login, Reason::MustStartWithLetter);
    if (characters.size() > maxLoginLength)
        return ValidationResult::rejected(Field::Login, Reason::TooLong);
    return ValidationResult::accepted(Field::Login);
}

ValidationResult ValidationRules::validateEmail(QStringView email)
{
    if (email.isEmpty())
        return ValidationResult::rejected(Field::Email, Reason::Empty);
    if (codePoints(email).size() > maxEmailLength)
        return ValidationResult::rejected(Field::Email, Reason::TooLong);
    if (!isValidEmailShape(email))
        return ValidationResult::rejected(Field::Email, Reason::Invalid);
    return ValidationResult::accepted(Field::Email);
}

ValidationResult ValidationRules::validatePassword(QStringView password)
{
    if (password.isEmpty())
        return ValidationResult::rejected(Field::Password, Reason::Empty);
    const QList<uint> characters = codePoints(password);
    if (const char32_t bad = firstForbidden(characters, isPasswordCharacter))
        return ValidationResult::rejected(Field::Password, Reason::ForbiddenCharacter, bad);
    if (characters.size() < minPasswordLength)
        return ValidationResult::rejected(Field::Password, Reason::TooShort);
    if (characters.size() > maxPasswordLength)
        return ValidationResult::rejected(Field::Password, Reason::TooLong);
    return ValidationResult::accepted(Field::Password);
}

ValidationResult ValidationRules::validatePasswordConfirmation(QStringView password,
                                                               QStringView confirmation)
{
    if (confirmation.isEmpty())
        return ValidationResult::rejected(Field::PasswordConfirmation, Reason::Empty);
    if (password != confirmation)
        return ValidationResult::rejected(Field::PasswordConfirmation, Reason::Mismatch);
    return ValidationResult::accepted(Field::PasswordConfirmation);
}
