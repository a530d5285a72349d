#include "CabinetSession.h"
#include "DemoDesktop.h"
#include "DesktopApp.h"
#include "ScreenChecks.h"
#include "appeals/AppealEditor.h"
#include "cache/SqlCipherDriver.h"
#include "link/LinkAccountDialog.h"
#include "login/LoginPage.h"
#include "login/PasswordResetPage.h"
#include "login/RegistrationPage.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "meters/MeterReadingEditor.h"
#include "profile/LocalDataCleaner.h"
#include "profile/ProfilePage.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// What is wrong with the keyboard on screen (a window, or a part of one): the Tab order against
// the reading order, inputs Tab never reaches, and mnemonics used twice in window.
QStringList keyboardProblemsOf(QWidget* screen, QWidget* window)
{
    QStringList problems = ScreenChecks::tabOrderProblemsOf(screen);
    problems += ScreenChecks::mnemonicProblemsOf(window);
    return problems;
}

// The objectNames of the widgets Tab visits in screen, from its first one.
QStringList tabNamesOf(QWidget* screen)
{
    QStringList names;
    const QList<QWidget*> chain = ScreenChecks::tabChainOf(screen);
    for (const QWidget* widget : chain)
        names.append(widget->objectName());
    return names;
}

} // namespace

// The whole application works with the keyboard alone: on every form (sign-in, registration,
// password recovery, linking an account, the profile, an appeal, a meter reading, the settings)
// Tab visits the inputs in the order they are read — top to bottom, then left to right — and
// reaches every one, and no mnemonic (Alt+letter) is used twice on a screen. The real DesktopApp
// against the real kabinet-portal with the demo data.
class tst_TabOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theChecksFindWrongOrderAndTwiceUsedMnemonics();
    void signIn();
    void registration();
    void passwordReset();
    void settingsDialog();
    void cabinetForms_data();
    void cabinetForms();
    void linkAccountDialog();

private:
    DemoDesktop m_desktop;
    DesktopApp* m_app = nullptr;
};

void tst_TabOrder::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_taborder"_s);
    SqlCipherDriver::registerDriver();
    QVERIFY2(m_desktop.start(), qPrintable(m_desktop.errorText()));
    m_app = &m_desktop.app();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->signInContainer()));
}

void tst_TabOrder::cleanupTestCase()
{
    m_app = nullptr;
    m_desktop.stop();
}

void tst_TabOrder::theChecksFindWrongOrderAndTwiceUsedMnemonics()
{
    QWidget form;
    auto* first = new QLineEdit(&form);
    first->setObjectName(u"first"_s);
    first->setGeometry(10, 10, 100, 25);
    auto* second = new QLineEdit(&form);
    second->setObjectName(u"second"_s);
    second->setGeometry(10, 50, 100, 25);
    auto* ok = new QPushButton(u"&OK"_s, &form);
    ok->setGeometry(10, 90, 50, 25);
    auto* other = new QPushButton(u"&Other"_s, &form);
    other->setObjectName(u"other"_s);
    other->setGeometry(70, 90, 50, 25);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCOMPARE(ScreenChecks::tabOrderProblemsOf(&form), QStringList());
    // Created in reading order, so Tab follows it; now backwards from the second line edit.
    QWidget::setTabOrder(second, first);
    const QStringList order = ScreenChecks::tabOrderProblemsOf(&form);
    // Read from the first line edit: first, OK, Other, and back up to the second.
    QVERIFY2(order.size() == 1 && order.at(0).contains(u"to QLineEdit second"_s),
             qPrintable(order.join(u'\n')));
    // Alt+O on two buttons is found; a label's & counts only with a buddy (else it is shown).
    const QStringList mnemonics = ScreenChecks::mnemonicProblemsOf(&form);
    QCOMPARE(mnemonics.size(), 1);
    QVERIFY2(mnemonics.at(0).contains(u"Alt+o"_s), qPrintable(mnemonics.join(u'\n')));
    auto* label = new QLabel(u"&Name and F&ree text:"_s, &form);
    label->setGeometry(130, 10, 50, 25);
    label->show();
    QCOMPARE(ScreenChecks::mnemonicProblemsOf(&form).size(), 1);
    label->setText(u"&Other:"_s);
    label->setBuddy(second);
    QCOMPARE(ScreenChecks::mnemonicProblemsOf(&form).size(), 2);
}

void tst_TabOrder::signIn()
{
    SignInFlow* flow = m_app->signInWindow();
    flow->showLogin();
    QWidget* window = m_app->signInContainer();
    QTest::qWait(200);
    const QStringList names = tabNamesOf(window);
    // What a user does first comes first.
    QVERIFY2(names.indexOf(u"login"_s) < names.indexOf(u"password"_s)
                 && names.indexOf(u"password"_s) < names.indexOf(u"remember"_s),
             qPrintable(names.join(u", "_s)));
    const QStringList problems = keyboardProblemsOf(window, window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_TabOrder::registration()
{
    SignInFlow* flow = m_app->signInWindow();
    flow->showRegistration();
    QTest::qWait(500); // the captcha comes from the server
    QWidget* window = m_app->signInContainer();
    const QStringList names = tabNamesOf(flow->registrationPage());
    const QStringList inputs {
        u"login"_s,         u"email"_s,     u"password"_s, u"passwordConfirmation"_s,
        u"captchaAnswer"_s, u"agreement"_s, u"register"_s};
    for (qsizetype i = 1; i < inputs.size(); ++i)
        QVERIFY2(names.indexOf(inputs.at(i - 1)) < names.indexOf(inputs.at(i)),
                 qPrintable(names.join(u", "_s)));
    const QStringList problems = keyboardProblemsOf(window, window);
    flow->showLogin();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_TabOrder::passwordReset()
{
    SignInFlow* flow = m_app->signInWindow();
    flow->showPasswordReset();
    QTest::qWait(200);
    QWidget* window = m_app->signInContainer();
    const QStringList problems = keyboardProblemsOf(window, window);
    flow->showLogin();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_TabOrder::settingsDialog()
{
    m_app->openSettings();
    SettingsDialog* dialog = m_app->settingsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList problems = keyboardProblemsOf(dialog, dialog);
    dialog->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_TabOrder::cabinetForms_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("form");
    QTest::newRow("profile") << int(MainSection::Profile) << u"ProfilePage"_s;
    QTest::newRow("appeal") << int(MainSection::Appeals) << u"AppealEditor"_s;
    QTest::newRow("meter reading") << int(MainSection::MeterReadings) << u"MeterReadingEditor"_s;
}

void tst_TabOrder::cabinetForms()
{
    QFETCH(int, section);
    QFETCH(QString, form);
    if (!m_app->mainWindow()) {
        QVERIFY2(m_desktop.openSyncedCabinet(), qPrintable(m_desktop.errorText()));
    }
    MainWindow* window = m_app->mainWindow();
    QVERIFY(window);
    window->resize(1200, 800);
    window->showSection(static_cast<MainSection>(section));
    QTest::qWait(500);
    QWidget* screen = nullptr;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->isVisible() && QString::fromLatin1(widget->metaObject()->className()) == form)
            screen = widget;
    }
    QVERIFY2(screen, qPrintable(form));
    const QStringList problems = keyboardProblemsOf(screen, window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_TabOrder::linkAccountDialog()
{
    MainWindow* window = m_app->mainWindow();
    QVERIFY(window);
    emit window->addAccountRequested();
    auto* dialog = window->findChild<LinkAccountDialog*>();
    QVERIFY(dialog);
    QTest::qWait(1000); // the address lists come from the server
    const QStringList problems = keyboardProblemsOf(dialog, dialog);
    dialog->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(tst_TabOrder)
#include "tst_taborder.moc"
