// SessionManager on a machine without a keychain (the session bus address points at a socket that
// does not exist), against a scripted server: remember-me cannot be honoured, so signing in still
// works, unremembered, resuming reports why, and nothing lands on disk.

#include "FakePortal.h"
#include "SecretScan.h"
#include "net/ApiTransport.h"
#include "session/SessionManager.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Status = LoginOutcome::Status;

class tst_SessionManagerNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rememberMeWithoutAKeychainSignsInUnremembered();
    void resumeSaysTheKeychainIsUnavailable();
    void logOutStillRevokes();
    void tokensAreNowhereOnDisk();

private:
    std::optional<LoginOutcome> logIn(bool remember);

    QTemporaryDir m_noBusDir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<SessionManager> m_manager;
    int m_issued = 0;
};

void tst_SessionManagerNoKeychain::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_sessionmanagernokeychain"_s);
    QVERIFY(m_noBusDir.isValid());
    // Set before any D-Bus call, so that nothing has connected to another bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_noBusDir.path()) + "/no-bus");
    qunsetenv("DISPLAY");
}

void tst_SessionManagerNoKeychain::init()
{
    m_issued = 0;
    m_portal = std::make_unique<FakePortal>();
    QVERIFY(m_portal->listen());
    m_portal->setHandler([this](const FakeRequest& request) {
        if (request.path == u"/api/v1/sessions" || request.path == u"/api/v1/sessions/refresh") {
            ++m_issued;
            const QString n = QString::number(m_issued);
            return FakePortal::json(201,
                                    {{u"accessToken"_s, QString(u"access-"_s + n)},
                                     {u"accessExpiresIn"_s, 900},
                                     {u"refreshToken"_s, QString(u"refresh-secret-"_s + n)},
                                     {u"refreshExpiresIn"_s, 2592000}});
        }
        if (request.path == u"/api/v1/sessions/current")
            return FakePortal::noContent();
        return FakePortal::error(404, u"not_found"_s);
    });
    m_transport = std::make_unique<ApiTransport>(m_portal->baseUrl(), m_portal->trust());
    m_manager = std::make_unique<SessionManager>(*m_transport);
    m_manager->setKeychainTimeout(3s);
}

void tst_SessionManagerNoKeychain::cleanup()
{
    m_manager.reset();
    m_transport.reset();
    m_portal.reset();
}

std::optional<LoginOutcome> tst_SessionManagerNoKeychain::logIn(bool remember)
{
    std::optional<LoginOutcome> outcome;
    connect(
        m_manager.get(), &SessionManager::loginFinished, this,
        [&outcome](const LoginOutcome& reported) { outcome = reported; }, Qt::SingleShotConnection);
    if (!m_manager->logIn({u"demo"_s, u"kapremont"_s, {}, {}}, remember))
        return std::nullopt;
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000));
    return outcome;
}

void tst_SessionManagerNoKeychain::rememberMeWithoutAKeychainSignsInUnremembered()
{
    const std::optional<LoginOutcome> outcome = logIn(true);
    QVERIFY(outcome);
    QCOMPARE(outcome->status(), Status::SignedIn);
    QVERIFY(!outcome->isRemembered());
    QVERIFY(!m_manager->remembersSession());
    QVERIFY(m_manager->hasSession());
}

void tst_SessionManagerNoKeychain::resumeSaysTheKeychainIsUnavailable()
{
    std::optional<LoginOutcome> outcome;
    connect(m_manager.get(), &SessionManager::resumeFinished, this,
            [&outcome](const LoginOutcome& reported) { outcome = reported; });
    QVERIFY(m_manager->resume(u"demo"_s));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(outcome->status(), Status::NotRemembered);
    QCOMPARE(outcome->keychainStatus(), Keychain::Status::Unavailable);
    QVERIFY(!m_manager->hasSession());
    // Nothing was asked of the server.
    QVERIFY(m_portal->requests().isEmpty());
}

void tst_SessionManagerNoKeychain::logOutStillRevokes()
{
    QVERIFY(logIn(true).value_or(LoginOutcome()).isSignedIn());
    std::optional<bool> revoked;
    connect(m_manager.get(), &SessionManager::loggedOut, this,
            [&revoked](bool reported) { revoked = reported; });
    QVERIFY(m_manager->logOut());
    QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 10000);
    QVERIFY(*revoked);
    QCOMPARE(m_portal->countOf("DELETE", u"/api/v1/sessions/current"_s), 1);
    QCOMPARE(m_portal->requests().constLast().bearer(), u"access-1"_s);
    QVERIFY(!m_manager->hasSession());
}

void tst_SessionManagerNoKeychain::tokensAreNowhereOnDisk()
{
    QVERIFY(logIn(true).value_or(LoginOutcome()).isSignedIn());
    for (int n = 1; n <= m_issued; ++n) {
        const QByteArray secret = "refresh-secret-" + QByteArray::number(n);
        const QStringList settings =
            SecretScan::settingsFilesContaining(Keychain::defaultService(), secret);
        QVERIFY2(settings.isEmpty(), qPrintable(settings.join(u", "_s)));
        const QStringList files = SecretScan::filesContaining(QDir::homePath(), secret);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(tst_SessionManagerNoKeychain)
#include "tst_sessionmanagernokeychain.moc"
