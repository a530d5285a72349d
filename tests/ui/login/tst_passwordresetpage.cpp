// PasswordResetPage against the real kabinet-portal: asks for the login or the e-mail, sends
// POST /password-resets, then explains the e-mailed link; the portal writes the e-mail.

#include "SignInTestKit.h"
#include "login/PasswordResetPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class tst_PasswordResetPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void asksForALoginOrEmail();
    void byLoginExplainsTheLinkAndTheMailIsWritten();
    void byEmailToo();
    void anUnknownNameGetsTheSameExplanation();
    void backLeadsToSignIn();

private:
    // Sends name and waits for the answer.
    void send(PasswordResetPage& page, const QString& name);

    QTemporaryDir m_noBus;
    DemoServer m_server;
    std::unique_ptr<SignInClient> m_client;
};

void tst_PasswordResetPage::initTestCase()
{
    QVERIFY(m_noBus.isValid());
    SignInTestKit::useNoKeychain(m_noBus);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<SignInClient>(m_server.baseUrl(), m_server.trust());
}

void tst_PasswordResetPage::send(PasswordResetPage& page, const QString& name)
{
    page.reset();
    QTest::keyClicks(page.findChild<QLineEdit*>(u"loginOrEmail"_s), name);
    auto* button = page.findChild<QPushButton*>(u"sendReset"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(page.isBusy());
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
}

void tst_PasswordResetPage::asksForALoginOrEmail()
{
    PasswordResetPage page(m_client->manager.client());
    page.resize(520, 260);
    page.show();
    page.reset(u"  "_s);
    QTest::mouseClick(page.findChild<QPushButton*>(u"sendReset"_s), Qt::LeftButton);
    QVERIFY(!page.isBusy());
    QVERIFY(!page.isExplanationShown());
    auto* error = page.findChild<QLabel*>(u"resetError"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Enter the login or the e-mail address."_s);
    QVERIFY(!SignInTestKit::screenshot(page, u"reset-ask"_s).isEmpty());
}

void tst_PasswordResetPage::byLoginExplainsTheLinkAndTheMailIsWritten()
{
    PasswordResetPage page(m_client->manager.client());
    page.resize(520, 260);
    page.show();
    const qsizetype mails = SignInTestKit::mails(m_server).size();
    send(page, u"demo"_s);
    QVERIFY(page.isExplanationShown());
    QVERIFY(page.explanation().contains(u"link"_s));
    QVERIFY(page.explanation().contains(u"within an hour"_s));
    QVERIFY(page.findChild<QLabel*>(u"resetExplanation"_s)->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(SignInTestKit::mails(m_server).size(), mails + 1, 5000);
    QVERIFY(!SignInTestKit::screenshot(page, u"reset-explained"_s).isEmpty());
}

void tst_PasswordResetPage::byEmailToo()
{
    // At most one such e-mail a minute per user.
    QVERIFY(m_server.advance(61s));
    PasswordResetPage page(m_client->manager.client());
    const qsizetype mails = SignInTestKit::mails(m_server).size();
    send(page, u" demo@kabinet.example "_s);
    QVERIFY(page.isExplanationShown());
    QTRY_COMPARE_WITH_TIMEOUT(SignInTestKit::mails(m_server).size(), mails + 1, 5000);
}

void tst_PasswordResetPage::anUnknownNameGetsTheSameExplanation()
{
    PasswordResetPage page(m_client->manager.client());
    const qsizetype mails = SignInTestKit::mails(m_server).size();
    send(page, u"nobody-here"_s);
    QVERIFY(page.isExplanationShown());
    QTest::qWait(200);
    QCOMPARE(SignInTestKit::mails(m_server).size(), mails);
}

void tst_PasswordResetPage::backLeadsToSignIn()
{
    PasswordResetPage page(m_client->manager.client());
    page.show();
    QSignalSpy back(&page, &PasswordResetPage::backRequested);
    QTest::mouseClick(page.findChild<QPushButton*>(u"cancel"_s), Qt::LeftButton);
    QCOMPARE(back.count(), 1);
    send(page, u"demo"_s);
    QTest::mouseClick(page.findChild<QPushButton*>(u"backToSignIn"_s), Qt::LeftButton);
    QCOMPARE(back.count(), 2);
    // The next visit asks again.
    page.reset(u"demo"_s);
    QVERIFY(!page.isExplanationShown());
    QCOMPARE(page.findChild<QLineEdit*>(u"loginOrEmail"_s)->text(), u"demo"_s);
}

QTEST_MAIN(tst_PasswordResetPage)
#include "tst_passwordresetpage.moc"
