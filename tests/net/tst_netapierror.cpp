#include "net/ApiError.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Kind = ApiError::Kind;
using Reason = ApiError::TlsReason;

namespace {
const QList<Kind> allKinds {
    Kind::NoNetwork,    Kind::ConnectionLost,  Kind::TlsFailure,   Kind::Timeout,
    Kind::Cancelled,    Kind::ServerError,     Kind::Unauthorized, Kind::InvalidCredentials,
    Kind::InvalidToken, Kind::AccountInactive, Kind::NotFound,     Kind::Conflict,
    Kind::Validation,   Kind::RateLimited,     Kind::BadRequest,   Kind::MalformedResponse,
    Kind::TooLarge,     Kind::Other,
};
} // namespace

class tst_NetApiError : public QObject
{
    Q_OBJECT

private slots:
    void retryableKinds();
    void everyKindHasItsOwnNameAndMessage();
    void tlsReasonsHaveTheirOwnMessages();
    void messagesFollowTheCode();
    void rateLimitMessageCountsSeconds();
    void describeNamesNoSecrets();
};

void tst_NetApiError::retryableKinds()
{
    const QSet<Kind> retryable {Kind::NoNetwork, Kind::ConnectionLost, Kind::Timeout,
                                Kind::ServerError, Kind::RateLimited};
    for (const Kind kind : allKinds)
        QCOMPARE(ApiError::make(kind).isRetryable(), retryable.contains(kind));
}

void tst_NetApiError::everyKindHasItsOwnNameAndMessage()
{
    QSet<QString> names;
    QSet<QString> messages;
    for (const Kind kind : allKinds) {
        const ApiError error = ApiError::make(kind);
        QVERIFY(!error.userMessage().isEmpty());
        names.insert(ApiError::kindName(kind));
        messages.insert(error.userMessage());
    }
    QCOMPARE(names.size(), allKinds.size());
    QCOMPARE(messages.size(), allKinds.size());
    QCOMPARE(ApiError::kindName(Kind::TlsFailure), u"TlsFailure"_s);
}

void tst_NetApiError::tlsReasonsHaveTheirOwnMessages()
{
    const QList<Reason> reasons {Reason::Untrusted, Reason::Expired, Reason::HostMismatch,
                                 Reason::PinMismatch, Reason::Other};
    QSet<QString> messages;
    for (const Reason reason : reasons) {
        const ApiError error = ApiError::tls(reason, u"detail"_s);
        QCOMPARE(error.kind, Kind::TlsFailure);
        QCOMPARE(error.tlsReason, reason);
        QVERIFY(!error.isRetryable());
        messages.insert(error.userMessage());
    }
    QCOMPARE(messages.size(), reasons.size());
}

void tst_NetApiError::messagesFollowTheCode()
{
    ApiError taken = ApiError::make(Kind::Conflict);
    taken.code = ApiErrorBody::Code::Taken;
    taken.field = u"login"_s;
    ApiError takenEmail = taken;
    takenEmail.field = u"email"_s;
    ApiError linked = ApiError::make(Kind::Conflict);
    linked.code = ApiErrorBody::Code::AlreadyLinked;
    QVERIFY(taken.userMessage() != takenEmail.userMessage());
    QVERIFY(taken.userMessage() != linked.userMessage());

    ApiError invalid = ApiError::make(Kind::Validation);
    invalid.code = ApiErrorBody::Code::Invalid;
    invalid.field = u"flatId"_s;
    QVERIFY(invalid.userMessage().contains(u"flatId"_s));
    ApiError captcha = invalid;
    captcha.code = ApiErrorBody::Code::WrongCaptcha;
    captcha.field = u"captchaAnswer"_s;
    QVERIFY(captcha.userMessage() != invalid.userMessage());

    ApiError server = ApiError::make(Kind::ServerError);
    server.httpStatus = 503;
    QVERIFY(server.userMessage().contains(u"503"_s));
}

void tst_NetApiError::rateLimitMessageCountsSeconds()
{
    ApiError error = ApiError::make(Kind::RateLimited);
    const QString withoutDelay = error.userMessage();
    error.retryAfterSeconds = 42;
    QVERIFY(error.userMessage().contains(u"42"_s));
    QVERIFY(error.userMessage() != withoutDelay);
}

void tst_NetApiError::describeNamesNoSecrets()
{
    ApiError error = ApiError::make(Kind::Validation, u"detail"_s);
    error.httpStatus = 422;
    error.code = ApiErrorBody::Code::Invalid;
    error.field = u"login"_s;
    error.serverMessage = u"The login Ivanov-secret is wrong"_s;
    QCOMPARE(error.describe(), u"Validation 422 invalid (login)"_s);
    QCOMPARE(ApiError::tls(Reason::PinMismatch).describe(), u"TlsFailure/PinMismatch"_s);
}

QTEST_GUILESS_MAIN(tst_NetApiError)
#include "tst_netapierror.moc"
