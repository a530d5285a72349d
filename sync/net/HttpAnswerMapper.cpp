#include "net/HttpAnswerMapper.h"

#include "net/RetryAfter.h"
#include "protocol/json/ApiErrorBodyJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace {
ApiResult mapSuccess(const HttpAnswerMapper::Answer& answer)
{
    // 204, and 202 may carry nothing at all.
    if (answer.body.trimmed().isEmpty())
        return ApiResult::success(answer.status, {}, answer.idempotentReplay);
    // An HTTP answer came, so the error carries its status like every other (ApiError).
    const auto malformed = [&answer](const QString& detail) {
        ApiError error = ApiError::make(ApiError::Kind::MalformedResponse, detail);
        error.httpStatus = answer.status;
        return ApiResult::failure(error);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(u"the answer is not JSON: "_s + parseError.errorString() + u" at offset "_s
                         + QString::number(parseError.offset));
    if (!document.isObject())
        return malformed(u"the answer is not a JSON object"_s);
    ApiResult result =
        ApiResult::success(answer.status, document.object(), answer.idempotentReplay);
    result.setBodyBytes(answer.body.size());
    return result;
}

// The error body, when the answer carries one that fits its status.
std::optional<ApiErrorBody> errorBody(const HttpAnswerMapper::Answer& answer, QString& detail)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        detail = u"no JSON error body"_s;
        return std::nullopt;
    }
    JsonError jsonError;
    const std::optional<ApiErrorBody> body =
        ApiErrorBodyJson::fromJson(document.object(), &jsonError);
    if (!body) {
        detail = u"unusable error body: "_s + jsonError.message;
        return std::nullopt;
    }
    if (ApiErrorBody::httpStatus(body->code) != answer.status) {
        detail = u"error code "_s + ApiErrorBody::codeKey(body->code) + u" does not fit status "_s
            + QString::number(answer.status);
        return std::nullopt;
    }
    return body;
}
} // namespace

ApiResult HttpAnswerMapper::map(const Answer& answer, const QDateTime& nowUtc)
{
    if (answer.status >= 200 && answer.status <= 299)
        return mapSuccess(answer);

    ApiError error;
    error.httpStatus = answer.status;
    if (answer.status < 400) {
        // Redirects are not followed (they could carry the token elsewhere), and the API has none.
        error.kind = ApiError::Kind::MalformedResponse;
        error.detail = u"unexpected status "_s + QString::number(answer.status);
        return ApiResult::failure(error);
    }

    const std::optional<ApiErrorBody> body = errorBody(answer, error.detail);
    if (body) {
        error.code = body->code;
        error.field = body->field;
        error.serverMessage = body->message;
    }
    // Any 5xx is the server's trouble, whatever its body claims.
    error.kind =
        body && answer.status < 500 ? kindForCode(body->code) : kindForStatus(answer.status);
    if (answer.status == 429 || answer.status == 503)
        error.retryAfterSeconds = RetryAfter::parse(answer.retryAfter, nowUtc);
    return ApiResult::failure(error);
}

ApiError::Kind HttpAnswerMapper::kindForCode(ApiErrorBody::Code code)
{
    using Code = ApiErrorBody::Code;
    switch (code) {
    case Code::Malformed:
    case Code::MethodNotAllowed:
    case Code::TooLarge:
        return ApiError::Kind::BadRequest;
    case Code::Unauthorized:
        return ApiError::Kind::Unauthorized;
    case Code::InvalidCredentials:
        return ApiError::Kind::InvalidCredentials;
    case Code::InvalidToken:
        return ApiError::Kind::InvalidToken;
    case Code::AccountInactive:
        return ApiError::Kind::AccountInactive;
    case Code::NotFound:
        return ApiError::Kind::NotFound;
    case Code::Taken:
    case Code::AlreadyLinked:
    case Code::IdempotencyConflict:
        return ApiError::Kind::Conflict;
    case Code::Invalid:
    case Code::CaptchaRequired:
    case Code::WrongCaptcha:
    case Code::NoMatch:
        return ApiError::Kind::Validation;
    case Code::RateLimited:
        return ApiError::Kind::RateLimited;
    case Code::Internal:
        return ApiError::Kind::ServerError;
    }
    return ApiError::Kind::Other;
}

ApiError::Kind HttpAnswerMapper::kindForStatus(int status)
{
    if (status >= 500 && status <= 599)
        return ApiError::Kind::ServerError;
    switch (status) {
    case 400:
    case 405:
    case 413:
        return ApiError::Kind::BadRequest;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 422:
        return ApiError::Kind::Validation;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return ApiError::Kind::Other;
    }
}
