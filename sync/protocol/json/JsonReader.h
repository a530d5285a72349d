#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"
#include "protocol/json/JsonError.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <optional>

// Reads the fields of one JSON object strictly by type and remembers the first one that is wrong.
//
// Strict: a string where a number belongs, a fractional or out-of-range number, a malformed date
// or an unknown enumeration word is an error naming the field; null counts as a wrong type unless
// the reader is asked for an optional value. Tolerant: fields nobody asks for are ignored, so an
// older client can read what a newer server sends.
//
// After the first error every further read returns a default value and records nothing, so a codec
// can read all its fields in a row and check once at the end (result()).
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject& object);

    // The object a request or response body holds; NotJson or NotAnObject otherwise.
    static std::optional<QJsonObject> parseObject(const QByteArray& body, JsonError* error);

    bool isOk() const { return !m_error.isError(); }
    const JsonError& error() const { return m_error; }

    // value when everything read so far was right; otherwise std::nullopt, with the first error
    // copied to *error when error is not null.
    template<typename T>
    std::optional<T> result(T value, JsonError* error) const
    {
        if (isOk())
            return value;
        if (error)
            *error = m_error;
        return std::nullopt;
    }

    // Records an error found by the codec itself (e.g. fields that contradict each other); ignored
    // when an error has already been recorded.
    void fail(JsonError::Reason reason, const QString& field);

    QString string(QStringView key);
    QString optionalString(QStringView key); // empty when absent or null
    bool boolean(QStringView key);
    // Whole numbers within ±JsonValues::maxSafeInteger (1.0 and 1e2 are whole; 1.5 is not).
    qint64 integer(QStringView key);
    std::optional<qint64> optionalInteger(QStringView key); // std::nullopt when absent or null
    int int32(QStringView key);
    Money money(QStringView key); // integer kopecks
    std::optional<Money> optionalMoney(QStringView key);
    Period period(QStringView key);
    Period optionalPeriod(QStringView key); // an invalid Period when absent or null
    QDate date(QStringView key);
    QDate optionalDate(QStringView key); // a null QDate when absent or null
    QDateTime instant(QStringView key); // in UTC
    QDateTime optionalInstant(QStringView key); // an invalid QDateTime when absent or null
    // An empty QUrl when absent, null or ""; otherwise in the form toString(QUrl::FullyEncoded)
    // gives back unchanged.
    QUrl optionalUrl(QStringView key);
    QStringList stringList(QStringView key); // every element a string

    // A word of an enumeration; fromKey maps it (QStringView -> std::optional<Enum>).
    template<typename Enum, typename FromKey>
    Enum enumeration(QStringView key, FromKey fromKey)
    {
        const QString word = string(key);
        if (!isOk())
            return Enum {};
        const std::optional<Enum> value = fromKey(QStringView(word));
        if (!value) {
            fail(JsonError::Reason::UnknownKey, key.toString());
            return Enum {};
        }
        return *value;
    }

    // A nested object decoded by decode (const QJsonObject&, JsonError*) -> std::optional<T>; its
    // errors are reported as "key.field".
    template<typename T, typename Decode>
    T object(QStringView key, Decode decode)
    {
        const QJsonValue value = required(key);
        if (!isOk())
            return T {};
        if (!value.isObject()) {
            fail(JsonError::Reason::WrongType, key.toString());
            return T {};
        }
        JsonError nested;
        std::optional<T> decoded = decode(value.toObject(), &nested);
        if (!decoded) {
            recordNested(nested, key);
            return T {};
        }
        return *std::move(decoded);
    }

    // An array of objects each decoded by decode; errors are reported as "key[index].field".
    template<typename T, typename Decode>
    QList<T> objectList(QStringView key, Decode decode)
    {
        const QJsonValue value = required(key);
        if (!isOk())
            return {};
        if (!value.isArray()) {
            fail(JsonError::Reason::WrongType, key.toString());
            return {};
        }
        const QJsonArray array = value.toArray();
        QList<T> list;
        list.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue element = array.at(i);
            if (!element.isObject()) {
                fail(JsonError::Reason::WrongType, elementPath(key, i));
                return {};
            }
            JsonError nested;
            std::optional<T> decoded = decode(element.toObject(), &nested);
            if (!decoded) {
                recordNested(nested, elementPath(key, i));
                return {};
            }
            list.append(*std::move(decoded));
        }
        return list;
    }

private:
    // The value of a field that must be present; records Missing (and returns undefined) if not.
    QJsonValue required(QStringView key);
    // Absent and null are both "no value" for optional fields.
    static bool isNothing(const QJsonValue& value) { return value.isUndefined() || value.isNull(); }
    // The whole number in value, or records why it is not one.
    std::optional<qint64> wholeNumber(const QJsonValue& value, QStringView key);
    void recordNested(const JsonError& nested, QStringView prefix);
    static QString elementPath(QStringView key, qsizetype index);

    QJsonObject m_object;
    JsonError m_error;
};
