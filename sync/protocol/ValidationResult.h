#pragma once

#include <QString>

// The outcome of checking one registration-form field against the portal's rules. The reason is
// what callers branch on (and tests check); message() is what the user reads.
class ValidationResult
{
public:
    enum class Field
    {
        Login,
        Email,
        Password,
        PasswordConfirmation,
    };

    enum class Reason
    {
        None,
        Empty,
        TooShort,
        TooLong,
        MustStartWithLetter,
        ForbiddenCharacter, // offendingCharacter() says which
        Invalid, // the value's overall shape is wrong (an e-mail address without a domain, ...)
        Mismatch, // the confirmation differs from the password
    };

    static ValidationResult accepted(Field field) { return {field, Reason::None, 0}; }
    static ValidationResult rejected(Field field, Reason reason, char32_t offendingCharacter = 0)
    {
        return {field, reason, offendingCharacter};
    }

    bool isValid() const { return m_reason == Reason::None; }
    Field field() const { return m_field; }
    Reason reason() const { return m_reason; }
    // The first character that is not allowed, as a Unicode code point; 0 unless the reason is
    // ForbiddenCharacter.
    char32_t offendingCharacter() const { return m_offendingCharacter; }

    // A translated sentence naming the problem (and the character, if that is the problem) and
    // how to fix it; empty when valid.
    QString message() const;

    friend bool operator==(const ValidationResult&, const ValidationResult&) = default;

private:
    ValidationResult(Field field, Reason reason, char32_t offendingCharacter)
        : m_field(field)
        , m_reason(reason)
        , m_offendingCharacter(offendingCharacter)
    { }

    Field m_field;
    Reason m_reason;
    char32_t m_offendingCharacter;
};
