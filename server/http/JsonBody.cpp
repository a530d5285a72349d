#include "http/JsonBody.h"

#include "http/HttpLimits.h"
#include "http/JsonResponse.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>

JsonBody JsonBody::read(const QHttpServerRequest& request)
{
    const QByteArray declared = request.value(QByteArrayLiteral("content-length")).trimmed();
    bool ok = false;
    const qint64 declaredLength = declared.toLongLong(&ok);
    return parse(request.body(), ok ? declaredLength : -1);
}

JsonBody JsonBody::parse(const QByteArray& bytes, qint64 declaredLength)
{
    JsonBody body;
    if (declaredLength > HttpLimits::maxBodyBytes || bytes.size() > HttpLimits::maxBodyBytes) {
        body.m_error = ApiError(ApiErrorCode::TooLarge);
        return body;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        body.m_error = ApiError(
            ApiErrorCode::Malformed, {},
            QCoreApplication::translate("JsonBody", "The request body is not valid JSON."));
        return body;
    }
    if (!document.isObject()) {
        body.m_error = ApiError(
            ApiErrorCode::Malformed, {},
            QCoreApplication::translate("JsonBody", "The request body must be a JSON object."));
        return body;
    }
    body.m_valid = true;
    body.m_object = document.object();
    return body;
}

QHttpServerResponse JsonBody::errorResponse() const
{
    return JsonResponse::error(m_error);
}
