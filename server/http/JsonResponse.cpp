#include "http/JsonResponse.h"

#include "protocol/json/ApiErrorBodyJson.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
QHttpServerResponse jsonResponse(const QJsonDocument& document,
                                 QHttpServerResponder::StatusCode status)
{
    QHttpServerResponse response(JsonResponse::contentType(),
                                 document.toJson(QJsonDocument::Compact), status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}
} // namespace

QByteArray JsonResponse::contentType()
{
    return QByteArrayLiteral("application/json; charset=utf-8");
}

QHttpServerResponse JsonResponse::object(const QJsonObject& body, StatusCode status)
{
    return jsonResponse(QJsonDocument(body), status);
}

QHttpServerResponse JsonResponse::array(const QJsonArray& body, StatusCode status)
{
    return jsonResponse(QJsonDocument(body), status);
}

QHttpServerResponse JsonResponse::created(const QJsonObject& body)
{
    return object(body, StatusCode::Created);
}

QHttpServerResponse JsonResponse::empty(StatusCode status)
{
    QHttpServerResponse response(status);
    // Qt labels an empty body "application/x-empty"; an empty answer needs no type at all.
    response.clearHeader(QByteArrayLiteral("Content-Type"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse JsonResponse::error(const ApiError& error)
{
    return object(errorBody(error), ApiError::status(error.code()));
}

QHttpServerResponse JsonResponse::error(ApiErrorCode code, const QString& field,
                                        const QString& message)
{
    return error(ApiError(code, field, message));
}

QHttpServerResponse JsonResponse::rateLimited(qint64 retryAfterSeconds, const QString& message)
{
    QHttpServerResponse response = error(ApiErrorCode::RateLimited, {}, message);
    response.setHeader(QByteArrayLiteral("Retry-After"),
                       QByteArray::number(qMax<qint64>(1, retryAfterSeconds)));
    return response;
}

QJsonObject JsonResponse::errorBody(const ApiError& error)
{
    return ApiErrorBodyJson::toJson(error.body());
}
