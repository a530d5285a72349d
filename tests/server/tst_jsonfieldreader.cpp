#include "http/JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestJsonFieldReader : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const QByteArray& json)
    {
        return QJsonDocument::fromJson(json).object();
    }

private slots:
    void readsEveryKind()
    {
        JsonFieldReader fields(
            parse("{\"login\":\"Ivanov\",\"agree\":true,\"kopecks\":22025,\n"
                  "                                         \"negative\":-1040,\"whole\":3.0}"));
        QCOMPARE(fields.requiredString(u"login"_s), u"Ivanov"_s);
        QCOMPARE(fields.requiredBool(u"agree"_s), true);
        QCOMPARE(fields.requiredInteger(u"kopecks"_s), qint64(22025));
        QCOMPARE(fields.optionalInteger(u"negative"_s), std::optional<qint64>(-1040));
        QCOMPARE(fields.optionalInteger(u"whole"_s), std::optional<qint64>(3));
        QVERIFY(!fields.hasError());
    }

    void optionalAbsentOrNull()
    {
        JsonFieldReader fields(parse("{\"email\":null}"));
        QVERIFY(!fields.optionalString(u"email"_s).has_value());
        QVERIFY(!fields.optionalBool(u"receiptSubscription"_s).has_value());
        QVERIFY(!fields.optionalInteger(u"accountId"_s).has_value());
        QVERIFY(!fields.has(u"email"_s));
        QVERIFY(!fields.hasError());
    }

    void missingRequiredIsInvalid()
    {
        JsonFieldReader fields(parse("{\"login\":\"Ivanov\"}"));
        QCOMPARE(fields.requiredString(u"login"_s), u"Ivanov"_s);
        QVERIFY(fields.requiredString(u"password"_s).isEmpty());
        QVERIFY(fields.hasError());
        QCOMPARE(fields.error().code(), ApiErrorCode::Invalid);
        QCOMPARE(fields.error().field(), u"password"_s);
        QCOMPARE(fields.errorResponse().statusCode(),
                 QHttpServerResponder::StatusCode::UnprocessableEntity);
    }

    void nullRequiredIsInvalid()
    {
        JsonFieldReader fields(parse("{\"login\":null}"));
        fields.requiredString(u"login"_s);
        QCOMPARE(fields.error().code(), ApiErrorCode::Invalid);
        QCOMPARE(fields.error().field(), u"login"_s);
    }

    void wrongType_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("kind");
        QTest::newRow("number for string") << QByteArray("{\"v\":5}") << u"string"_s;
        QTest::newRow("bool for string") << QByteArray("{\"v\":true}") << u"string"_s;
        QTest::newRow("object for string") << QByteArray("{\"v\":{}}") << u"string"_s;
        QTest::newRow("string for bool") << QByteArray("{\"v\":\"true\"}") << u"bool"_s;
        QTest::newRow("number for bool") << QByteArray("{\"v\":1}") << u"bool"_s;
        QTest::newRow("string for integer") << QByteArray("{\"v\":\"22025\"}") << u"integer"_s;
        QTest::newRow("fraction for integer") << QByteArray("{\"v\":220.25}") << u"integer"_s;
        QTest::newRow("huge for integer") << QByteArray("{\"v\":1e300}") << u"integer"_s;
        QTest::newRow("beyond 2^53") << QByteArray("{\"v\":9007199254740993}") << u"integer"_s;
        QTest::newRow("array for integer") << QByteArray("{\"v\":[1]}") << u"integer"_s;
    }

    void wrongType()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, kind);
        JsonFieldReader fields(parse(json));
        if (kind == u"string"_s)
            QVERIFY(fields.requiredString(u"v"_s).isEmpty());
        else if (kind == u"bool"_s)
            QVERIFY(!fields.optionalBool(u"v"_s).has_value());
        else
            QVERIFY(!fields.optionalInteger(u"v"_s).has_value());
        QVERIFY(fields.hasError());
        QCOMPARE(fields.error().code(), ApiErrorCode::Malformed);
        QCOMPARE(fields.error().field(), u"v"_s);
        QCOMPARE(fields.errorResponse().statusCode(), QHttpServerResponder::StatusCode::BadRequest);
    }

    void limitsOfExactIntegers()
    {
        JsonFieldReader fields(parse("{\"max\":9007199254740991,\"min\":-9007199254740991}"));
        QCOMPARE(fields.requiredInteger(u"max"_s), (qint64(1) << 53) - 1);
        QCOMPARE(fields.requiredInteger(u"min"_s), -((qint64(1) << 53) - 1));
        QVERIFY(!fields.hasError());

        JsonFieldReader beyond(parse("{\"v\":9007199254740992}"));
        QVERIFY(!beyond.optionalInteger(u"v"_s).has_value());
        QCOMPARE(beyond.error().code(), ApiErrorCode::Malformed);
    }

    void firstErrorWins()
    {
        JsonFieldReader fields(parse("{\"a\":1,\"b\":\"x\"}"));
        fields.requiredString(u"a"_s);
        // Later calls return nothing and keep the first error.
        QVERIFY(fields.requiredString(u"b"_s).isEmpty());
        fields.requiredString(u"missing"_s);
        fields.fail(ApiError(ApiErrorCode::Invalid, u"c"_s));
        QCOMPARE(fields.error().field(), u"a"_s);
        QCOMPARE(fields.error().code(), ApiErrorCode::Malformed);
    }

    void callerCanRecordRuleErrors()
    {
        JsonFieldReader fields(parse("{\"login\":\"1abc\"}"));
        const QString login = fields.requiredString(u"login"_s);
        QVERIFY(!fields.hasError());
        if (!login.front().isLetter())
            fields.fail(
                ApiError(ApiErrorCode::Invalid, u"login"_s, u"Must start with a letter."_s));
        QVERIFY(fields.hasError());
        const QJsonObject answer = QJsonDocument::fromJson(fields.errorResponse().data()).object();
        QCOMPARE(answer.value(u"error"_s).toString(), u"invalid"_s);
        QCOMPARE(answer.value(u"field"_s).toString(), u"login"_s);
        QCOMPARE(answer.value(u"message"_s).toString(), u"Must start with a letter."_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonFieldReader)
#include "tst_jsonfieldreader.moc"
