// LoginPage signing in through SessionManager against the real kabinet-portal (demo data, a known
// captcha answer): each failure's own message, the captcha after repeated failures, the inactive
// account with «Отправить письмо ещё раз», and «Войти без сети» only when the server cannot be
// reached and a cache exists.

#include "ReplyWaiter.h"
#include "SignInTestKit.h"
#include "login/LoginPage.h"
#include "widgets/CaptchaField.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class tst_LoginPagePortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void wrongPasswordShowsItsMessage();
    void captchaAfterRepeatedFailures();
    void inactiveAccountOffersToResendTheEmail();
    void unreachableServerOffersOfflineUnlockWithACache();
    void unreachableServerWithoutACacheOffersNothing();
    void rateLimitedSaysHowLongToWait();

private:
    std::unique_ptr<SignInClient> newClient() const
    {
        return std::make_unique<SignInClient>(m_server.baseUrl(), m_server.trust());
    }
    static void fillIn(LoginPage& page, const QString& login, const QString& password);
    static QPushButton* button(LoginPage& page, const QString& name)
    {
        return page.findChild<QPushButton*>(name);
    }
    static QUrl deadServer();

    QTemporaryDir m_noBus;
    DemoServer m_server;
};

void tst_LoginPagePortal::initTestCase()
{
    QVERIFY(m_noBus.isValid());
    SignInTestKit::useNoKeychain(m_noBus);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_LoginPagePortal::fillIn(LoginPage& page, const QString& login, const QString& password)
{
    auto* loginEdit = page.findChild<QLineEdit*>(u"login"_s);
    auto* passwordEdit = page.findChild<QLineEdit*>(u"password"_s);
    QVERIFY(loginEdit && passwordEdit);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
}

QUrl tst_LoginPagePortal::deadServer()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"https://127.0.0.1:"_s + QString::number(port));
}

void tst_LoginPagePortal::wrongPasswordShowsItsMessage()
{
    const std::unique_ptr<SignInClient> client = newClient();
    LoginPage page(client->manager);
    page.resize(460, 300);
    page.show();
    QSignalSpy requested(&page, &LoginPage::signInRequested);
    QSignalSpy signedIn(&page, &LoginPage::signedIn);
    fillIn(page, u"demo"_s, u"not-the-password"_s);

    QPushButton* signIn = button(page, u"signIn"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    // Busy: the button says so and a second click sends nothing.
    QVERIFY(page.isBusy());
    QVERIFY(!signIn->isEnabled());
    QVERIFY(signIn->text() != u"&Sign in"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTest::keyClick(page.findChild<QLineEdit*>(u"password"_s), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
    QCOMPARE(page.message(), u"Wrong login or password."_s);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!page.isCaptchaShown());
    QVERIFY(button(page, u"offlineUnlock"_s)->isHidden());
    QVERIFY(button(page, u"resendActivation"_s)->isHidden());
    // The wrong password is gone; the login stays for the next try.
    QVERIFY(page.findChild<QLineEdit*>(u"password"_s)->text().isEmpty());
    QCOMPARE(page.login(), u"demo"_s);
    QVERIFY(!SignInTestKit::screenshot(page, u"login-wrong-password"_s).isEmpty());
}

void tst_LoginPagePortal::captchaAfterRepeatedFailures()
{
    // demo failed once in the test before; the server asks for a captcha after three.
    const std::unique_ptr<SignInClient> client = newClient();
    LoginPage page(client->manager);
    page.resize(460, 420);
    page.show();
    QSignalSpy signedIn(&page, &LoginPage::signedIn);
    auto* captcha = page.findChild<CaptchaField*>();
    QVERIFY(captcha);
    for (int attempt = 0; attempt < 5 && !page.isCaptchaShown(); ++attempt) {
        fillIn(page, u"demo"_s, u"still-wrong"_s);
        QTest::mouseClick(button(page, u"signIn"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
    }
    QVERIFY(page.isCaptchaShown());
    QTRY_VERIFY_WITH_TIMEOUT(!captcha->captchaId().isEmpty(), 10000);
    QVERIFY(!captcha->findChild<QLabel*>(u"captchaImage"_s)->pixmap().isNull());

    // Right password, no answer: asked for the code, nothing sent.
    fillIn(page, u"demo"_s, u"kapremont"_s);
    QTest::mouseClick(button(page, u"signIn"_s), Qt::LeftButton);
    QVERIFY(!page.isBusy());
    QCOMPARE(page.message(), u"Enter the code from the picture."_s);

    // A wrong answer: its message and a new picture.
    const QString firstId = captcha->captchaId();
    QTest::keyClicks(captcha->answerEdit(), u"WRONG"_s);
    QTest::mouseClick(button(page, u"signIn"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
    QCOMPARE(page.message(),
             u"The characters from the picture were entered wrongly. Try the new picture."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!captcha->captchaId().isEmpty(), 10000);
    QVERIFY(captcha->captchaId() != firstId);
    QVERIFY(captcha->answerEdit()->text().isEmpty());
    QVERIFY(!SignInTestKit::screenshot(page, u"login-captcha"_s).isEmpty());

    // The right answer (blanks around it are fine) signs in.
    QTest::keyClicks(captcha->answerEdit(), u" "_s + DemoServer::captchaAnswer().toLower());
    QTest::keyClick(captcha->answerEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 10000);
    QCOMPARE(signedIn.at(0).at(0).toString(), u"demo"_s);
    QCOMPARE(signedIn.at(0).at(1).toString(), u"kapremont"_s);
    QCOMPARE(signedIn.at(0).at(2).toBool(), false);
    QVERIFY(client->manager.hasSession());
    QVERIFY(!page.isCaptchaShown());
    QVERIFY(page.message().isEmpty());
}

void tst_LoginPagePortal::inactiveAccountOffersToResendTheEmail()
{
    const std::unique_ptr<SignInClient> client = newClient();
    const Waited<CaptchaChallenge> challenge = waitFor(client->manager.client().createCaptcha());
    QVERIFY2(challenge.isOk(), challenge.describe());
    const Waited<RegisteredUser> registered = waitFor(client->manager.client().registerUser(
        {u"Sleeper"_s, u"sleeper@example.ru"_s, u"secret!1"_s, u"secret!1"_s, challenge.value->id,
         DemoServer::captchaAnswer(), true}));
    QVERIFY2(registered.isOk(), registered.describe());
    const qsizetype mailsAfterRegistration = SignInTestKit::mails(m_server).size();
    QVERIFY(mailsAfterRegistration >= 1);

    LoginPage page(client->manager);
    page.resize(560, 300);
    page.show();
    fillIn(page, u"Sleeper"_s, u"secret!1"_s);
    QTest::mouseClick(button(page, u"signIn"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
    QCOMPARE(page.message(),
             u"The account is not activated yet. Open the link in the e-mail we sent you."_s);
    QPushButton* resend = button(page, u"resendActivation"_s);
    QVERIFY(resend->isVisible());
    QVERIFY(button(page, u"offlineUnlock"_s)->isHidden());
    QVERIFY(!SignInTestKit::screenshot(page, u"login-inactive"_s).isEmpty());

    // The server sends at most one activation e-mail a minute.
    QVERIFY(m_server.advance(61s));
    QTest::mouseClick(resend, Qt::LeftButton);
    QVERIFY(!resend->isEnabled());
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page.message().startsWith(u"The activation e-mail is sent again"_s),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(SignInTestKit::mails(m_server).size(), mailsAfterRegistration + 1,
                              5000);
    QVERIFY(!resend->isEnabled());

    // Another login typed: the offer was about the old one.
    QTest::keyClicks(page.findChild<QLineEdit*>(u"login"_s), u"x"_s);
    QVERIFY(resend->isHidden());
}

void tst_LoginPagePortal::unreachableServerOffersOfflineUnlockWithACache()
{
    const QUrl dead = deadServer();
    QVERIFY(dead.isValid());
    SignInClient client(dead, m_server.trust());
    LoginPage page(client.manager);
    page.resize(560, 300);
    page.show();
    QStringList asked;
    page.setOfflineUnlockCheck([&asked](const QString& login) {
        asked << login;
        return login == u"demo"_s;
    });
    QSignalSpy offline(&page, &LoginPage::offlineUnlockRequested);
    fillIn(page, u"demo"_s, u"kapremont"_s);
    QTest::mouseClick(button(page, u"signIn"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
    QCOMPARE(asked, QStringList {u"demo"_s});
    QCOMPARE(page.message(),
             u"The server cannot be reached. You can open your saved data offline."_s);
    QPushButton* unlock = button(page, u"offlineUnlock"_s);
    QVERIFY(unlock->isVisible());
    QVERIFY(!SignInTestKit::screenshot(page, u"login-offline"_s).isEmpty());
    // The password is kept: the cache is opened with it.
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(offline.count(), 1);
    QCOMPARE(offline.at(0).at(0).toString(), u"demo"_s);
    QCOMPARE(offline.at(0).at(1).toString(), u"kapremont"_s);
}

void tst_LoginPagePortal::unreachableServerWithoutACacheOffersNothing()
{
    const QUrl dead = deadServer();
    QVERIFY(dead.isValid());
    SignInClient client(dead, m_server.trust());
    LoginPage page(client.manager);
    page.setOfflineUnlockCheck([](const QString&) { return false; });
    fillIn(page, u"newcomer"_s, u"kapremont"_s);
    QTest::mouseClick(button(page, u"signIn"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
    QVERIFY(button(page, u"offlineUnlock"_s)->isHidden());
    // The cause without the offline promise.
    QCOMPARE(page.message(),
             u"Cannot reach the server. Check the Internet connection and the server address."_s);
}

void tst_LoginPagePortal::rateLimitedSaysHowLongToWait()
{
    // Ten failures from one address in 15 minutes; unknown logins count too, and once a login
    // needs a captcha its wrong answers count instead.
    const std::unique_ptr<SignInClient> client = newClient();
    LoginPage page(client->manager);
    page.show();
    auto* captcha = page.findChild<CaptchaField*>();
    for (int attempt = 0; attempt < 15 && !page.message().startsWith(u"Too many"_s); ++attempt) {
        fillIn(page, u"ghost"_s + QString::number(attempt), u"wrong-again"_s);
        if (page.isCaptchaShown()) {
            QTRY_VERIFY_WITH_TIMEOUT(!captcha->captchaId().isEmpty(), 10000);
            QTest::keyClicks(captcha->answerEdit(), u"WRONG"_s);
        }
        QTest::mouseClick(button(page, u"signIn"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
    }
    QVERIFY2(page.message().startsWith(u"Too many attempts. Try again in "_s),
             qPrintable(page.message()));
    QVERIFY(button(page, u"offlineUnlock"_s)->isHidden());
}

QTEST_MAIN(tst_LoginPagePortal)
#include "tst_loginpageportal.moc"
