#pragma once

#include "protocol/json/ApiErrorBody.h"
#include "protocol/json/JsonError.h"

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QString>

// The stable error codes of docs/api.md ("Errors"). They are the protocol's own
// (ApiErrorBody::Code, shared with the client), so that names and statuses cannot drift apart.
using ApiErrorCode = ApiErrorBody::Code;

// One error answer: {"error": code, "field": field or null, "message": message}. An empty
// message means the code's default sentence.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    ApiError() = default;
    explicit ApiError(ApiErrorCode code, const QString& field = {}, const QString& message = {});

    ApiErrorCode code() const { return m_code; }
    // The request field at fault; empty for none (sent as null).
    QString field() const { return m_field; }
    QString message() const { return m_message.isEmpty() ? defaultMessage(m_code) : m_message; }

    // The body on the wire (message filled in).
    ApiErrorBody body() const;
    // How a request body that a protocol codec (JsonReader) refused is answered: not JSON or not
    // an object is 400 malformed; a missing field 422 invalid naming it; any other bad field 400
    // malformed naming it.
    static ApiError fromJsonError(const JsonError& error);

    // "malformed", "not_found", …: the value of "error" on the wire.
    static QString codeName(ApiErrorCode code);
    static QHttpServerResponder::StatusCode status(ApiErrorCode code);
    static QString defaultMessage(ApiErrorCode code);

    bool operator==(const ApiError& other) const = default;

private:
    ApiErrorCode m_code = ApiErrorCode::Internal;
    QString m_field;
    QString m_message;
};
