#pragma once

#include "http/ApiError.h"
#include "protocol/ValidationResult.h"

#include <QString>

#include <optional>

// The protocol's ValidationRules as API errors: a broken rule is 422 invalid naming the request
// field, with the rule's own message (the same sentence the client shows).
class FieldRules
{
public:
    FieldRules() = delete;

    // The request field a rule checks: "login", "email", "password", "passwordConfirmation".
    static QString fieldName(ValidationResult::Field field);
    // nullopt when the result is valid.
    static std::optional<ApiError> error(const ValidationResult& result);
    // The first broken rule of a new password ("password") and its confirmation
    // ("passwordConfirmation").
    static std::optional<ApiError> newPasswordError(const QString& password,
                                                    const QString& confirmation);
};
