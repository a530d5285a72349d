// RegistrationPage against the real kabinet-portal: each shared rule's message at its field as the
// user types, nothing sent while a field breaks a rule, a registration that succeeds (and the
// activation e-mail written), and the server's refusals at their fields: a taken login or e-mail,
// a wrong captcha answer (with a new picture).

#include "SignInTestKit.h"
#include "login/RegistrationField.h"
#include "login/RegistrationPage.h"
#include "protocol/ValidationRules.h"
#include "widgets/CaptchaField.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class tst_RegistrationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheManualsRuleBesideEachField();
    void showsEachRulesMessageAsTheUserTypes_data();
    void showsEachRulesMessageAsTheUserTypes();
    void confirmationFollowsThePassword();
    void sendsNothingWhileAFieldBreaksARule();
    void registersGoodInput();
    void takenLoginMarksTheLoginField();
    void takenEmailMarksTheEmailField();
    void wrongCaptchaMarksTheCaptchaAndLoadsANewOne();

private:
    RegistrationField* field(const QString& name) const
    {
        return m_page->findChild<RegistrationField*>(name);
    }
    QLineEdit* edit(const QString& name) const { return m_page->findChild<QLineEdit*>(name); }
    CaptchaField* captcha() const { return m_page->findChild<CaptchaField*>(); }
    // Fills in every field, ticks the agreement and answers the captcha once it has loaded.
    void fillIn(const QString& login, const QString& email, const QString& captchaAnswer);
    void submit()
    {
        QTest::mouseClick(m_page->findChild<QPushButton*>(u"register"_s), Qt::LeftButton);
    }

    QTemporaryDir m_noBus;
    DemoServer m_server;
    std::unique_ptr<SignInClient> m_client;
    std::unique_ptr<RegistrationPage> m_page;
};

void tst_RegistrationPage::initTestCase()
{
    QVERIFY(m_noBus.isValid());
    SignInTestKit::useNoKeychain(m_noBus);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<SignInClient>(m_server.baseUrl(), m_server.trust());
}

void tst_RegistrationPage::init()
{
    m_page = std::make_unique<RegistrationPage>(m_client->manager.client());
    m_page->resize(760, 640);
    m_page->show();
    m_page->reset();
}

void tst_RegistrationPage::cleanup()
{
    m_page.reset();
}

void tst_RegistrationPage::fillIn(const QString& login, const QString& email,
                                  const QString& captchaAnswer)
{
    QTest::keyClicks(edit(u"login"_s), login);
    QTest::keyClicks(edit(u"email"_s), email);
    QTest::keyClicks(edit(u"password"_s), u"secret!1"_s);
    QTest::keyClicks(edit(u"passwordConfirmation"_s), u"secret!1"_s);
    m_page->findChild<QCheckBox*>(u"agreement"_s)->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!captcha()->captchaId().isEmpty(), 10000);
    QTest::keyClicks(captcha()->answerEdit(), captchaAnswer);
}

void tst_RegistrationPage::showsTheManualsRuleBesideEachField()
{
    QVERIFY(field(u"loginField"_s)->rule().contains(u"must start with a letter"_s));
    QVERIFY(field(u"loginField"_s)->rule().contains(u"30"_s));
    QCOMPARE(field(u"emailField"_s)->rule(), u"E-mail address"_s);
    QVERIFY(field(u"passwordField"_s)->rule().endsWith(u"! @ # $ % ^ _ . - * & ;"_s));
    QCOMPARE(field(u"passwordConfirmationField"_s)->rule(), u"To rule out a typing error"_s);
    QCOMPARE(edit(u"password"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(edit(u"passwordConfirmation"_s)->echoMode(), QLineEdit::Password);
    QVERIFY(!m_page->findChild<QCheckBox*>(u"agreement"_s)->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!captcha()->captchaId().isEmpty(), 10000);
    QVERIFY(!SignInTestKit::screenshot(*m_page, u"registration-empty"_s).isEmpty());
}

void tst_RegistrationPage::showsEachRulesMessageAsTheUserTypes_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("editName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    const auto login = [](const QString& text) {
        return ValidationRules::validateLogin(text).message();
    };
    const auto email = [](const QString& text) {
        return ValidationRules::validateEmail(text).message();
    };
    const auto password = [](const QString& text) {
        return ValidationRules::validatePassword(text).message();
    };
    const QString tooLongLogin = u"Ivanov"_s + QString(25, u'x');
    const QString tooLongPassword = QString(61, u'a');
    QTest::newRow("login empty") << u"loginField"_s << u"login"_s << QString() << login({});
    QTest::newRow("login starts with a digit")
        << u"loginField"_s << u"login"_s << u"1van"_s << login(u"1van"_s);
    QTest::newRow("login with a space")
        << u"loginField"_s << u"login"_s << u"Ivan Ivanov"_s << login(u"Ivan Ivanov"_s);
    QTest::newRow("login too long")
        << u"loginField"_s << u"login"_s << tooLongLogin << login(tooLongLogin);
    QTest::newRow("e-mail empty") << u"emailField"_s << u"email"_s << QString() << email({});
    QTest::newRow("e-mail without a domain")
        << u"emailField"_s << u"email"_s << u"ivanov@"_s << email(u"ivanov@"_s);
    QTest::newRow("password empty")
        << u"passwordField"_s << u"password"_s << QString() << password({});
    QTest::newRow("password too short")
        << u"passwordField"_s << u"password"_s << u"abc"_s << password(u"abc"_s);
    QTest::newRow("password in Cyrillic")
        << u"passwordField"_s << u"password"_s << u"пароль12"_s << password(u"пароль12"_s);
    QTest::newRow("password too long")
        << u"passwordField"_s << u"password"_s << tooLongPassword << password(tooLongPassword);
    QTest::newRow("confirmation differs")
        << u"passwordConfirmationField"_s << u"passwordConfirmation"_s << u"other!1"_s
        << ValidationRules::validatePasswordConfirmation(QString(), u"other!1"_s).message();
}

void tst_RegistrationPage::showsEachRulesMessageAsTheUserTypes()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, editName);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QVERIFY(!expected.isEmpty());
    RegistrationField* checked = field(fieldName);
    QLineEdit* input = edit(editName);
    QVERIFY(checked && input);
    QVERIFY(!checked->isMarked());
    if (typed.isEmpty()) {
        // Typed and taken back.
        QTest::keyClicks(input, u"a"_s);
        QTest::keyClick(input, Qt::Key_Backspace);
    } else {
        SignInTestKit::type(input, typed);
    }
    QCOMPARE(checked->message(), expected);
    QVERIFY(checked->isMarked());
    QCOMPARE(input->property("invalid").toBool(), true);
    // The other fields are not judged before the user gets to them.
    const QList<RegistrationField*> fields = m_page->findChildren<RegistrationField*>();
    for (RegistrationField* other : fields) {
        if (other != checked)
            QVERIFY2(!other->isMarked(), qPrintable(other->objectName()));
    }
    if (QByteArray(QTest::currentDataTag()) == "login with a space")
        QVERIFY(!SignInTestKit::screenshot(*m_page, u"registration-login-rule"_s).isEmpty());
}

void tst_RegistrationPage::confirmationFollowsThePassword()
{
    QTest::keyClicks(edit(u"password"_s), u"secret!"_s);
    QVERIFY(!field(u"passwordField"_s)->isMarked());
    QTest::keyClicks(edit(u"passwordConfirmation"_s), u"secret!"_s);
    QVERIFY(!field(u"passwordConfirmationField"_s)->isMarked());
    // The password changes under a typed confirmation: the mismatch shows at once.
    QTest::keyClicks(edit(u"password"_s), u"1"_s);
    QCOMPARE(field(u"passwordConfirmationField"_s)->message(),
             ValidationRules::validatePasswordConfirmation(u"secret!1"_s, u"secret!"_s).message());
    QTest::keyClicks(edit(u"passwordConfirmation"_s), u"1"_s);
    QVERIFY(!field(u"passwordConfirmationField"_s)->isMarked());
}

void tst_RegistrationPage::sendsNothingWhileAFieldBreaksARule()
{
    QTRY_VERIFY_WITH_TIMEOUT(!captcha()->captchaId().isEmpty(), 10000);
    QSignalSpy registered(m_page.get(), &RegistrationPage::registered);
    const qsizetype mails = SignInTestKit::mails(m_server).size();
    submit();
    QVERIFY(!m_page->isBusy());
    const QList<RegistrationField*> fields = m_page->findChildren<RegistrationField*>();
    QCOMPARE(fields.size(), 5);
    for (RegistrationField* each : fields)
        QVERIFY2(each->isMarked(), qPrintable(each->objectName()));
    QCOMPARE(field(u"captchaField"_s)->message(), u"Enter the code from the picture."_s);
    auto* agreement = m_page->findChild<QLabel*>(u"agreementMessage"_s);
    QVERIFY(agreement->isVisible());
    QVERIFY(!SignInTestKit::screenshot(*m_page, u"registration-all-wrong"_s).isEmpty());

    // All good but the agreement: still nothing sent.
    fillIn(u"Agreeless"_s, u"agreeless@example.ru"_s, DemoServer::captchaAnswer());
    m_page->findChild<QCheckBox*>(u"agreement"_s)->setChecked(false);
    submit();
    QVERIFY(!m_page->isBusy());
    QVERIFY(agreement->isVisible());
    QCOMPARE(agreement->text(), u"Accept the agreement on the use of the personal cabinet."_s);
    QTest::qWait(100);
    QCOMPARE(registered.count(), 0);
    QCOMPARE(SignInTestKit::mails(m_server).size(), mails);
}

void tst_RegistrationPage::registersGoodInput()
{
    QSignalSpy registered(m_page.get(), &RegistrationPage::registered);
    const qsizetype mails = SignInTestKit::mails(m_server).size();
    fillIn(u"Ivanov"_s, u"ivanov@example.ru"_s, DemoServer::captchaAnswer());
    for (RegistrationField* each : m_page->findChildren<RegistrationField*>())
        QVERIFY2(!each->isMarked(), qPrintable(each->objectName()));
    QVERIFY(!SignInTestKit::screenshot(*m_page, u"registration-filled"_s).isEmpty());

    submit();
    // Busy: the button says so, and a second click sends nothing.
    QVERIFY(m_page->isBusy());
    auto* button = m_page->findChild<QPushButton*>(u"register"_s);
    QVERIFY(!button->isEnabled());
    QVERIFY(button->text() != u"Register"_s);
    submit();
    QTest::keyClick(captcha()->answerEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, 10000);
    QVERIFY(!m_page->isBusy());
    const auto user = registered.at(0).at(0).value<RegisteredUser>();
    QCOMPARE(user.login, u"Ivanov"_s);
    QCOMPARE(user.email, u"ivanov@example.ru"_s);
    QTRY_COMPARE_WITH_TIMEOUT(SignInTestKit::mails(m_server).size(), mails + 1, 5000);
    QTest::qWait(100);
    QCOMPARE(registered.count(), 1);
}

void tst_RegistrationPage::takenLoginMarksTheLoginField()
{
    // In another case: logins are unique regardless of case.
    fillIn(u"DEMO"_s, u"someone@example.ru"_s, DemoServer::captchaAnswer());
    const QString usedCaptcha = captcha()->captchaId();
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(field(u"loginField"_s)->isMarked(), 10000);
    QCOMPARE(field(u"loginField"_s)->message(), u"This login is already taken."_s);
    QVERIFY(!field(u"emailField"_s)->isMarked());
    QVERIFY(!field(u"captchaField"_s)->isMarked());
    QVERIFY(edit(u"login"_s)->hasFocus() || !m_page->isActiveWindow());
    // The right answer used the captcha up: a new one.
    QTRY_VERIFY_WITH_TIMEOUT(!captcha()->captchaId().isEmpty(), 10000);
    QVERIFY(captcha()->captchaId() != usedCaptcha);
    QVERIFY(!SignInTestKit::screenshot(*m_page, u"registration-login-taken"_s).isEmpty());

    // Typing a new login takes the mark away (it is judged by the rules again).
    QTest::keyClicks(edit(u"login"_s), u"2"_s);
    QVERIFY(!field(u"loginField"_s)->isMarked());
}

void tst_RegistrationPage::takenEmailMarksTheEmailField()
{
    fillIn(u"Petrov"_s, u"IVANOV@example.ru"_s, DemoServer::captchaAnswer());
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(field(u"emailField"_s)->isMarked(), 10000);
    QCOMPARE(field(u"emailField"_s)->message(), u"This e-mail address is already in use."_s);
    QVERIFY(!field(u"loginField"_s)->isMarked());
}

void tst_RegistrationPage::wrongCaptchaMarksTheCaptchaAndLoadsANewOne()
{
    QSignalSpy registered(m_page.get(), &RegistrationPage::registered);
    fillIn(u"Sidorov"_s, u"sidorov@example.ru"_s, u"WRONG"_s);
    const QString usedCaptcha = captcha()->captchaId();
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(field(u"captchaField"_s)->isMarked(), 10000);
    QCOMPARE(field(u"captchaField"_s)->message(),
             u"The code was entered wrongly. Enter the code from the new picture."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!captcha()->captchaId().isEmpty(), 10000);
    QVERIFY(captcha()->captchaId() != usedCaptcha);
    QVERIFY(captcha()->answerEdit()->text().isEmpty());
    QVERIFY(!SignInTestKit::screenshot(*m_page, u"registration-wrong-captcha"_s).isEmpty());

    // The new picture answered: the rest of the form was kept, and it goes through.
    QTest::keyClicks(captcha()->answerEdit(), DemoServer::captchaAnswer());
    QVERIFY(!field(u"captchaField"_s)->isMarked());
    submit();
    QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, 10000);
}

QTEST_MAIN(tst_RegistrationPage)
#include "tst_registrationpage.moc"
