#include "http/ApiError.h"

using namespace Qt::Literals::StringLiterals;

ApiError::ApiError(ApiErrorCode code, const QString& field, const QString& message)
    : m_code(code)
    , m_field(field)
    , m_message(message)
{ }

ApiErrorBody ApiError::body() const
{
    return ApiErrorBody {m_code, m_field, message()};
}

ApiError ApiError::fromJsonError(const JsonError& error)
{
    switch (error.reason) {
    case JsonError::Reason::None:
        return ApiError(ApiErrorCode::Internal);
    case JsonError::Reason::NotJson:
    case JsonError::Reason::NotAnObject:
        return ApiError(ApiErrorCode::Malformed, {}, error.message);
    case JsonError::Reason::Missing:
        return ApiError(ApiErrorCode::Invalid, error.field, error.message);
    default:
        return ApiError(ApiErrorCode::Malformed, error.field, error.message);
    }
}

QString ApiError::codeName(ApiErrorCode code)
{
    return ApiErrorBody::codeKey(code);
}

QHttpServerResponder::StatusCode ApiError::status(ApiErrorCode code)
{
    return QHttpServerResponder::StatusCode(ApiErrorBody::httpStatus(code));
}

QString ApiError::defaultMessage(ApiErrorCode code)
{
    switch (code) {
    case ApiErrorCode::Malformed:
        return tr("The request is not a JSON object of the expected form.");
    case ApiErrorCode::Unauthorized:
        return tr("Sign in again: the session is missing, expired or revoked.");
    case ApiErrorCode::InvalidCredentials:
        return tr("Wrong login or password.");
    case ApiErrorCode::InvalidToken:
        return tr("The link or token is unknown, already used or expired.");
    case ApiErrorCode::AccountInactive:
        return tr("The account is not activated yet: open the link from the activation e-mail.");
    case ApiErrorCode::NotFound:
        return tr("Not found.");
    case ApiErrorCode::MethodNotAllowed:
        return tr("This method is not allowed here.");
    case ApiErrorCode::Taken:
        return tr("This value is already in use.");
    case ApiErrorCode::AlreadyLinked:
        return tr("The account is already linked.");
    case ApiErrorCode::IdempotencyConflict:
        return tr("This idempotency key was already used with a different request.");
    case ApiErrorCode::TooLarge:
        return tr("The request body is larger than 64 KiB.");
    case ApiErrorCode::Invalid:
        return tr("The value is not valid.");
    case ApiErrorCode::CaptchaRequired:
        return tr("Answer the captcha.");
    case ApiErrorCode::WrongCaptcha:
        return tr("The captcha answer is wrong or expired.");
    case ApiErrorCode::NoMatch:
        return tr("The account details do not match the operator's records.");
    case ApiErrorCode::RateLimited:
        return tr("Too many attempts: try again later.");
    case ApiErrorCode::Internal:
        return tr("Internal server error.");
    }
    return {};
}
