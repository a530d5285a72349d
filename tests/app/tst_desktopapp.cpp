#include "CabinetSession.h"
#include "DesktopApp.h"
#include "PortalProcess.h"
#include "accounts/AccountListModel.h"
#include "accounts/HomePage.h"
#include "cache/SqlCipherDriver.h"
#include "login/LoginPage.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "session/SessionManager.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The window's flow against the real kabinet-portal, a real cache and a real Secret Service
// (gnome-keyring, started by the CTest wrapper): signing in opens the cabinet with the server's
// accounts; with the server gone, the password alone opens the same cache under the offline
// banner.
class tst_DesktopApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signingInOpensTheCabinetWithTheServersAccounts();
    void signingOutReturnsToTheLoginForm();
    void withTheServerStoppedThePasswordOpensTheCacheOffline();

private:
    void signIn(DesktopApp& app);
    // Number → balance in kopecks, as the home page's model shows them.
    static QMap<QString, qint64> shownBalances(MainWindow& window);
    QMap<QString, qint64> serverBalances();

    PortalProcess m_portal;
    DesktopApp::Options m_options;
};

void tst_DesktopApp::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_desktopapp"_s);
    SqlCipherDriver::registerDriver();
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
    m_options = {m_portal.baseUrl(), m_portal.caPath()};
}

void tst_DesktopApp::signIn(DesktopApp& app)
{
    LoginPage* page = app.signInWindow()->loginPage();
    auto* login = page->findChild<QLineEdit*>(u"login"_s);
    login->clear();
    QTest::keyClicks(login, u"demo"_s);
    QTest::keyClicks(page->findChild<QLineEdit*>(u"password"_s), u"kapremont"_s);
    QTest::mouseClick(page->findChild<QPushButton*>(u"signIn"_s), Qt::LeftButton);
}

QMap<QString, qint64> tst_DesktopApp::shownBalances(MainWindow& window)
{
    QMap<QString, qint64> balances;
    for (const Account& account : window.homePage()->model()->accounts())
        balances.insert(account.number, account.balance.kopecks());
    return balances;
}

QMap<QString, qint64> tst_DesktopApp::serverBalances()
{
    const PortalReply login = m_portal.post(
        u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, u"kapremont"_s}});
    const PortalReply accounts = m_portal.get(
        u"/api/v1/accounts"_s, PortalClient::bearer(login.json.value(u"accessToken"_s).toString()));
    QMap<QString, qint64> balances;
    for (const QJsonValue& item : accounts.json.value(u"items"_s).toArray()) {
        const QJsonObject account = item.toObject();
        balances.insert(account.value(u"number"_s).toString(),
                        qint64(account.value(u"balanceKopecks"_s).toDouble()));
    }
    return balances;
}

void tst_DesktopApp::signingInOpensTheCabinetWithTheServersAccounts()
{
    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QVERIFY(app.signInWindow()->isVisible());
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    signIn(app);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    QVERIFY(app.mainWindow()->isVisible());
    QVERIFY(!app.signInWindow()->isVisible());

    const QMap<QString, qint64> server = serverBalances();
    QCOMPARE(server.size(), 3);
    // The first sync fills the new cache; the window reloads after every page.
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*app.mainWindow()), server, 20000);
    QVERIFY(!app.mainWindow()->isOfflineBannerVisible());
}

void tst_DesktopApp::signingOutReturnsToTheLoginForm()
{
    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    signIn(app);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(app.cabinet()->engine().isSyncing(), false, 20000);

    QTest::mouseClick(app.mainWindow()->findChild<QWidget*>(u"signOut"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.signInWindow()->isVisible(), 5000);
    QVERIFY(app.mainWindow() == nullptr);
    QCOMPARE(app.signInWindow()->loginPage()->login(), u"demo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!app.sessionManager()->hasSession(), 10000);
}

void tst_DesktopApp::withTheServerStoppedThePasswordOpensTheCacheOffline()
{
    // The earlier tests left demo's cache here, synced.
    const QMap<QString, qint64> server = serverBalances();
    m_portal.stop();

    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    signIn(app);
    auto* offline = app.signInWindow()->loginPage()->findChild<QPushButton*>(u"offlineUnlock"_s);
    QVERIFY(offline);
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 20000);
    QCOMPARE(opened.count(), 0);
    QTest::mouseClick(offline, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*app.mainWindow()), server, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isOfflineBannerVisible(), 10000);
}

QTEST_MAIN(tst_DesktopApp)
#include "tst_desktopapp.moc"
