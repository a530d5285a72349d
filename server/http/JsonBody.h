#pragma once

#include "http/ApiError.h"

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

// The JSON object body of a request, or why there is none:
//
//     const JsonBody body = JsonBody::read(request);
//     if (!body.isValid())
//         return body.errorResponse();   // 400 malformed or 413 too_large
//     JsonFieldReader fields(body.object());
//
// Bodies over HttpLimits::maxBodyBytes are 413 too_large (the connection guard usually refuses
// them by Content-Length before they are read; this is the check for the rest); anything but a
// JSON object, including an empty body, is 400 malformed.
class JsonBody
{
public:
    static JsonBody read(const QHttpServerRequest& request);
    // The same checks on raw bytes; declaredLength is the Content-Length (-1 when absent).
    static JsonBody parse(const QByteArray& bytes, qint64 declaredLength = -1);

    bool isValid() const { return m_valid; }
    const QJsonObject& object() const { return m_object; }
    const ApiError& error() const { return m_error; }
    QHttpServerResponse errorResponse() const;

private:
    JsonBody() = default;

    bool m_valid = false;
    QJsonObject m_object;
    ApiError m_error;
};
