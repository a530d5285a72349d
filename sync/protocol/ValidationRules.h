#pragma once

#include "ValidationResult.h"

#include <QString>
#include <QStringView>

// The portal's rules for the registration form, shared by the client (checking as the user types)
// and the server (checking again, because the client cannot be trusted). Pure functions: no
// trimming or other silent repair of the input; a stray space is reported, not removed.
class ValidationRules
{
public:
    ValidationRules() = delete;

    static constexpr int maxLoginLength = 30;
    static constexpr int minPasswordLength = 6;
    static constexpr int maxPasswordLength = 60;
    static constexpr int maxEmailLength = 254;
    static constexpr int maxEmailLocalPartLength = 64;

    // Russian (А-Я, а-я, Ё, ё) and Latin letters, digits, '-' and '_'; starts with a letter; at
    // most 30 characters. Checked in that order of reasons: Empty, ForbiddenCharacter (the first
    // one), MustStartWithLetter, TooLong.
    static ValidationResult validateLogin(QStringView login);

    // A pragmatic check, not RFC 5322: exactly one '@'; a local part of 1..64 characters without
    // spaces, control characters or ( ) < > [ ] , ; : \ " and without leading, trailing or doubled
    // dots; a domain of at least two non-empty dot-separated labels made of letters (Cyrillic
    // domains included), digits and inner hyphens. Reasons: Empty, TooLong (over 254 characters),
    // Invalid.
    static ValidationResult validateEmail(QStringView email);

    // 6..60 characters, each a Latin letter, a digit or one of ! @ # $ % ^ _ . - * & ;
    // Reasons in order: Empty, ForbiddenCharacter (the first one), TooShort, TooLong.
    static ValidationResult validatePassword(QStringView password);

    // Reasons: Empty (nothing typed in the confirmation), Mismatch (exact, case-sensitive).
    static ValidationResult validatePasswordConfirmation(QStringView password,
                                                         QStringView confirmation);

    // Building blocks for input filters in the UI.
    static bool isLoginLetter(char32_t c);
    static bool isLoginCharacter(char32_t c);
    static bool isPasswordCharacter(char32_t c);
    // The special characters a password may contain, without separators: "!@#$%^_.-*&;".
    static QString passwordSpecialCharacters();
};
