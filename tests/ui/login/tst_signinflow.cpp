// SignInFlow against the real kabinet-portal: the ways between the login form, registration,
// «an activation e-mail was sent» and the forgotten password, and what it forwards to the
// application.

#include "SignInTestKit.h"
#include "login/ActivationSentPage.h"
#include "login/LoginPage.h"
#include "login/PasswordResetPage.h"
#include "login/RegistrationPage.h"
#include "login/SignInFlow.h"
#include "widgets/CaptchaField.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class tst_SignInFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void linksLeadToRegistrationAndPasswordReset();
    void registrationEndsOnTheActivationPage();
    void signingInIsForwarded();

private:
    static void activateLink(QWidget& page, const QString& href);

    QTemporaryDir m_noBus;
    DemoServer m_server;
    std::unique_ptr<SignInClient> m_client;
};

void tst_SignInFlow::initTestCase()
{
    QVERIFY(m_noBus.isValid());
    SignInTestKit::useNoKeychain(m_noBus);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<SignInClient>(m_server.baseUrl(), m_server.trust());
}

void tst_SignInFlow::activateLink(QWidget& page, const QString& href)
{
    const QList<QLabel*> labels = page.findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->text().contains(u"href=\""_s + href + u'"'))
            emit label->linkActivated(href);
    }
}

void tst_SignInFlow::linksLeadToRegistrationAndPasswordReset()
{
    SignInFlow flow(m_client->manager);
    flow.show();
    QCOMPARE(flow.currentWidget(), flow.loginPage());

    activateLink(*flow.loginPage(), u"register"_s);
    QCOMPARE(flow.currentWidget(), flow.registrationPage());
    // A captcha is fetched for the visit.
    auto* captcha = flow.registrationPage()->findChild<CaptchaField*>();
    QTRY_VERIFY_WITH_TIMEOUT(!captcha->captchaId().isEmpty(), 10000);
    QTest::mouseClick(flow.registrationPage()->findChild<QPushButton*>(u"cancel"_s),
                      Qt::LeftButton);
    QCOMPARE(flow.currentWidget(), flow.loginPage());

    // The reset page starts with what the login form holds.
    QTest::keyClicks(flow.loginPage()->findChild<QLineEdit*>(u"login"_s), u"demo"_s);
    activateLink(*flow.loginPage(), u"reset"_s);
    QCOMPARE(flow.currentWidget(), flow.passwordResetPage());
    QCOMPARE(flow.passwordResetPage()->findChild<QLineEdit*>(u"loginOrEmail"_s)->text(), u"demo"_s);
    QTest::mouseClick(flow.passwordResetPage()->findChild<QPushButton*>(u"cancel"_s),
                      Qt::LeftButton);
    QCOMPARE(flow.currentWidget(), flow.loginPage());
}

void tst_SignInFlow::registrationEndsOnTheActivationPage()
{
    SignInFlow flow(m_client->manager);
    flow.resize(760, 640);
    flow.show();
    flow.showRegistration();
    RegistrationPage* page = flow.registrationPage();
    const qsizetype mails = SignInTestKit::mails(m_server).size();
    QTest::keyClicks(page->findChild<QLineEdit*>(u"login"_s), u"Kuznetsova"_s);
    QTest::keyClicks(page->findChild<QLineEdit*>(u"email"_s), u"kuznetsova@example.ru"_s);
    QTest::keyClicks(page->findChild<QLineEdit*>(u"password"_s), u"Secret_42"_s);
    QTest::keyClicks(page->findChild<QLineEdit*>(u"passwordConfirmation"_s), u"Secret_42"_s);
    page->findChild<QCheckBox*>(u"agreement"_s)->setChecked(true);
    auto* captcha = page->findChild<CaptchaField*>();
    QTRY_VERIFY_WITH_TIMEOUT(!captcha->captchaId().isEmpty(), 10000);
    QTest::keyClicks(captcha->answerEdit(), DemoServer::captchaAnswer());
    QTest::mouseClick(page->findChild<QPushButton*>(u"register"_s), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(flow.currentWidget(), flow.activationSentPage(), 10000);
    ActivationSentPage* sent = flow.activationSentPage();
    QCOMPARE(sent->user().email, u"kuznetsova@example.ru"_s);
    QVERIFY(sent->text().contains(u"was sent to <b>kuznetsova@example.ru</b>"_s));
    QVERIFY(sent->findChild<QLabel*>(u"activationText"_s)->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(SignInTestKit::mails(m_server).size(), mails + 1, 5000);
    QVERIFY(!SignInTestKit::screenshot(flow, u"activation-sent"_s).isEmpty());

    // «Отправить письмо ещё раз» (the server sends at most one a minute).
    QVERIFY(m_server.advance(61s));
    auto* resend = sent->findChild<QPushButton*>(u"resendActivation"_s);
    QTest::mouseClick(resend, Qt::LeftButton);
    QVERIFY(!resend->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(SignInTestKit::mails(m_server).size(), mails + 2, 10000);
    QTRY_VERIFY(sent->findChild<QLabel*>(u"activationStatus"_s)
                    ->text()
                    .contains(u"kuznetsova@example.ru"_s));

    // «Войти»: the login form with the new login, the password to type.
    QTest::mouseClick(sent->findChild<QPushButton*>(u"signIn"_s), Qt::LeftButton);
    QCOMPARE(flow.currentWidget(), flow.loginPage());
    QCOMPARE(flow.loginPage()->login(), u"Kuznetsova"_s);
}

void tst_SignInFlow::signingInIsForwarded()
{
    SignInFlow flow(m_client->manager);
    flow.show();
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    QTest::keyClicks(flow.loginPage()->findChild<QLineEdit*>(u"login"_s), u"demo"_s);
    QTest::keyClicks(flow.loginPage()->findChild<QLineEdit*>(u"password"_s), u"kapremont"_s);
    QTest::mouseClick(flow.loginPage()->findChild<QPushButton*>(u"signIn"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 10000);
    QCOMPARE(signedIn.at(0).at(0).toString(), u"demo"_s);
    QVERIFY(m_client->manager.hasSession());
}

QTEST_MAIN(tst_SignInFlow)
#include "tst_signinflow.moc"
