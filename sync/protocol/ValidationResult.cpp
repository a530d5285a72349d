#include "ValidationResult.h"

#include "ValidationRules.h"

#include <QChar>
#include <QCoreApplication>

namespace {

// Invisible characters are named by code point; "cannot contain “ ”" would help nobody.
QString describeCharacter(char32_t c)
{
    if (c == U' ')
        return QCoreApplication::translate("ValidationResult", "a space");
    if (QChar::isSpace(c) || !QChar::isPrint(c))
        return QCoreApplication::translate("ValidationResult", "the character U+%1")
            .arg(QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0'));
    return QCoreApplication::translate("ValidationResult", "\"%1\"").arg(QString::fromUcs4(&c, 1));
}

QString passwordSpecialsForHumans()
{
    QString spaced;
    for (QChar c : ValidationRules::passwordSpecialCharacters()) {
        if (!spaced.isEmpty())
            spaced += u' ';
        spaced += c;
    }
    return spaced;
}

QString loginMessage(ValidationResult::Reason reason, char32_t offending)
{
    using Reason = ValidationResult::Reason;
    switch (reason) {
    case Reason::Empty:
        return QCoreApplication::translate("ValidationResult", "Enter a login.");
    case Reason::TooLong:
        return QCoreApplication::translate("ValidationResult",
                                           "The login can be at most %n character(s) long.",
                                           nullptr, ValidationRules::maxLoginLength);
    case Reason::MustStartWithLetter:
        return QCoreApplication::translate("ValidationResult",
                                           "The login must start with a Russian or Latin letter.");
    case Reason::ForbiddenCharacter:
        return QCoreApplication::translate(
                   "ValidationResult",
                   "The login cannot contain %1. Use Russian or Latin letters, digits, hyphens "
                   "and underscores.")
            .arg(describeCharacter(offending));
    default:
        return {};
    }
}

QString emailMessage(ValidationResult::Reason reason)
{
    using Reason = ValidationResult::Reason;
    switch (reason) {
    case Reason::Empty:
        return QCoreApplication::translate("ValidationResult", "Enter an e-mail address.");
    case Reason::TooLong:
        return QCoreApplication::translate(
            "ValidationResult", "The e-mail address can be at most %n character(s) long.", nullptr,
            ValidationRules::maxEmailLength);
    case Reason::Invalid:
        return QCoreApplication::translate("ValidationResult",
                                           "Enter an e-mail address such as name@example.ru.");
    default:
        return {};
    }
}

QString passwordMessage(ValidationResult::Reason reason, char32_t offending)
{
    using Reason = ValidationResult::Reason;
    switch (reason) {
    case Reason::Empty:
        return QCoreApplication::translate("ValidationResult", "Enter a password.");
    case Reason::TooShort:
        return QCoreApplication::translate("ValidationResult",
                                           "The password must be at least %n character(s) long.",
                                           nullptr, ValidationRules::minPasswordLength);
    case Reason::TooLong:
        return QCoreApplication::translate("ValidationResult",
                                           "The password can be at most %n character(s) long.",
                                           nullptr, ValidationRules::maxPasswordLength);
    case Reason::ForbiddenCharacter:
        return QCoreApplication::translate(
                   "ValidationResult",
                   "The password cannot contain %1. Use Latin letters, digits and the characters "
                   "%2")
            .arg(describeCharacter(offending), passwordSpecialsForHumans());
    default:
        return {};
    }
}

QString confirmationMessage(ValidationResult::Reason reason)
{
    using Reason = ValidationResult::Reason;
    switch (reason) {
    case Reason::Empty:
        return QCoreApplication::translate("ValidationResult", "Repeat the password.");
    case Reason::Mismatch:
        return QCoreApplication::translate("ValidationResult", "The passwords do not match.");
    default:
        return {};
    }
}

} // namespace

QString ValidationResult::message() const
{
    if (isValid())
        return {};
    QString text;
    switch (m_field) {
    case Field::Login:
        text = loginMessage(m_reason, m_offendingCharacter);
        break;
    case Field::Email:
        text = emailMessage(m_reason);
        break;
    case Field::Password:
        text = passwordMessage(m_reason, m_offendingCharacter);
        break;
    case Field::PasswordConfirmation:
        text = confirmationMessage(m_reason);
        break;
    }
    // A reason the field's rules never produce (a hand-made result): still say something.
    if (text.isEmpty())
        text = QCoreApplication::translate("ValidationResult", "The value is not valid.");
    return text;
}
