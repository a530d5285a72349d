#pragma once

#include "protocol/json/JsonError.h"
#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTest>

#include <limits>

// Checks every codec test runs against its codec: decoding is strict about each field's type and
// names the field at fault, tolerant of unknown fields, and encoding round-trips. Each check walks
// the fields of a valid sample body, so a field added to a codec is covered without touching the
// test. The checks use QTest macros; callers stop on failure with QTest::currentTestFailed().

inline char* toString(const JsonError& error)
{
    return QTest::toString(QStringLiteral("JsonError(reason %1, field \"%2\")")
                               .arg(int(error.reason))
                               .arg(error.field));
}

namespace JsonTest {

// The object in text (a UTF-16 literal as in api.md); fails the test if text is not one.
inline QJsonObject parse(QStringView text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        QTest::qFail("the test's JSON text is not an object", __FILE__, __LINE__);
    return document.object();
}

// Keys are sorted in a QJsonObject, so equal objects give equal text, and a failing QCOMPARE shows
// both.
inline QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline JsonError error(JsonError::Reason reason, const QString& field)
{
    return JsonError::make(reason, field);
}

// The error decode reports for object; a None error when it decodes. A failure that reports no
// error comes back as a None error with a field that no comparison expects.
template<typename Decode>
JsonError decodeError(Decode decode, const QJsonObject& object)
{
    JsonError reported;
    if (decode(object, &reported))
        return {};
    if (!reported.isError())
        reported.field = QStringLiteral("<failed without reporting an error>");
    return reported;
}

template<typename Decode>
JsonError decodeErrorWith(Decode decode, QJsonObject object, const QString& key,
                          const QJsonValue& value)
{
    object.insert(key, value);
    return decodeError(decode, object);
}

// Encodes original, sends it through JSON text as on the wire, decodes it and expects original
// back, field by field (including fields that are not on the wire but passed to the decoder).
template<typename T, typename Encode, typename Decode>
void checkRoundTrip(Encode encode, Decode decode, const T& original)
{
    const QByteArray text = compact(encode(original));
    JsonError parseError;
    const std::optional<QJsonObject> parsed = JsonReader::parseObject(text, &parseError);
    QVERIFY2(parsed, text.constData());
    JsonError decodeFailure;
    const std::optional<T> decoded = decode(*parsed, &decodeFailure);
    QVERIFY2(decoded, qPrintable(decodeFailure.message));
    QCOMPARE(compact(encode(*decoded)), text);
    QVERIFY(*decoded == original);
}

// Every field of valid is required unless listed in optional. A required field that is absent is
// Missing, one that is null a WrongType; an optional one decodes either way.
template<typename Decode>
void checkRequiredFields(Decode decode, const QJsonObject& valid, const QStringList& optional)
{
    QCOMPARE(decodeError(decode, valid), JsonError());
    for (const QString& key : optional)
        QVERIFY2(valid.contains(key), qPrintable(key));
    for (const QString& key : valid.keys()) {
        QJsonObject without = valid;
        without.remove(key);
        if (optional.contains(key)) {
            QCOMPARE(decodeError(decode, without), JsonError());
            QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue::Null), JsonError());
        } else {
            QCOMPARE(decodeError(decode, without), error(JsonError::Reason::Missing, key));
            QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue::Null),
                     error(JsonError::Reason::WrongType, key));
        }
    }
}

// A value of a JSON type other than value's.
inline QJsonValue otherType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QJsonValue(17);
    case QJsonValue::Double:
        return QJsonValue(QStringLiteral("17"));
    case QJsonValue::Bool:
        return QJsonValue(QStringLiteral("true"));
    case QJsonValue::Array:
        return QJsonObject();
    case QJsonValue::Object:
        return QJsonArray();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QJsonValue(true);
}

// Each field given a value of another JSON type is a WrongType naming it.
template<typename Decode>
void checkWrongTypes(Decode decode, const QJsonObject& valid)
{
    for (const QString& key : valid.keys()) {
        QCOMPARE(decodeErrorWith(decode, valid, key, otherType(valid.value(key))),
                 error(JsonError::Reason::WrongType, key));
    }
}

enum class Width
{
    Safe53, // any integer within ±(2^53 − 1): ids, kopecks, quantities
    Int32,
};

// An integer field (kopecks included) takes exactly the whole numbers its width holds.
template<typename Decode>
void checkIntegerField(Decode decode, const QJsonObject& valid, const QString& key, Width width)
{
    using Reason = JsonError::Reason;
    const qint64 max =
        width == Width::Int32 ? std::numeric_limits<int>::max() : JsonValues::maxSafeInteger;
    const qint64 min =
        width == Width::Int32 ? std::numeric_limits<int>::min() : -JsonValues::maxSafeInteger;
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(max)), JsonError());
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(min)), JsonError());
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(-1)), JsonError());
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(100.0)), JsonError()); // whole
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(max + 1)),
             error(Reason::OutOfRange, key));
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(min - 1)),
             error(Reason::OutOfRange, key));
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(1e20)), error(Reason::OutOfRange, key));
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(-1e20)),
             error(Reason::OutOfRange, key));
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(std::numeric_limits<qint64>::max())),
             error(Reason::OutOfRange, key));
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(1.5)),
             error(Reason::NotAnInteger, key));
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(-0.01)),
             error(Reason::NotAnInteger, key));
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(QStringLiteral("100"))),
             error(Reason::WrongType, key));
    QCOMPARE(decodeErrorWith(decode, valid, key, QJsonValue(true)), error(Reason::WrongType, key));
}

// Each of values in field key is rejected for reason.
template<typename Decode>
void checkRejected(Decode decode, const QJsonObject& valid, const QString& key,
                   const QStringList& values, JsonError::Reason reason)
{
    for (const QString& value : values) {
        QVERIFY2(decodeErrorWith(decode, valid, key, value) == error(reason, key),
                 qPrintable(key + u" = \"" + value + u'"'));
    }
}

template<typename Decode>
void checkPeriodField(Decode decode, const QJsonObject& valid, const QString& key)
{
    QCOMPARE(decodeErrorWith(decode, valid, key, QStringLiteral("1900-01")), JsonError());
    QCOMPARE(decodeErrorWith(decode, valid, key, QStringLiteral("9999-12")), JsonError());
    checkRejected(decode, valid, key,
                  {QStringLiteral("2014-9"), QStringLiteral("2014-13"), QStringLiteral("2014-00"),
                   QStringLiteral("14-09"), QStringLiteral("2014-09-01"), QStringLiteral("1899-12"),
                   QStringLiteral("2014/09"), QString()},
                  JsonError::Reason::BadPeriod);
}

template<typename Decode>
void checkDateField(Decode decode, const QJsonObject& valid, const QString& key)
{
    QCOMPARE(decodeErrorWith(decode, valid, key, QStringLiteral("2016-02-29")), JsonError());
    checkRejected(decode, valid, key,
                  {QStringLiteral("2014-02-29"), QStringLiteral("2014-09-31"),
                   QStringLiteral("2014-9-25"), QStringLiteral("25.09.2014"),
                   QStringLiteral("2014-09"), QStringLiteral("2014-09-25T10:15:00Z"),
                   QStringLiteral(" 2014-09-25"), QString()},
                  JsonError::Reason::BadDate);
}

template<typename Decode>
void checkInstantField(Decode decode, const QJsonObject& valid, const QString& key)
{
    QCOMPARE(decodeErrorWith(decode, valid, key, QStringLiteral("2014-09-25T23:59:59.999Z")),
             JsonError());
    checkRejected(decode, valid, key,
                  {QStringLiteral("2014-09-25T10:15:00"),
                   QStringLiteral("2014-09-25T10:15:00+03:00"),
                   QStringLiteral("2014-09-25 10:15:00Z"), QStringLiteral("2014-09-25T24:00:00Z"),
                   QStringLiteral("2014-09-25T10:15Z"), QStringLiteral("2014-09-25T10:15:00.Z"),
                   QStringLiteral("2014-09-25T10:15:00.1234Z"),
                   QStringLiteral("2014-02-30T10:15:00Z"), QStringLiteral("2014-09-25"), QString()},
                  JsonError::Reason::BadInstant);
}

// An enumeration field takes exactly the words in accepted.
template<typename Decode>
void checkEnumField(Decode decode, const QJsonObject& valid, const QString& key,
                    const QStringList& accepted, const QStringList& rejected)
{
    for (const QString& word : accepted)
        QVERIFY2(decodeErrorWith(decode, valid, key, word) == JsonError(), qPrintable(word));
    QStringList wrong = rejected;
    wrong << QStringLiteral("bogus") << QString();
    for (const QString& word : accepted)
        wrong << word.toUpper() << (word + u' ');
    checkRejected(decode, valid, key, wrong, JsonError::Reason::UnknownKey);
}

// Fields this version does not know are ignored: the body decodes to the same value.
template<typename Decode>
void checkUnknownFieldsIgnored(Decode decode, const QJsonObject& valid)
{
    QJsonObject extended = valid;
    extended.insert(QStringLiteral("addedInVersion2"), QJsonObject {{QStringLiteral("a"), 1}});
    extended.insert(QStringLiteral("flags"), QJsonArray {1, QStringLiteral("x"), QJsonValue::Null});
    extended.insert(QStringLiteral("nothing"), QJsonValue::Null);
    JsonError failure;
    const auto plain = decode(valid, &failure);
    QVERIFY2(plain, qPrintable(failure.message));
    const auto decoded = decode(extended, &failure);
    QVERIFY2(decoded, qPrintable(failure.message));
    QVERIFY(*decoded == *plain);
}

} // namespace JsonTest
