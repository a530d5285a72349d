#include "JsonTestSupport.h"
#include "protocol/json/ApiErrorBodyJson.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ApiErrorBody)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return ApiErrorBodyJson::fromJson(object, error);
};

ApiErrorBody exampleError()
{
    return ApiErrorBody {ApiErrorBody::Code::Invalid, u"login"_s,
                         u"The login must start with a letter."_s};
}

QJsonObject validJson()
{
    return ApiErrorBodyJson::toJson(exampleError());
}

constexpr int lastCode = int(ApiErrorBody::Code::Internal);

} // namespace

class TestApiErrorBodyJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void codesAndStatuses_data();
    void codesAndStatuses();
    void everyCodeHasItsOwnWord();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void code();
    void unknownFieldsIgnored();
};

void TestApiErrorBodyJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"error": "invalid", "field": "login", "message": "The login must start with a letter."})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == exampleError());
    QVERIFY(
        ApiErrorBodyJson::toJson(ApiErrorBody {ApiErrorBody::Code::NotFound, {}, u"Not found."_s})
            .value(u"field")
            .isNull());
}

void TestApiErrorBodyJson::codesAndStatuses_data()
{
    // The table of docs/api.md.
    QTest::addColumn<ApiErrorBody::Code>("code");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    using Code = ApiErrorBody::Code;
    QTest::newRow("malformed") << Code::Malformed << u"malformed"_s << 400;
    QTest::newRow("unauthorized") << Code::Unauthorized << u"unauthorized"_s << 401;
    QTest::newRow("invalid_credentials")
        << Code::InvalidCredentials << u"invalid_credentials"_s << 401;
    QTest::newRow("invalid_token") << Code::InvalidToken << u"invalid_token"_s << 401;
    QTest::newRow("account_inactive") << Code::AccountInactive << u"account_inactive"_s << 403;
    QTest::newRow("not_found") << Code::NotFound << u"not_found"_s << 404;
    QTest::newRow("method_not_allowed") << Code::MethodNotAllowed << u"method_not_allowed"_s << 405;
    QTest::newRow("taken") << Code::Taken << u"taken"_s << 409;
    QTest::newRow("already_linked") << Code::AlreadyLinked << u"already_linked"_s << 409;
    QTest::newRow("idempotency_conflict")
        << Code::IdempotencyConflict << u"idempotency_conflict"_s << 409;
    QTest::newRow("too_large") << Code::TooLarge << u"too_large"_s << 413;
    QTest::newRow("invalid") << Code::Invalid << u"invalid"_s << 422;
    QTest::newRow("captcha_required") << Code::CaptchaRequired << u"captcha_required"_s << 422;
    QTest::newRow("wrong_captcha") << Code::WrongCaptcha << u"wrong_captcha"_s << 422;
    QTest::newRow("no_match") << Code::NoMatch << u"no_match"_s << 422;
    QTest::newRow("rate_limited") << Code::RateLimited << u"rate_limited"_s << 429;
    QTest::newRow("internal") << Code::Internal << u"internal"_s << 500;
}

void TestApiErrorBodyJson::codesAndStatuses()
{
    QFETCH(ApiErrorBody::Code, code);
    QFETCH(QString, key);
    QFETCH(int, status);
    QCOMPARE(ApiErrorBody::codeKey(code), key);
    QCOMPARE(ApiErrorBody::codeFromKey(key), code);
    QCOMPARE(ApiErrorBody::httpStatus(code), status);
}

void TestApiErrorBodyJson::everyCodeHasItsOwnWord()
{
    QSet<QString> words;
    for (int c = 0; c <= lastCode; ++c) {
        const QString word = ApiErrorBody::codeKey(ApiErrorBody::Code(c));
        QVERIFY(!word.isEmpty());
        words.insert(word);
    }
    QCOMPARE(words.size(), lastCode + 1);
}

void TestApiErrorBodyJson::roundTrip_data()
{
    QTest::addColumn<ApiErrorBody>("apiError");
    for (int c = 0; c <= lastCode; ++c) {
        const auto code = ApiErrorBody::Code(c);
        QTest::newRow(qPrintable(ApiErrorBody::codeKey(code))) << ApiErrorBody {
            code, c % 2 ? u"captchaAnswer"_s : QString(), u"Сообщение для людей: «%1»"_s.arg(c)};
    }
}

void TestApiErrorBodyJson::roundTrip()
{
    QFETCH(ApiErrorBody, apiError);
    JsonTest::checkRoundTrip(&ApiErrorBodyJson::toJson, decode, apiError);
}

void TestApiErrorBodyJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {u"field"_s});
}

void TestApiErrorBodyJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestApiErrorBodyJson::code()
{
    QStringList all;
    for (int c = 0; c <= lastCode; ++c)
        all << ApiErrorBody::codeKey(ApiErrorBody::Code(c));
    JsonTest::checkEnumField(decode, validJson(), u"error"_s, all,
                             {u"Invalid"_s, u"captchaRequired"_s, u"422"_s});
}

void TestApiErrorBodyJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestApiErrorBodyJson)
#include "tst_apierrorbodyjson.moc"
