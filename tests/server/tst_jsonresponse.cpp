#include "http/JsonResponse.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestJsonResponse : public QObject
{
    Q_OBJECT

private:
    static QJsonObject bodyOf(const QHttpServerResponse& response)
    {
        return QJsonDocument::fromJson(response.data()).object();
    }

    static QByteArray header(const QHttpServerResponse& response, const QByteArray& name)
    {
        const QList<QByteArray> values = response.headers(name);
        return values.isEmpty() ? QByteArray() : values.constFirst();
    }

private slots:
    void objectIsUtf8Json()
    {
        const QJsonObject body {{u"ownerName"_s, u"Лебедка Валентина Григорьевна"_s},
                                {u"balanceKopecks"_s, 22025}};
        const QHttpServerResponse response = JsonResponse::object(body);
        QCOMPARE(response.statusCode(), QHttpServerResponder::StatusCode::Ok);
        QCOMPARE(header(response, "Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(header(response, "Cache-Control"), QByteArray("no-store"));
        QCOMPARE(bodyOf(response), body);
        QVERIFY(response.data().contains(u"Лебедка"_s.toUtf8()));
        QCOMPARE(response.headers("Content-Type").size(), 1);
    }

    void createdAndArray()
    {
        QCOMPARE(JsonResponse::created({{u"id"_s, 3}}).statusCode(),
                 QHttpServerResponder::StatusCode::Created);
        const QHttpServerResponse array = JsonResponse::array({1, 2});
        QCOMPARE(QJsonDocument::fromJson(array.data()).array(), QJsonArray({1, 2}));
        QCOMPARE(header(array, "Content-Type"), JsonResponse::contentType());
    }

    void emptyHasNoBodyAndNoType()
    {
        const QHttpServerResponse response = JsonResponse::empty();
        QCOMPARE(response.statusCode(), QHttpServerResponder::StatusCode::NoContent);
        QVERIFY(response.data().isEmpty());
        QVERIFY(!response.hasHeader("Content-Type"));
        QCOMPARE(JsonResponse::empty(QHttpServerResponder::StatusCode::Accepted).statusCode(),
                 QHttpServerResponder::StatusCode::Accepted);
    }

    void errorWithField()
    {
        const QHttpServerResponse response =
            JsonResponse::error(ApiErrorCode::Taken, u"email"_s, u"In use."_s);
        QCOMPARE(response.statusCode(), QHttpServerResponder::StatusCode::Conflict);
        QCOMPARE(header(response, "Content-Type"), JsonResponse::contentType());
        const QJsonObject body = bodyOf(response);
        QCOMPARE(body.size(), 3);
        QCOMPARE(body.value(u"error"_s).toString(), u"taken"_s);
        QCOMPARE(body.value(u"field"_s).toString(), u"email"_s);
        QCOMPARE(body.value(u"message"_s).toString(), u"In use."_s);
    }

    void errorWithoutFieldHasNull()
    {
        const QHttpServerResponse response = JsonResponse::error(ApiError(ApiErrorCode::NotFound));
        QCOMPARE(response.statusCode(), QHttpServerResponder::StatusCode::NotFound);
        const QJsonObject body = bodyOf(response);
        QVERIFY(body.contains(u"field"_s));
        QVERIFY(body.value(u"field"_s).isNull());
        QCOMPARE(body.value(u"message"_s).toString(),
                 ApiError::defaultMessage(ApiErrorCode::NotFound));
    }

    void rateLimitedSaysWhenToRetry()
    {
        const QHttpServerResponse response = JsonResponse::rateLimited(42);
        QCOMPARE(response.statusCode(), QHttpServerResponder::StatusCode::TooManyRequests);
        QCOMPARE(header(response, "Retry-After"), QByteArray("42"));
        QCOMPARE(bodyOf(response).value(u"error"_s).toString(), u"rate_limited"_s);
        QCOMPARE(header(JsonResponse::rateLimited(0), "Retry-After"), QByteArray("1"));
    }
};

QTEST_GUILESS_MAIN(TestJsonResponse)
#include "tst_jsonresponse.moc"
