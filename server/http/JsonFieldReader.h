#pragma once

#include "http/ApiError.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <optional>

// Typed access to the fields of a JSON body that remembers the first problem:
//
//     JsonFieldReader fields(body.object());
//     const QString login = fields.requiredString(u"login"_s);
//     const std::optional<bool> subscribe = fields.optionalBool(u"receiptSubscription"_s);
//     const qint64 kopecks = fields.requiredInteger(u"lastPaymentKopecks"_s);
//     if (fields.hasError())
//         return fields.errorResponse();
//
// A field of the wrong JSON type is 400 malformed naming the field (docs/api.md); a missing (or
// null) required field is 422 invalid naming it. Integers must be whole JSON numbers within
// ±(2^53 − 1). After the first error every call returns an empty value and the error stays the
// first.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    explicit JsonFieldReader(const QJsonObject& object);

    // Whether the key is present with a value other than null.
    bool has(const QString& key) const;

    QString requiredString(const QString& key);
    std::optional<QString> optionalString(const QString& key);
    bool requiredBool(const QString& key);
    std::optional<bool> optionalBool(const QString& key);
    qint64 requiredInteger(const QString& key);
    std::optional<qint64> optionalInteger(const QString& key);

    bool hasError() const { return m_error.has_value(); }
    // Valid only when hasError().
    ApiError error() const { return m_error.value_or(ApiError()); }
    QHttpServerResponse errorResponse() const;

    // Records an error found by the caller (e.g. a rule check), unless one is already recorded.
    void fail(const ApiError& error);

private:
    enum class Kind
    {
        String,
        Bool,
        Integer
    };
    // The value if the key is present, non-null and of the kind; records an error otherwise.
    std::optional<QJsonValue> take(const QString& key, Kind kind, bool required);
    static QString kindText(Kind kind);

    QJsonObject m_object;
    std::optional<ApiError> m_error;
};
