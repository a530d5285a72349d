#pragma once

#include "net/ApiError.h"

#include <QJsonObject>
#include <QMetaType>

// What an API request ended with: a successful (2xx) answer with its JSON object (empty for an
// empty body such as 204's), or an ApiError. Exactly one of the two.
class ApiResult
{
public:
    // A failed result of kind Other; exists for containers and signal arguments.
    ApiResult() = default;

    static ApiResult success(int status, const QJsonObject& body, bool idempotentReplay = false);
    static ApiResult failure(const ApiError& error);

    bool isOk() const { return m_ok; }
    // The HTTP status: of the answer when one came (errors too), else 0.
    int status() const { return m_ok ? m_status : m_error.httpStatus; }
    // The answer's object; empty for failures.
    const QJsonObject& body() const { return m_body; }
    // The size of the answer's body as the transport received it (after any content decoding),
    // so that nobody needs to serialize body() again to know it; 0 for failures.
    qint64 bodyBytes() const { return m_bodyBytes; }
    void setBodyBytes(qint64 bytes) { m_bodyBytes = bytes; }
    // The answer repeats an earlier one (Idempotent-Replayed: true): nothing new was created.
    bool isIdempotentReplay() const { return m_replay; }
    // Meaningful only when !isOk().
    const ApiError& error() const { return m_error; }

private:
    bool m_ok = false;
    int m_status = 0;
    QJsonObject m_body;
    qint64 m_bodyBytes = 0;
    bool m_replay = false;
    ApiError m_error;
};

Q_DECLARE_METATYPE(ApiResult)
