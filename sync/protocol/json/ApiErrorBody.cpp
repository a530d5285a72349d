#include "ApiErrorBody.h"

namespace {

struct CodeInfo
{
    ApiErrorBody::Code code;
    QStringView key;
    int httpStatus;
};

constexpr CodeInfo codes[] = {
    {ApiErrorBody::Code::Malformed, u"malformed", 400},
    {ApiErrorBody::Code::Unauthorized, u"unauthorized", 401},
    {ApiErrorBody::Code::InvalidCredentials, u"invalid_credentials", 401},
    {ApiErrorBody::Code::InvalidToken, u"invalid_token", 401},
    {ApiErrorBody::Code::AccountInactive, u"account_inactive", 403},
    {ApiErrorBody::Code::NotFound, u"not_found", 404},
    {ApiErrorBody::Code::MethodNotAllowed, u"method_not_allowed", 405},
    {ApiErrorBody::Code::Taken, u"taken", 409},
    {ApiErrorBody::Code::AlreadyLinked, u"already_linked", 409},
    {ApiErrorBody::Code::IdempotencyConflict, u"idempotency_conflict", 409},
    {ApiErrorBody::Code::TooLarge, u"too_large", 413},
    {ApiErrorBody::Code::Invalid, u"invalid", 422},
    {ApiErrorBody::Code::CaptchaRequired, u"captcha_required", 422},
    {ApiErrorBody::Code::WrongCaptcha, u"wrong_captcha", 422},
    {ApiErrorBody::Code::NoMatch, u"no_match", 422},
    {ApiErrorBody::Code::RateLimited, u"rate_limited", 429},
    {ApiErrorBody::Code::Internal, u"internal", 500},
};

const CodeInfo* find(ApiErrorBody::Code code)
{
    for (const CodeInfo& info : codes) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

} // namespace

QString ApiErrorBody::codeKey(Code code)
{
    const CodeInfo* info = find(code);
    return info ? info->key.toString() : QString();
}

std::optional<ApiErrorBody::Code> ApiErrorBody::codeFromKey(QStringView key)
{
    for (const CodeInfo& info : codes) {
        if (info.key == key)
            return info.code;
    }
    return std::nullopt;
}

int ApiErrorBody::httpStatus(Code code)
{
    const CodeInfo* info = find(code);
    return info ? info->httpStatus : 500;
}
