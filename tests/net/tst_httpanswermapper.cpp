#include "net/HttpAnswerMapper.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Kind = ApiError::Kind;

namespace {
QByteArray errorBody(const char* code, const char* field = nullptr)
{
    QJsonObject object {{u"error"_s, QString::fromLatin1(code)}, {u"message"_s, u"for people"_s}};
    object.insert(u"field"_s, field ? QJsonValue(QString::fromLatin1(field)) : QJsonValue());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiResult mapAnswer(int status, const QByteArray& body, const QByteArray& retryAfter = {},
                    bool replay = false)
{
    HttpAnswerMapper::Answer answer;
    answer.status = status;
    answer.body = body;
    answer.retryAfter = retryAfter;
    answer.idempotentReplay = replay;
    return HttpAnswerMapper::map(answer, QDateTime::currentDateTimeUtc());
}
} // namespace

class tst_HttpAnswerMapper : public QObject
{
    Q_OBJECT

private slots:
    void successCarriesTheObject();
    void emptySuccessIsAnEmptyObject();
    void successThatIsNoObjectIsMalformed_data();
    void successThatIsNoObjectIsMalformed();
    void everyErrorOfTheApi_data();
    void everyErrorOfTheApi();
    void errorsWithoutAUsableBody_data();
    void errorsWithoutAUsableBody();
    void retryAfter();
};

void tst_HttpAnswerMapper::successCarriesTheObject()
{
    const ApiResult result = mapAnswer(201, R"({"id": 3, "number": "16616"})", {}, true);
    QVERIFY(result.isOk());
    QCOMPARE(result.status(), 201);
    QCOMPARE(result.body().value(u"number"_s).toString(), u"16616"_s);
    // The body's size as received, spaces and all (not as the object would serialize).
    QCOMPARE(result.bodyBytes(), qint64(sizeof(R"({"id": 3, "number": "16616"})") - 1));
    QVERIFY(result.isIdempotentReplay());
    QVERIFY(!mapAnswer(200, "{}").isIdempotentReplay());
}

void tst_HttpAnswerMapper::emptySuccessIsAnEmptyObject()
{
    for (const int status : {200, 202, 204}) {
        const ApiResult result =
            mapAnswer(status, status == 202 ? QByteArray(" \r\n") : QByteArray());
        QVERIFY(result.isOk());
        QCOMPARE(result.status(), status);
        QVERIFY(result.body().isEmpty());
    }
}

void tst_HttpAnswerMapper::successThatIsNoObjectIsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html>Welcome</html>");
    QTest::newRow("truncated") << QByteArray(R"({"items": [1, 2)");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("string") << QByteArray(R"("ok")");
}

void tst_HttpAnswerMapper::successThatIsNoObjectIsMalformed()
{
    QFETCH(QByteArray, body);
    const ApiResult result = mapAnswer(200, body);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, Kind::MalformedResponse);
    QVERIFY(!result.error().detail.isEmpty());
}

void tst_HttpAnswerMapper::everyErrorOfTheApi_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<ApiErrorBody::Code>("code");
    QTest::addColumn<QString>("field");
    using Code = ApiErrorBody::Code;
    // docs/api.md, "Errors", row by row.
    QTest::newRow("malformed") << 400 << errorBody("malformed", "login") << Kind::BadRequest
                               << Code::Malformed << u"login"_s;
    QTest::newRow("unauthorized") << 401 << errorBody("unauthorized") << Kind::Unauthorized
                                  << Code::Unauthorized << QString();
    QTest::newRow("invalid_credentials")
        << 401 << errorBody("invalid_credentials") << Kind::InvalidCredentials
        << Code::InvalidCredentials << QString();
    QTest::newRow("invalid_token") << 401 << errorBody("invalid_token") << Kind::InvalidToken
                                   << Code::InvalidToken << QString();
    QTest::newRow("account_inactive")
        << 403 << errorBody("account_inactive") << Kind::AccountInactive << Code::AccountInactive
        << QString();
    QTest::newRow("not_found") << 404 << errorBody("not_found") << Kind::NotFound << Code::NotFound
                               << QString();
    QTest::newRow("method_not_allowed") << 405 << errorBody("method_not_allowed")
                                        << Kind::BadRequest << Code::MethodNotAllowed << QString();
    QTest::newRow("taken") << 409 << errorBody("taken", "email") << Kind::Conflict << Code::Taken
                           << u"email"_s;
    QTest::newRow("already_linked")
        << 409 << errorBody("already_linked") << Kind::Conflict << Code::AlreadyLinked << QString();
    QTest::newRow("idempotency_conflict")
        << 409 << errorBody("idempotency_conflict") << Kind::Conflict << Code::IdempotencyConflict
        << QString();
    QTest::newRow("too_large") << 413 << errorBody("too_large") << Kind::BadRequest
                               << Code::TooLarge << QString();
    QTest::newRow("invalid") << 422 << errorBody("invalid", "lastPaymentDate") << Kind::Validation
                             << Code::Invalid << u"lastPaymentDate"_s;
    QTest::newRow("captcha_required")
        << 422 << errorBody("captcha_required", "captchaAnswer") << Kind::Validation
        << Code::CaptchaRequired << u"captchaAnswer"_s;
    QTest::newRow("wrong_captcha") << 422 << errorBody("wrong_captcha", "captchaAnswer")
                                   << Kind::Validation << Code::WrongCaptcha << u"captchaAnswer"_s;
    QTest::newRow("no_match") << 422 << errorBody("no_match") << Kind::Validation << Code::NoMatch
                              << QString();
    QTest::newRow("rate_limited") << 429 << errorBody("rate_limited") << Kind::RateLimited
                                  << Code::RateLimited << QString();
    QTest::newRow("internal") << 500 << errorBody("internal") << Kind::ServerError << Code::Internal
                              << QString();
}

void tst_HttpAnswerMapper::everyErrorOfTheApi()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(ApiErrorBody::Code, code);
    QFETCH(QString, field);
    const ApiResult result = mapAnswer(status, body);
    QVERIFY(!result.isOk());
    const ApiError& error = result.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(result.status(), status);
    QCOMPARE(error.code, std::optional<ApiErrorBody::Code>(code));
    QCOMPARE(error.field, field);
    QCOMPARE(error.serverMessage, u"for people"_s);
    QCOMPARE(error.isRetryable(), kind == Kind::RateLimited || kind == Kind::ServerError);
}

void tst_HttpAnswerMapper::errorsWithoutAUsableBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("proxy 502 page")
        << 502 << QByteArray("<html>Bad Gateway</html>") << Kind::ServerError;
    QTest::newRow("503 empty") << 503 << QByteArray() << Kind::ServerError;
    QTest::newRow("5xx claiming not_found") << 500 << errorBody("not_found") << Kind::ServerError;
    QTest::newRow("404 page") << 404 << QByteArray("Not found\n") << Kind::NotFound;
    QTest::newRow("401 empty") << 401 << QByteArray() << Kind::Unauthorized;
    QTest::newRow("code of another status")
        << 404 << errorBody("invalid", "login") << Kind::NotFound;
    QTest::newRow("unknown code") << 422 << errorBody("future_code", "login") << Kind::Validation;
    QTest::newRow("409 no body") << 409 << QByteArray() << Kind::Conflict;
    QTest::newRow("403 proxy") << 403 << QByteArray("Forbidden") << Kind::Other;
    QTest::newRow("418") << 418 << QByteArray() << Kind::Other;
    QTest::newRow("redirect") << 302 << QByteArray() << Kind::MalformedResponse;
    QTest::newRow("array") << 422 << QByteArray("[]") << Kind::Validation;
}

void tst_HttpAnswerMapper::errorsWithoutAUsableBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    const ApiResult result = mapAnswer(status, body);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, kind);
    QCOMPARE(result.error().httpStatus, status);
    // A code that does not fit (or that this version does not know) is not passed on.
    QVERIFY(!result.error().code);
    QVERIFY(!result.error().detail.isEmpty());
}

void tst_HttpAnswerMapper::retryAfter()
{
    const ApiResult limited = mapAnswer(429, errorBody("rate_limited"), "17");
    QCOMPARE(limited.error().kind, Kind::RateLimited);
    QCOMPARE(limited.error().retryAfterSeconds, std::optional<int>(17));
    QVERIFY(!mapAnswer(429, errorBody("rate_limited")).error().retryAfterSeconds);
    QCOMPARE(mapAnswer(503, {}, "60").error().retryAfterSeconds, std::optional<int>(60));
    // Only where it means something.
    QVERIFY(!mapAnswer(422, errorBody("invalid"), "60").error().retryAfterSeconds);
}

QTEST_GUILESS_MAIN(tst_HttpAnswerMapper)
#include "tst_httpanswermapper.moc"
