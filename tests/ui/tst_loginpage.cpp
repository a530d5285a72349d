#include "login/LoginPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestLoginPage : public QObject
{
    Q_OBJECT

private slots:
    void signInNeedsLoginAndPassword();
    void reportsLoginAndRemember();
    void linksAskForRegistrationAndReset();
    void rendersToAnImage();
};

void TestLoginPage::signInNeedsLoginAndPassword()
{
    LoginPage page;
    auto* login = page.findChild<QLineEdit*>(u"login"_s);
    auto* password = page.findChild<QLineEdit*>(u"password"_s);
    auto* signIn = page.findChild<QPushButton*>(u"signIn"_s);
    QVERIFY(login && password && signIn);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!signIn->isEnabled());
    QTest::keyClicks(login, u"Ivanov"_s);
    QVERIFY(!signIn->isEnabled());
    QTest::keyClicks(password, u"secret"_s);
    QVERIFY(signIn->isEnabled());
    login->setText(u"   "_s);
    QVERIFY(!signIn->isEnabled());
}

void TestLoginPage::reportsLoginAndRemember()
{
    LoginPage page;
    QSignalSpy requested(&page, &LoginPage::signInRequested);
    page.findChild<QLineEdit*>(u"login"_s)->setText(u" Иванов "_s);
    page.findChild<QLineEdit*>(u"password"_s)->setText(u"secret"_s);
    page.findChild<QCheckBox*>(u"remember"_s)->setChecked(true);
    QTest::mouseClick(page.findChild<QPushButton*>(u"signIn"_s), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(page.login(), u"Иванов"_s);
    QVERIFY(page.rememberRequested());
}

void TestLoginPage::linksAskForRegistrationAndReset()
{
    LoginPage page;
    QSignalSpy registration(&page, &LoginPage::registrationRequested);
    QSignalSpy reset(&page, &LoginPage::passwordResetRequested);
    const auto labels = page.findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->text().contains(u"href=\"register\""_s))
            emit label->linkActivated(u"register"_s);
        if (label->text().contains(u"href=\"reset\""_s))
            emit label->linkActivated(u"reset"_s);
    }
    QCOMPARE(registration.count(), 1);
    QCOMPARE(reset.count(), 1);
}

void TestLoginPage::rendersToAnImage()
{
    LoginPage page;
    page.resize(420, 260);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage image = page.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(u"loginpage.png"_s));
}

QTEST_MAIN(TestLoginPage)
#include "tst_loginpage.moc"
