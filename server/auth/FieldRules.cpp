#include "auth/FieldRules.h"

#include "protocol/ValidationRules.h"

using namespace Qt::Literals::StringLiterals;

QString FieldRules::fieldName(ValidationResult::Field field)
{
    switch (field) {
    case ValidationResult::Field::Login:
        return u"login"_s;
    case ValidationResult::Field::Email:
        return u"email"_s;
    case ValidationResult::Field::Password:
        return u"password"_s;
    case ValidationResult::Field::PasswordConfirmation:
        return u"passwordConfirmation"_s;
    }
    return {};
}

std::optional<ApiError> FieldRules::error(const ValidationResult& result)
{
    if (result.isValid())
        return std::nullopt;
    return ApiError(ApiErrorCode::Invalid, fieldName(result.field()), result.message());
}

std::optional<ApiError> FieldRules::newPasswordError(const QString& password,
                                                     const QString& confirmation)
{
    if (std::optional<ApiError> broken = error(ValidationRules::validatePassword(password)))
        return broken;
    return error(ValidationRules::validatePasswordConfirmation(password, confirmation));
}
