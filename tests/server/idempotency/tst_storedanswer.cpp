#include "http/JsonResponse.h"
#include "idempotency/StoredAnswer.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestStoredAnswer : public QObject
{
    Q_OBJECT

private slots:
    void jsonAnswerRoundTrip()
    {
        const QHttpServerResponse original = JsonResponse::created({{u"id"_s, 7}});
        const StoredAnswer answer = StoredAnswer::fromResponse(original);
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.contentType, JsonResponse::contentType());
        QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"id"_s).toInt(), 7);
        QVERIFY(answer.isSuccess());

        const QHttpServerResponse replay = answer.toReplayResponse();
        QCOMPARE(static_cast<int>(replay.statusCode()), 201);
        QCOMPARE(replay.data(), original.data());
        QCOMPARE(replay.headers("Content-Type"), QList<QByteArray> {JsonResponse::contentType()});
        QCOMPARE(replay.headers("Cache-Control"), QList<QByteArray> {"no-store"});
        QCOMPARE(replay.headers(StoredAnswer::replayedHeader()), QList<QByteArray> {"true"});
        QCOMPARE(StoredAnswer::fromResponse(replay), answer);
    }

    void emptyAnswerKeepsNoContentType()
    {
        const StoredAnswer answer = StoredAnswer::fromResponse(JsonResponse::empty());
        QCOMPARE(answer.status, 204);
        QVERIFY(answer.contentType.isEmpty());
        QVERIFY(answer.body.isEmpty());
        const QHttpServerResponse replay = answer.toReplayResponse();
        QCOMPARE(static_cast<int>(replay.statusCode()), 204);
        QVERIFY(!replay.hasHeader("Content-Type"));
    }

    void onlySuccessIsSuccess()
    {
        QVERIFY(
            !StoredAnswer::fromResponse(JsonResponse::error(ApiErrorCode::Invalid)).isSuccess());
        QVERIFY(
            !StoredAnswer::fromResponse(JsonResponse::error(ApiErrorCode::Internal)).isSuccess());
        QVERIFY(StoredAnswer::fromResponse(JsonResponse::object({})).isSuccess());
    }
};

QTEST_GUILESS_MAIN(TestStoredAnswer)
#include "tst_storedanswer.moc"
