#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The body of every error answer of the API: {"error": "invalid", "field": "login", "message": …}.
// code is what both sides branch on; message is for people and may change. (Not "ApiError": the
// server's HTTP layer has a class of that name.)
struct ApiErrorBody
{
    // The stable codes of docs/api.md, "Errors".
    enum class Code
    {
        Malformed,
        Unauthorized,
        InvalidCredentials,
        InvalidToken,
        AccountInactive,
        NotFound,
        MethodNotAllowed,
        Taken,
        AlreadyLinked,
        IdempotencyConflict,
        TooLarge,
        Invalid,
        CaptchaRequired,
        WrongCaptcha,
        NoMatch,
        RateLimited,
        Internal,
    };

    Code code = Code::Internal;
    QString field; // the request field at fault; empty for none (null on the wire)
    QString message;

    // The word on the wire: "malformed", "invalid_credentials", …
    static QString codeKey(Code code);
    static std::optional<Code> codeFromKey(QStringView key);
    // The HTTP status the API answers with this code: 400, 401, …
    static int httpStatus(Code code);

    friend bool operator==(const ApiErrorBody&, const ApiErrorBody&) = default;
};
