// SessionManager against the real kabinet-portal and a real Secret Service (gnome-keyring-daemon
// on a private bus, started by with-gnome-keyring.sh; see CMakeLists.txt): the typed outcomes of
// signing in, remember-me in the keychain and resuming from it in a new manager, nothing stored
// without remember-me, sign-out and revoked sessions removing the token.

#include "DemoServer.h"
#include "ReplyWaiter.h"
#include "keys/Keychain.h"
#include "net/ApiTransport.h"
#include "session/RefreshTokenVault.h"
#include "session/SessionManager.h"

#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Status = LoginOutcome::Status;

namespace {

char* describe(Status status)
{
    return qstrdup(qPrintable(LoginOutcome::statusName(status)));
}

} // namespace

namespace QTest {
template<>
inline char* toString(const Status& status)
{
    return describe(status);
}
} // namespace QTest

// A SessionManager with a transport of its own: a new start of the application.
struct Client
{
    Client(const QUrl& server, const TlsTrust& trust)
        : transport(server, trust)
        , manager(transport)
    {
        transport.setTimeout(5s);
        manager.setKeychainTimeout(5s);
    }

    ApiTransport transport;
    SessionManager manager;
};

class tst_SessionManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void wrongPasswordThenCaptcha();
    void inactiveAccount();
    void unreachableServerAllowsOfflineUnlock();
    void untrustedServerAllowsOfflineUnlock();
    void rememberedSessionResumesInANewManager();
    void refreshOfARememberedSessionUpdatesTheKeychain();
    void withoutRememberNothingIsStored();
    void logOutForgetsTheToken();
    void revokedRememberedSessionHasExpired();
    void sessionEndedInUseIsForwarded();
    void rateLimited();

private:
    std::unique_ptr<Client> newClient() const
    {
        return std::make_unique<Client>(m_server.baseUrl(), m_server.trust());
    }
    static std::optional<LoginOutcome> logIn(SessionManager& manager,
                                             const LoginCredentials& credentials, bool remember);
    static std::optional<LoginOutcome> resume(SessionManager& manager, const QString& login);
    static std::optional<bool> logOut(SessionManager& manager);
    // What the keychain holds for the demo user; empty when nothing.
    QString rememberedToken() const;
    QString newCaptchaId(SessionManager& manager);

    DemoServer m_server;
    std::unique_ptr<Client> m_remembered;
};

void tst_SessionManager::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_sessionmanager"_s);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run through with-gnome-keyring.sh (ctest does)");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

std::optional<LoginOutcome> tst_SessionManager::logIn(SessionManager& manager,
                                                      const LoginCredentials& credentials,
                                                      bool remember)
{
    std::optional<LoginOutcome> outcome;
    QObject::connect(
        &manager, &SessionManager::loginFinished, &manager,
        [&outcome](const LoginOutcome& reported) { outcome = reported; }, Qt::SingleShotConnection);
    if (!manager.logIn(credentials, remember))
        return std::nullopt;
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000));
    return outcome;
}

std::optional<LoginOutcome> tst_SessionManager::resume(SessionManager& manager,
                                                       const QString& login)
{
    std::optional<LoginOutcome> outcome;
    QObject::connect(
        &manager, &SessionManager::resumeFinished, &manager,
        [&outcome](const LoginOutcome& reported) { outcome = reported; }, Qt::SingleShotConnection);
    if (!manager.resume(login))
        return std::nullopt;
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000));
    return outcome;
}

std::optional<bool> tst_SessionManager::logOut(SessionManager& manager)
{
    std::optional<bool> revoked;
    QObject::connect(
        &manager, &SessionManager::loggedOut, &manager,
        [&revoked](bool reported) { revoked = reported; }, Qt::SingleShotConnection);
    if (!manager.logOut())
        return std::nullopt;
    static_cast<void>(QTest::qWaitFor([&revoked] { return revoked.has_value(); }, 10000));
    return revoked;
}

QString tst_SessionManager::rememberedToken() const
{
    const Keychain keychain;
    const Keychain::ReadResult read =
        keychain.readBlocking(RefreshTokenVault::entryFor(m_server.baseUrl(), u"demo"_s));
    return read.ok() ? QString::fromUtf8(read.data) : QString();
}

QString tst_SessionManager::newCaptchaId(SessionManager& manager)
{
    const Waited<CaptchaChallenge> captcha = waitFor(manager.client().createCaptcha());
    return captcha.value ? captcha.value->id : QString();
}

void tst_SessionManager::wrongPasswordThenCaptcha()
{
    const std::unique_ptr<Client> client = newClient();
    SessionManager& manager = client->manager;
    const LoginCredentials wrong {u"demo"_s, u"not-it"_s, {}, {}};
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const std::optional<LoginOutcome> outcome = logIn(manager, wrong, false);
        QVERIFY(outcome);
        QCOMPARE(outcome->status(), Status::InvalidCredentials);
        QVERIFY(!outcome->allowsOfflineUnlock());
        QVERIFY(!manager.hasSession());
        QVERIFY(!manager.isBusy());
    }

    // One operation at a time.
    std::optional<LoginOutcome> required;
    connect(
        &manager, &SessionManager::loginFinished, this,
        [&required](const LoginOutcome& outcome) { required = outcome; }, Qt::SingleShotConnection);
    QVERIFY(manager.logIn({u"demo"_s, u"kapremont"_s, {}, {}}, false));
    QVERIFY(manager.isBusy());
    QVERIFY(!manager.logIn({u"demo"_s, u"kapremont"_s, {}, {}}, false));
    QTRY_VERIFY(required.has_value());
    // Even the right password needs the captcha now.
    QCOMPARE(required->status(), Status::CaptchaRequired);
    QVERIFY(required->needsCaptcha());
    QCOMPARE(required->field(), u"captchaAnswer"_s);

    const std::optional<LoginOutcome> wrongCaptcha =
        logIn(manager, {u"demo"_s, u"kapremont"_s, newCaptchaId(manager), u"WRONG"_s}, false);
    QVERIFY(wrongCaptcha);
    QCOMPARE(wrongCaptcha->status(), Status::WrongCaptcha);
    QVERIFY(wrongCaptcha->needsCaptcha());

    const std::optional<LoginOutcome> signedIn = logIn(
        manager, {u"demo"_s, u"kapremont"_s, newCaptchaId(manager), DemoServer::captchaAnswer()},
        false);
    QVERIFY(signedIn);
    QCOMPARE(signedIn->status(), Status::SignedIn);
    QVERIFY(!signedIn->isRemembered());
    QVERIFY(manager.hasSession());
    QCOMPARE(manager.login(), u"demo"_s);
    const Waited<UserProfile> profile = waitFor(manager.client().profile());
    QVERIFY2(profile.isOk(), profile.describe());
    QCOMPARE(profile.value->login, u"demo"_s);
}

void tst_SessionManager::inactiveAccount()
{
    const std::unique_ptr<Client> client = newClient();
    SessionManager& manager = client->manager;
    const Waited<RegisteredUser> registered = waitFor(manager.client().registerUser(
        {u"Sleeper"_s, u"sleeper@example.ru"_s, u"secret!1"_s, u"secret!1"_s, newCaptchaId(manager),
         DemoServer::captchaAnswer(), true}));
    QVERIFY2(registered.isOk(), registered.describe());

    const std::optional<LoginOutcome> outcome =
        logIn(manager, {u"Sleeper"_s, u"secret!1"_s, {}, {}}, true);
    QVERIFY(outcome);
    QCOMPARE(outcome->status(), Status::AccountInactive);
    QVERIFY(!manager.hasSession());
    QVERIFY(!outcome->userMessage().isEmpty());
}

void tst_SessionManager::unreachableServerAllowsOfflineUnlock()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Client client(QUrl(u"https://127.0.0.1:"_s + QString::number(port)), m_server.trust());
    const std::optional<LoginOutcome> outcome =
        logIn(client.manager, {u"demo"_s, u"kapremont"_s, {}, {}}, true);
    QVERIFY(outcome);
    QCOMPARE(outcome->status(), Status::NoNetwork);
    QVERIFY(outcome->allowsOfflineUnlock());
    QVERIFY(!client.manager.hasSession());
}

void tst_SessionManager::untrustedServerAllowsOfflineUnlock()
{
    // The system's CAs only: the portal's development certificate is refused.
    Client client(m_server.baseUrl(), TlsTrust());
    const std::optional<LoginOutcome> outcome =
        logIn(client.manager, {u"demo"_s, u"kapremont"_s, {}, {}}, true);
    QVERIFY(outcome);
    QCOMPARE(outcome->status(), Status::TlsFailure);
    QVERIFY(outcome->allowsOfflineUnlock());
    QCOMPARE(outcome->error().tlsReason, ApiError::TlsReason::Untrusted);
}

void tst_SessionManager::rememberedSessionResumesInANewManager()
{
    QVERIFY(rememberedToken().isEmpty());
    QString stored;
    {
        const std::unique_ptr<Client> first = newClient();
        const std::optional<LoginOutcome> outcome =
            logIn(first->manager, {u"demo"_s, u"kapremont"_s, {}, {}}, true);
        QVERIFY(outcome);
        QCOMPARE(outcome->status(), Status::SignedIn);
        QVERIFY(outcome->isRemembered());
        QVERIFY(first->manager.remembersSession());
        stored = rememberedToken();
        QVERIFY(!stored.isEmpty());
        // The application quits without signing out.
    }

    // The next start: the login as the user typed it last time, in another case.
    const std::unique_ptr<Client> second = newClient();
    const std::optional<LoginOutcome> resumed = resume(second->manager, u"Demo"_s);
    QVERIFY(resumed);
    QCOMPARE(resumed->status(), Status::SignedIn);
    QVERIFY(second->manager.hasSession());
    QVERIFY(second->manager.remembersSession());
    QCOMPARE(second->manager.api().refreshCount(), 1);
    // The refresh rotated the token, and the new one was in the keychain before resumeFinished().
    const QString rotated = rememberedToken();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != stored);
    const Waited<QList<Account>> accounts = waitFor(second->manager.client().accounts());
    QVERIFY2(accounts.isOk(), accounts.describe());
    QCOMPARE(accounts.value->size(), 3);

    // And again, from what the second start left.
    m_remembered = newClient();
    const std::optional<LoginOutcome> third = resume(m_remembered->manager, u"demo"_s);
    QVERIFY(third);
    QCOMPARE(third->status(), Status::SignedIn);
    QVERIFY(rememberedToken() != rotated);
}

void tst_SessionManager::refreshOfARememberedSessionUpdatesTheKeychain()
{
    QVERIFY(m_remembered);
    SessionManager& manager = m_remembered->manager;
    const QString before = rememberedToken();
    QVERIFY(!before.isEmpty());
    const int refreshes = manager.api().refreshCount();

    QVERIFY(m_server.advance(16min));
    const Waited<UserProfile> profile = waitFor(manager.client().profile());
    QVERIFY2(profile.isOk(), profile.describe());
    QCOMPARE(manager.api().refreshCount(), refreshes + 1);
    QTRY_VERIFY(rememberedToken() != before);
    QVERIFY(!rememberedToken().isEmpty());
    m_remembered.reset();
}

void tst_SessionManager::withoutRememberNothingIsStored()
{
    // A remembered session is still in the keychain from the test before.
    QVERIFY(!rememberedToken().isEmpty());
    const std::unique_ptr<Client> client = newClient();
    const std::optional<LoginOutcome> outcome =
        logIn(client->manager, {u"demo"_s, u"kapremont"_s, {}, {}}, false);
    QVERIFY(outcome);
    QCOMPARE(outcome->status(), Status::SignedIn);
    QVERIFY(!outcome->isRemembered());
    QVERIFY(!client->manager.remembersSession());
    // Unticking «Запомнить?» removed it.
    QVERIFY(rememberedToken().isEmpty());

    // Refreshes of an unremembered session store nothing either.
    QVERIFY(m_server.advance(16min));
    const Waited<UserProfile> profile = waitFor(client->manager.client().profile());
    QVERIFY2(profile.isOk(), profile.describe());
    QCOMPARE(client->manager.api().refreshCount(), 1);
    QTest::qWait(200);
    QVERIFY(rememberedToken().isEmpty());

    const std::unique_ptr<Client> next = newClient();
    const std::optional<LoginOutcome> resumed = resume(next->manager, u"demo"_s);
    QVERIFY(resumed);
    QCOMPARE(resumed->status(), Status::NotRemembered);
    QCOMPARE(resumed->keychainStatus(), Keychain::Status::NotFound);
    QVERIFY(!next->manager.hasSession());
}

void tst_SessionManager::logOutForgetsTheToken()
{
    const std::unique_ptr<Client> client = newClient();
    SessionManager& manager = client->manager;
    QVERIFY(logIn(manager, {u"demo"_s, u"kapremont"_s, {}, {}}, true)
                .value_or(LoginOutcome())
                .isSignedIn());
    const QString token = rememberedToken();
    QVERIFY(!token.isEmpty());

    const std::optional<bool> revoked = logOut(manager);
    QVERIFY(revoked);
    QVERIFY(*revoked);
    QVERIFY(!manager.hasSession());
    QVERIFY(manager.login().isEmpty());
    QVERIFY(rememberedToken().isEmpty());
    // The server revoked it too: the forgotten token would not have worked anyway.
    const PortalReply refused =
        m_server.portal().post(u"/api/v1/sessions/refresh"_s, {{u"refreshToken"_s, token}});
    QCOMPARE(refused.status, 401);

    const std::unique_ptr<Client> next = newClient();
    QCOMPARE(resume(next->manager, u"demo"_s).value_or(LoginOutcome()).status(),
             Status::NotRemembered);
}

void tst_SessionManager::revokedRememberedSessionHasExpired()
{
    {
        const std::unique_ptr<Client> client = newClient();
        QVERIFY(logIn(client->manager, {u"demo"_s, u"kapremont"_s, {}, {}}, true)
                    .value_or(LoginOutcome())
                    .isSignedIn());
    }
    const QString token = rememberedToken();
    QVERIFY(!token.isEmpty());
    // Someone copied the remembered token and used it: the next use of it is a reuse.
    const PortalReply thief =
        m_server.portal().post(u"/api/v1/sessions/refresh"_s, {{u"refreshToken"_s, token}});
    QCOMPARE(thief.status, 201);

    const std::unique_ptr<Client> next = newClient();
    int ended = 0;
    connect(&next->manager, &SessionManager::sessionEnded, this, [&ended] { ++ended; });
    const std::optional<LoginOutcome> resumed = resume(next->manager, u"demo"_s);
    QVERIFY(resumed);
    QCOMPARE(resumed->status(), Status::SessionExpired);
    QVERIFY(!resumed->allowsOfflineUnlock());
    QVERIFY(!next->manager.hasSession());
    QVERIFY(rememberedToken().isEmpty());
    // resumeFinished() told it; sessionEnded() is for sessions in use.
    QCOMPARE(ended, 0);
}

void tst_SessionManager::sessionEndedInUseIsForwarded()
{
    const std::unique_ptr<Client> client = newClient();
    SessionManager& manager = client->manager;
    QVERIFY(logIn(manager, {u"demo"_s, u"kapremont"_s, {}, {}}, true)
                .value_or(LoginOutcome())
                .isSignedIn());
    const QString token = rememberedToken();
    QVERIFY(!token.isEmpty());
    QList<ApiError> ended;
    connect(&manager, &SessionManager::sessionEnded, this,
            [&ended](const ApiError& reason) { ended.append(reason); });

    // Used twice by someone else: the server revokes the whole session.
    QCOMPARE(
        m_server.portal().post(u"/api/v1/sessions/refresh"_s, {{u"refreshToken"_s, token}}).status,
        201);
    QCOMPARE(
        m_server.portal().post(u"/api/v1/sessions/refresh"_s, {{u"refreshToken"_s, token}}).status,
        401);

    const Waited<UserProfile> profile = waitFor(manager.client().profile());
    QCOMPARE(profile.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.constFirst().kind, ApiError::Kind::InvalidToken);
    QVERIFY(!manager.hasSession());
    QVERIFY(manager.login().isEmpty());
    QTRY_VERIFY(rememberedToken().isEmpty());
}

void tst_SessionManager::rateLimited()
{
    // Failures count for the address, unknown logins too: ten within 15 minutes, then 429.
    QVERIFY(m_server.advance(16min));
    const std::unique_ptr<Client> client = newClient();
    std::optional<LoginOutcome> outcome;
    int attempts = 0;
    while (attempts < 12) {
        ++attempts;
        outcome = logIn(client->manager,
                        {u"ghost"_s + QString::number(attempts), u"nothing"_s, {}, {}}, false);
        QVERIFY(outcome);
        if (outcome->status() != Status::InvalidCredentials)
            break;
    }
    QCOMPARE(outcome->status(), Status::RateLimited);
    QCOMPARE(attempts, 11);
    QVERIFY(outcome->retryAfterSeconds().has_value());
    QVERIFY(*outcome->retryAfterSeconds() > 0);
    QVERIFY(*outcome->retryAfterSeconds() <= 15 * 60);
    QVERIFY(!outcome->allowsOfflineUnlock());
    QVERIFY(outcome->userMessage().contains(u"minute"_s));
}

QTEST_GUILESS_MAIN(tst_SessionManager)
#include "tst_sessionmanager.moc"
