// LoginOutcome: how each failure of signing in (and of resuming) reaches the login screen.

#include "session/LoginOutcome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Kind = ApiError::Kind;
using Code = ApiErrorBody::Code;
using Status = LoginOutcome::Status;

Q_DECLARE_METATYPE(ApiError)

namespace {

ApiError error(Kind kind, std::optional<Code> code = {}, const QString& field = {})
{
    ApiError made = ApiError::make(kind);
    made.code = code;
    made.field = field;
    return made;
}

} // namespace

class tst_LoginOutcome : public QObject
{
    Q_OBJECT

private slots:
    void fromError_data();
    void fromError();
    void resumeRefusalIsAnExpiredSession();
    void rateLimitCarriesTheWait();
    void signedInAndNotRemembered();
    void everyStatusHasANameAndAMessage();
};

void tst_LoginOutcome::fromError_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("offline");
    const auto row = [](const char* name, const ApiError& apiError, Status status, bool offline) {
        QTest::newRow(name) << apiError << int(status) << offline;
    };
    row("invalid credentials", error(Kind::InvalidCredentials), Status::InvalidCredentials, false);
    row("inactive", error(Kind::AccountInactive), Status::AccountInactive, false);
    row("captcha required", error(Kind::Validation, Code::CaptchaRequired, u"captchaAnswer"_s),
        Status::CaptchaRequired, false);
    row("wrong captcha", error(Kind::Validation, Code::WrongCaptcha, u"captchaAnswer"_s),
        Status::WrongCaptcha, false);
    row("invalid field", error(Kind::Validation, Code::Invalid, u"login"_s), Status::InvalidInput,
        false);
    row("rate limited", error(Kind::RateLimited), Status::RateLimited, false);
    row("no network", error(Kind::NoNetwork), Status::NoNetwork, true);
    row("timeout", error(Kind::Timeout), Status::NoNetwork, true);
    row("connection lost", error(Kind::ConnectionLost), Status::NoNetwork, true);
    row("tls", ApiError::tls(ApiError::TlsReason::PinMismatch), Status::TlsFailure, true);
    row("server error", error(Kind::ServerError), Status::ServerError, true);
    row("cancelled", error(Kind::Cancelled), Status::Cancelled, false);
    row("malformed", error(Kind::MalformedResponse), Status::Failed, false);
    row("bad request", error(Kind::BadRequest, Code::Malformed), Status::Failed, false);
}

void tst_LoginOutcome::fromError()
{
    QFETCH(ApiError, error);
    QFETCH(int, status);
    QFETCH(bool, offline);
    const LoginOutcome outcome = LoginOutcome::fromError(error);
    QCOMPARE(LoginOutcome::statusName(outcome.status()), LoginOutcome::statusName(Status(status)));
    QCOMPARE(outcome.allowsOfflineUnlock(), offline);
    QVERIFY(!outcome.isSignedIn());
    QVERIFY(outcome.error() == error);
    QCOMPARE(outcome.field(), error.field);
    QCOMPARE(outcome.needsCaptcha(),
             Status(status) == Status::CaptchaRequired || Status(status) == Status::WrongCaptcha);
}

void tst_LoginOutcome::resumeRefusalIsAnExpiredSession()
{
    QCOMPARE(LoginOutcome::fromResumeError(error(Kind::Unauthorized)).status(),
             Status::SessionExpired);
    QCOMPARE(LoginOutcome::fromResumeError(error(Kind::InvalidToken)).status(),
             Status::SessionExpired);
    // Not reaching the server while resuming still allows working offline.
    const LoginOutcome offline = LoginOutcome::fromResumeError(error(Kind::NoNetwork));
    QCOMPARE(offline.status(), Status::NoNetwork);
    QVERIFY(offline.allowsOfflineUnlock());
}

void tst_LoginOutcome::rateLimitCarriesTheWait()
{
    ApiError limited = error(Kind::RateLimited);
    limited.retryAfterSeconds = 125;
    const LoginOutcome outcome = LoginOutcome::fromError(limited);
    QCOMPARE(outcome.retryAfterSeconds(), std::optional(125));
    // Rounded up to whole minutes: three.
    QVERIFY2(outcome.userMessage().contains(u'3'), qPrintable(outcome.userMessage()));
    QVERIFY(!LoginOutcome::fromError(error(Kind::RateLimited)).userMessage().isEmpty());
}

void tst_LoginOutcome::signedInAndNotRemembered()
{
    QVERIFY(LoginOutcome::signedIn(true).isSignedIn());
    QVERIFY(LoginOutcome::signedIn(true).isRemembered());
    QVERIFY(!LoginOutcome::signedIn(false).isRemembered());
    const LoginOutcome unavailable = LoginOutcome::notRemembered(Keychain::Status::Unavailable);
    QCOMPARE(unavailable.status(), Status::NotRemembered);
    QCOMPARE(unavailable.keychainStatus(), Keychain::Status::Unavailable);
    QVERIFY(!unavailable.allowsOfflineUnlock());
    QCOMPARE(LoginOutcome().status(), Status::Failed);
}

void tst_LoginOutcome::everyStatusHasANameAndAMessage()
{
    QSet<QString> names;
    for (int status = int(Status::SignedIn); status <= int(Status::Failed); ++status) {
        const QString name = LoginOutcome::statusName(Status(status));
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), int(Status::Failed) + 1);
    for (const ApiError& apiError :
         {error(Kind::InvalidCredentials), error(Kind::NoNetwork), error(Kind::MalformedResponse)})
        QVERIFY(!LoginOutcome::fromError(apiError).userMessage().isEmpty());
}

QTEST_GUILESS_MAIN(tst_LoginOutcome)
#include "tst_loginoutcome.moc"
