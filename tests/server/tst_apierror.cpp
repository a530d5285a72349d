#include "http/ApiError.h"
#include "http/JsonResponse.h"
#include "protocol/json/ApiErrorBodyJson.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    // The table of docs/api.md, "Errors".
    void codesAndStatuses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        const auto row = [](ApiErrorCode code, const QString& name, int status) {
            QTest::newRow(qPrintable(name)) << int(code) << name << status;
        };
        row(ApiErrorCode::Malformed, u"malformed"_s, 400);
        row(ApiErrorCode::Unauthorized, u"unauthorized"_s, 401);
        row(ApiErrorCode::InvalidCredentials, u"invalid_credentials"_s, 401);
        row(ApiErrorCode::InvalidToken, u"invalid_token"_s, 401);
        row(ApiErrorCode::AccountInactive, u"account_inactive"_s, 403);
        row(ApiErrorCode::NotFound, u"not_found"_s, 404);
        row(ApiErrorCode::MethodNotAllowed, u"method_not_allowed"_s, 405);
        row(ApiErrorCode::Taken, u"taken"_s, 409);
        row(ApiErrorCode::AlreadyLinked, u"already_linked"_s, 409);
        row(ApiErrorCode::IdempotencyConflict, u"idempotency_conflict"_s, 409);
        row(ApiErrorCode::TooLarge, u"too_large"_s, 413);
        row(ApiErrorCode::Invalid, u"invalid"_s, 422);
        row(ApiErrorCode::CaptchaRequired, u"captcha_required"_s, 422);
        row(ApiErrorCode::WrongCaptcha, u"wrong_captcha"_s, 422);
        row(ApiErrorCode::NoMatch, u"no_match"_s, 422);
        row(ApiErrorCode::RateLimited, u"rate_limited"_s, 429);
        row(ApiErrorCode::Internal, u"internal"_s, 500);
    }

    void codesAndStatuses()
    {
        QFETCH(int, code);
        QFETCH(QString, name);
        QFETCH(int, status);
        const auto errorCode = ApiErrorCode(code);
        QCOMPARE(ApiError::codeName(errorCode), name);
        QCOMPARE(int(ApiError::status(errorCode)), status);
        QVERIFY(!ApiError::defaultMessage(errorCode).isEmpty());
    }

    void namesAreDistinct()
    {
        QSet<QString> names;
        for (int code = int(ApiErrorCode::Malformed); code <= int(ApiErrorCode::Internal); ++code)
            names.insert(ApiError::codeName(ApiErrorCode(code)));
        QCOMPARE(names.size(), int(ApiErrorCode::Internal) + 1);
    }

    void messageDefaultsToTheCodes()
    {
        const ApiError plain(ApiErrorCode::NotFound);
        QCOMPARE(plain.message(), ApiError::defaultMessage(ApiErrorCode::NotFound));
        QVERIFY(plain.field().isEmpty());

        const ApiError specific(ApiErrorCode::Invalid, u"login"_s, u"Too long."_s);
        QCOMPARE(specific.code(), ApiErrorCode::Invalid);
        QCOMPARE(specific.field(), u"login"_s);
        QCOMPARE(specific.message(), u"Too long."_s);
        QVERIFY(specific == ApiError(ApiErrorCode::Invalid, u"login"_s, u"Too long."_s));
        QVERIFY(!(specific == plain));
    }

    void theClientDecodesWhatTheServerSends()
    {
        for (const ApiError& error : {ApiError(ApiErrorCode::Taken, u"email"_s, u"In use."_s),
                                      ApiError(ApiErrorCode::TooLarge)}) {
            JsonError problem;
            const std::optional<ApiErrorBody> decoded =
                ApiErrorBodyJson::fromJson(JsonResponse::errorBody(error), &problem);
            QVERIFY2(decoded.has_value(), qPrintable(problem.message));
            QCOMPARE(decoded->code, error.code());
            QCOMPARE(decoded->field, error.field());
            QCOMPARE(decoded->message, error.message());
            QCOMPARE(error.body(), *decoded);
        }
    }

    void fromJsonError_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("not json") << int(JsonError::Reason::NotJson) << QString()
                                  << int(ApiErrorCode::Malformed) << QString();
        QTest::newRow("not an object") << int(JsonError::Reason::NotAnObject) << QString()
                                       << int(ApiErrorCode::Malformed) << QString();
        QTest::newRow("missing") << int(JsonError::Reason::Missing) << u"login"_s
                                 << int(ApiErrorCode::Invalid) << u"login"_s;
        QTest::newRow("wrong type") << int(JsonError::Reason::WrongType) << u"login"_s
                                    << int(ApiErrorCode::Malformed) << u"login"_s;
        QTest::newRow("fraction") << int(JsonError::Reason::NotAnInteger) << u"flatId"_s
                                  << int(ApiErrorCode::Malformed) << u"flatId"_s;
        QTest::newRow("bad date") << int(JsonError::Reason::BadDate) << u"date"_s
                                  << int(ApiErrorCode::Malformed) << u"date"_s;
    }

    void fromJsonError()
    {
        QFETCH(int, reason);
        QFETCH(QString, field);
        QFETCH(int, code);
        QFETCH(QString, expectedField);
        const ApiError error =
            ApiError::fromJsonError(JsonError::make(JsonError::Reason(reason), field));
        QCOMPARE(int(error.code()), code);
        QCOMPARE(error.field(), expectedField);
        QVERIFY(!error.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
