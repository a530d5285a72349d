#include "JsonReader.h"

#include "protocol/json/JsonValues.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

JsonReader::JsonReader(const QJsonObject& object)
    : m_object(object)
{ }

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray& body, JsonError* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = JsonError::make(JsonError::Reason::NotJson, QString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = JsonError::make(JsonError::Reason::NotAnObject, QString());
        return std::nullopt;
    }
    return document.object();
}

void JsonReader::fail(JsonError::Reason reason, const QString& field)
{
    if (isOk())
        m_error = JsonError::make(reason, field);
}

QJsonValue JsonReader::required(QStringView key)
{
    if (!isOk())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(JsonError::Reason::Missing, key.toString());
    return value;
}

std::optional<qint64> JsonReader::wholeNumber(const QJsonValue& value, QStringView key)
{
    if (!value.isDouble()) {
        fail(JsonError::Reason::WrongType, key.toString());
        return std::nullopt;
    }
    // Qt's parser keeps integers that fit a qint64 exactly and everything else as a double; either
    // way toDouble() tells whether the number is whole and roughly how big it is, and beyond the
    // safe range that is all we need to know.
    const double number = value.toDouble();
    if (std::trunc(number) != number) {
        fail(JsonError::Reason::NotAnInteger, key.toString());
        return std::nullopt;
    }
    if (std::fabs(number) > double(JsonValues::maxSafeInteger)) {
        fail(JsonError::Reason::OutOfRange, key.toString());
        return std::nullopt;
    }
    const qint64 whole = value.toInteger();
    if (!JsonValues::isSafeInteger(whole)) { // 2^53 + 1 reads as exactly 2^53 in a double
        fail(JsonError::Reason::OutOfRange, key.toString());
        return std::nullopt;
    }
    return whole;
}

QString JsonReader::string(QStringView key)
{
    const QJsonValue value = required(key);
    if (!isOk())
        return {};
    if (!value.isString()) {
        fail(JsonError::Reason::WrongType, key.toString());
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(QStringView key)
{
    if (!isOk())
        return {};
    const QJsonValue value = m_object.value(key);
    if (isNothing(value))
        return {};
    if (!value.isString()) {
        fail(JsonError::Reason::WrongType, key.toString());
        return {};
    }
    return value.toString();
}

bool JsonReader::boolean(QStringView key)
{
    const QJsonValue value = required(key);
    if (!isOk())
        return false;
    if (!value.isBool()) {
        fail(JsonError::Reason::WrongType, key.toString());
        return false;
    }
    return value.toBool();
}

qint64 JsonReader::integer(QStringView key)
{
    const QJsonValue value = required(key);
    if (!isOk())
        return 0;
    return wholeNumber(value, key).value_or(0);
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key)
{
    if (!isOk())
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (isNothing(value))
        return std::nullopt;
    return wholeNumber(value, key);
}

int JsonReader::int32(QStringView key)
{
    const qint64 value = integer(key);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        fail(JsonError::Reason::OutOfRange, key.toString());
        return 0;
    }
    return static_cast<int>(value);
}

Money JsonReader::money(QStringView key)
{
    return Money::fromKopecks(integer(key));
}

std::optional<Money> JsonReader::optionalMoney(QStringView key)
{
    const std::optional<qint64> kopecks = optionalInteger(key);
    if (!kopecks)
        return std::nullopt;
    return Money::fromKopecks(*kopecks);
}

Period JsonReader::period(QStringView key)
{
    const QString text = string(key);
    if (!isOk())
        return {};
    const Period period = Period::fromIsoString(text);
    if (!period.isValid())
        fail(JsonError::Reason::BadPeriod, key.toString());
    return period;
}

Period JsonReader::optionalPeriod(QStringView key)
{
    if (!isOk() || isNothing(m_object.value(key)))
        return {};
    return period(key);
}

QDate JsonReader::date(QStringView key)
{
    const QString text = string(key);
    if (!isOk())
        return {};
    const QDate date = JsonValues::parseDate(text);
    if (!date.isValid())
        fail(JsonError::Reason::BadDate, key.toString());
    return date;
}

QDate JsonReader::optionalDate(QStringView key)
{
    if (!isOk() || isNothing(m_object.value(key)))
        return {};
    return date(key);
}

QDateTime JsonReader::instant(QStringView key)
{
    const QString text = string(key);
    if (!isOk())
        return {};
    const QDateTime instant = JsonValues::parseInstant(text);
    if (!instant.isValid())
        fail(JsonError::Reason::BadInstant, key.toString());
    return instant;
}

QDateTime JsonReader::optionalInstant(QStringView key)
{
    if (!isOk() || isNothing(m_object.value(key)))
        return {};
    return instant(key);
}

QUrl JsonReader::optionalUrl(QStringView key)
{
    const QString text = optionalString(key);
    if (!isOk() || text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    // Kept as parsed from its fully encoded form, which is what the encoders write: QUrl tells a
    // "#" inside a fragment from "%23", so a URL read as sent might not equal itself once written
    // and read again.
    const QUrl encoded(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    if (!url.isValid() || !encoded.isValid()) {
        fail(JsonError::Reason::BadUrl, key.toString());
        return {};
    }
    return encoded;
}

QStringList JsonReader::stringList(QStringView key)
{
    const QJsonValue value = required(key);
    if (!isOk())
        return {};
    if (!value.isArray()) {
        fail(JsonError::Reason::WrongType, key.toString());
        return {};
    }
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            fail(JsonError::Reason::WrongType, elementPath(key, i));
            return {};
        }
        list.append(element.toString());
    }
    return list;
}

void JsonReader::recordNested(const JsonError& nested, QStringView prefix)
{
    if (isOk())
        m_error = nested.nestedIn(prefix);
}

QString JsonReader::elementPath(QStringView key, qsizetype index)
{
    return key + u'[' + QString::number(index) + u']';
}
