#pragma once

#include "http/ApiError.h"

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

// Builds the answers of every endpoint: JSON bodies with
// "Content-Type: application/json; charset=utf-8" and "Cache-Control: no-store" (answers carry
// tokens and personal data), and error bodies {"error", "field", "message"} with their status.
//
//     return JsonResponse::object({{u"status"_s, u"ok"_s}});
//     return JsonResponse::created(account.toJson());
//     return JsonResponse::error(ApiErrorCode::Invalid, u"login"_s, tr("…"));
class JsonResponse
{
public:
    using StatusCode = QHttpServerResponder::StatusCode;

    static QByteArray contentType();

    static QHttpServerResponse object(const QJsonObject& body, StatusCode status = StatusCode::Ok);
    static QHttpServerResponse array(const QJsonArray& body, StatusCode status = StatusCode::Ok);
    // 201 Created with the created thing.
    static QHttpServerResponse created(const QJsonObject& body);
    // A status without a body, e.g. 204 No Content or 202 Accepted.
    static QHttpServerResponse empty(StatusCode status = StatusCode::NoContent);

    static QHttpServerResponse error(const ApiError& error);
    static QHttpServerResponse error(ApiErrorCode code, const QString& field = {},
                                     const QString& message = {});
    // 429 rate_limited with "Retry-After: seconds".
    static QHttpServerResponse rateLimited(qint64 retryAfterSeconds, const QString& message = {});

    // {"error": …, "field": … or null, "message": …}
    static QJsonObject errorBody(const ApiError& error);
};
