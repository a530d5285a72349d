#include "http/JsonFieldReader.h"

#include "http/JsonResponse.h"
#include "protocol/json/JsonValues.h"

namespace {
// The protocol's bound: integers a double (and JavaScript) holds exactly.
constexpr qint64 maxExactInteger = JsonValues::maxSafeInteger;

std::optional<qint64> exactInteger(const QJsonValue& value)
{
    // toInteger() gives its default for fractions; two defaults tell a fraction from a value.
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a != b || a > maxExactInteger || a < -maxExactInteger)
        return std::nullopt;
    return a;
}
} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject& object)
    : m_object(object)
{ }

bool JsonFieldReader::has(const QString& key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString JsonFieldReader::requiredString(const QString& key)
{
    const std::optional<QJsonValue> value = take(key, Kind::String, true);
    return value ? value->toString() : QString();
}

std::optional<QString> JsonFieldReader::optionalString(const QString& key)
{
    const std::optional<QJsonValue> value = take(key, Kind::String, false);
    return value ? std::optional<QString>(value->toString()) : std::nullopt;
}

bool JsonFieldReader::requiredBool(const QString& key)
{
    const std::optional<QJsonValue> value = take(key, Kind::Bool, true);
    return value && value->toBool();
}

std::optional<bool> JsonFieldReader::optionalBool(const QString& key)
{
    const std::optional<QJsonValue> value = take(key, Kind::Bool, false);
    return value ? std::optional<bool>(value->toBool()) : std::nullopt;
}

qint64 JsonFieldReader::requiredInteger(const QString& key)
{
    const std::optional<QJsonValue> value = take(key, Kind::Integer, true);
    return value ? exactInteger(*value).value_or(0) : 0;
}

std::optional<qint64> JsonFieldReader::optionalInteger(const QString& key)
{
    const std::optional<QJsonValue> value = take(key, Kind::Integer, false);
    return value ? exactInteger(*value) : std::nullopt;
}

QHttpServerResponse JsonFieldReader::errorResponse() const
{
    return JsonResponse::error(error());
}

void JsonFieldReader::fail(const ApiError& error)
{
    if (!m_error)
        m_error = error;
}

std::optional<QJsonValue> JsonFieldReader::take(const QString& key, Kind kind, bool required)
{
    if (m_error)
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(ApiError(ApiErrorCode::Invalid, key, tr("This field is required.")));
        return std::nullopt;
    }
    bool fits = false;
    switch (kind) {
    case Kind::String:
        fits = value.isString();
        break;
    case Kind::Bool:
        fits = value.isBool();
        break;
    case Kind::Integer:
        fits = value.isDouble() && exactInteger(value).has_value();
        break;
    }
    if (!fits) {
        fail(ApiError(ApiErrorCode::Malformed, key,
                      tr("The field \"%1\" must be %2.").arg(key, kindText(kind))));
        return std::nullopt;
    }
    return value;
}

QString JsonFieldReader::kindText(Kind kind)
{
    switch (kind) {
    case Kind::String:
        return tr("a string");
    case Kind::Bool:
        return tr("true or false");
    case Kind::Integer:
        return tr("a whole number");
    }
    return {};
}
