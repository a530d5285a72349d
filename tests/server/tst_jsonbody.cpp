#include "http/HttpLimits.h"
#include "http/JsonBody.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestJsonBody : public QObject
{
    Q_OBJECT

private:
    // {"pad":"xxx…"} of exactly size bytes.
    static QByteArray objectOfSize(qsizetype size)
    {
        const QByteArray frame = "{\"pad\":\"\"}";
        return "{\"pad\":\"" + QByteArray(size - frame.size(), 'x') + "\"}";
    }

private slots:
    void object()
    {
        const JsonBody body = JsonBody::parse("{\"login\":\"Ivanov\",\"agreementAccepted\":true}");
        QVERIFY(body.isValid());
        QCOMPARE(body.object().value(u"login"_s).toString(), u"Ivanov"_s);
        QCOMPARE(body.object().value(u"agreementAccepted"_s).toBool(), true);
    }

    void emptyObject()
    {
        const JsonBody body = JsonBody::parse("{}");
        QVERIFY(body.isValid());
        QVERIFY(body.object().isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("login=Ivanov");
        QTest::newRow("truncated") << QByteArray("{\"login\":\"Iva");
        QTest::newRow("array") << QByteArray("[{\"login\":\"Ivanov\"}]");
        QTest::newRow("string") << QByteArray("\"Ivanov\"");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("trailing garbage") << QByteArray("{\"a\":1} x");
        QTest::newRow("two objects") << QByteArray("{\"a\":1}{\"b\":2}");
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\xfe\"}");
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        const JsonBody body = JsonBody::parse(bytes);
        QVERIFY(!body.isValid());
        QCOMPARE(body.error().code(), ApiErrorCode::Malformed);
        QVERIFY(body.error().field().isEmpty());
        QCOMPARE(body.errorResponse().statusCode(), QHttpServerResponder::StatusCode::BadRequest);
        const QJsonObject answer = QJsonDocument::fromJson(body.errorResponse().data()).object();
        QCOMPARE(answer.value(u"error"_s).toString(), u"malformed"_s);
    }

    void limitIsInclusive()
    {
        const QByteArray atLimit = objectOfSize(HttpLimits::maxBodyBytes);
        QCOMPARE(atLimit.size(), HttpLimits::maxBodyBytes);
        QVERIFY(JsonBody::parse(atLimit, atLimit.size()).isValid());

        const QByteArray over = objectOfSize(HttpLimits::maxBodyBytes + 1);
        const JsonBody body = JsonBody::parse(over);
        QVERIFY(!body.isValid());
        QCOMPARE(body.error().code(), ApiErrorCode::TooLarge);
        QCOMPARE(body.errorResponse().statusCode(),
                 QHttpServerResponder::StatusCode::PayloadTooLarge);
    }

    void declaredLengthOverLimit()
    {
        // Too large by its Content-Length even if fewer bytes were read.
        const JsonBody body = JsonBody::parse("{}", HttpLimits::maxBodyBytes + 1);
        QVERIFY(!body.isValid());
        QCOMPARE(body.error().code(), ApiErrorCode::TooLarge);
    }

    void tooLargeWinsOverMalformed()
    {
        const JsonBody body = JsonBody::parse(QByteArray(HttpLimits::maxBodyBytes + 10, 'x'));
        QCOMPARE(body.error().code(), ApiErrorCode::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestJsonBody)
#include "tst_jsonbody.moc"
