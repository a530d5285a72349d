#pragma once

#include "protocol/json/ApiErrorBody.h"

#include <QString>

#include <optional>

// Why an API request failed, typed so that callers branch on kind (and on code for the kinds
// that carry one) instead of on text. Built by ApiCall from the network error, the TLS errors
// and, for HTTP error answers, from the body of docs/api.md "Errors" (HttpAnswerMapper).
struct ApiError
{
    enum class Kind
    {
        // Host unreachable, connection refused, name not found.
        NoNetwork,
        // The connection broke after the request was sent: no, or only part of, an answer.
        ConnectionLost,
        // The TLS handshake failed or the server was refused; tlsReason says why.
        TlsFailure,
        // No bytes moved for longer than the request's timeout.
        Timeout,
        // ApiCall::cancel() (or ApiTransport::cancelAll()).
        Cancelled,
        // 5xx, whatever the body (a proxy's 502 page included); httpStatus says which.
        ServerError,
        // 401 unauthorized: the access token is missing, unknown, revoked or expired.
        Unauthorized,
        // 401 invalid_credentials: wrong login or password.
        InvalidCredentials,
        // 401 invalid_token: a refresh, activation or reset token is unknown, used or expired.
        InvalidToken,
        // 403 account_inactive.
        AccountInactive,
        // 404 not_found.
        NotFound,
        // 409 taken / already_linked / idempotency_conflict (code), field for taken.
        Conflict,
        // 422 invalid / captcha_required / wrong_captcha / no_match (code), with field.
        Validation,
        // 429; retryAfterSeconds from Retry-After when the server sent it.
        RateLimited,
        // The server refused the request's form: 400 malformed, 405 method_not_allowed,
        // 413 too_large. A client bug or a client/server version mismatch; retrying won't help.
        BadRequest,
        // A successful answer that is not a JSON object, an error answer of a status the API
        // does not use, or an HTTP protocol violation.
        MalformedResponse,
        // The answer exceeded the transport's size cap and was cut off.
        TooLarge,
        Other,
    };

    enum class TlsReason
    {
        None,
        // No chain to a trusted CA: self-signed, unknown CA, untrusted root.
        Untrusted,
        // Expired or not valid yet (the clock may be wrong, too).
        Expired,
        // The certificate does not name the host connected to.
        HostMismatch,
        // Verified, but its key is not the pinned one.
        PinMismatch,
        Other,
    };

    Kind kind = Kind::Other;
    TlsReason tlsReason = TlsReason::None;
    // The HTTP status when an HTTP answer came, else 0.
    int httpStatus = 0;
    // The API's error code, when the answer carried a known one.
    std::optional<ApiErrorBody::Code> code;
    // The request field at fault (Validation, Conflict); empty for none.
    QString field;
    // The server's message for people (may be in any language, may change); not for branching
    // and never logged, as it may repeat what the user typed.
    QString serverMessage;
    // From Retry-After (RateLimited, sometimes ServerError).
    std::optional<int> retryAfterSeconds;
    // Technical detail for logs and support: Qt's error text, the certificate errors.
    QString detail;

    static ApiError make(Kind kind, const QString& detail = {});
    static ApiError tls(TlsReason reason, const QString& detail = {});

    // Whether the same request may succeed later without the user changing anything: timeouts,
    // lost or missing networks, 5xx and 429 (after retryAfterSeconds).
    bool isRetryable() const;
    // A translated sentence for the user.
    QString userMessage() const;

    // Stable English names for logs and test output: "NoNetwork", "PinMismatch".
    static QString kindName(Kind kind);
    static QString tlsReasonName(TlsReason reason);
    // "TlsFailure/PinMismatch", "Validation 422 invalid (login)" — no message, nothing secret.
    QString describe() const;

    friend bool operator==(const ApiError&, const ApiError&) = default;
};
