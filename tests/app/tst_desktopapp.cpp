#include "AppSettings.h"
#include "CabinetSession.h"
#include "DesktopApp.h"
#include "PortalProcess.h"
#include "accounts/AccountCardPage.h"
#include "accounts/AccountListModel.h"
#include "accounts/HomePage.h"
#include "cache/CacheReader.h"
#include "cache/CacheReaderThread.h"
#include "cache/SqlCipherDriver.h"
#include "link/LinkAccountDialog.h"
#include "login/LoginPage.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "main/OfflineBanner.h"
#include "outbox/Outbox.h"
#include "profile/LocalDataCleaner.h"
#include "profile/ProfilePage.h"
#include "session/SessionManager.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Counts how often the window's offline banner is shown: a flash that is over by the time a
// test looks would otherwise go unseen.
class BannerShowCounter : public QObject
{
public:
    explicit BannerShowCounter(MainWindow& window)
    {
        auto* banner = window.findChild<OfflineBanner*>();
        QVERIFY(banner);
        banner->installEventFilter(this);
    }
    int shown() const { return m_shown; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            ++m_shown;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_shown = 0;
};

} // namespace

// The window's flow against the real kabinet-portal, a real cache and a real Secret Service
// (gnome-keyring, started by the CTest wrapper): signing in opens the cabinet with the server's
// accounts; a remembered user opens straight into the cache without the password and syncs;
// «Выход» forgets it; with the server gone, the remembered user and the password alone open the
// same cache under the offline banner. Each test starts where the one before left the settings,
// the cache and the keyring (the order matters).
class tst_DesktopApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutAServerTheLoginScreenSaysSo();
    void signingInOpensTheCabinetWithTheServersAccounts();
    void aRememberedUserOpensWithoutThePasswordAndSyncs();
    void signingOutReturnsToTheLoginFormAndForgetsTheUser();
    void withTheServerStoppedTheRememberedUserOpensOffline();
    void withTheServerStoppedThePasswordOpensTheCacheOffline();

private:
    void signIn(DesktopApp& app, bool remember);
    // Number → balance in kopecks, as the home page's model shows them.
    static QMap<QString, qint64> shownBalances(MainWindow& window);
    static qint64 accountId(MainWindow& window, const QString& number);
    QMap<QString, qint64> serverBalances();
    QJsonObject serverProfile();
    static bool settingsHold(const QString& text);

    PortalProcess m_portal;
    DesktopApp::Options m_options;
    QMap<QString, qint64> m_lastServerBalances;
};

void tst_DesktopApp::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_desktopapp"_s);
    QSettings().clear();
    SqlCipherDriver::registerDriver();
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
    m_options.server = m_portal.baseUrl();
    m_options.caFile = m_portal.caPath();
}

void tst_DesktopApp::signIn(DesktopApp& app, bool remember)
{
    LoginPage* page = app.signInWindow()->loginPage();
    auto* login = page->findChild<QLineEdit*>(u"login"_s);
    login->clear();
    QTest::keyClicks(login, u"demo"_s);
    QTest::keyClicks(page->findChild<QLineEdit*>(u"password"_s), u"kapremont"_s);
    page->findChild<QCheckBox*>(u"remember"_s)->setChecked(remember);
    QTest::mouseClick(page->findChild<QPushButton*>(u"signIn"_s), Qt::LeftButton);
}

QMap<QString, qint64> tst_DesktopApp::shownBalances(MainWindow& window)
{
    QMap<QString, qint64> balances;
    for (const Account& account : window.homePage()->model()->accounts())
        balances.insert(account.number, account.balance.kopecks());
    return balances;
}

qint64 tst_DesktopApp::accountId(MainWindow& window, const QString& number)
{
    for (const Account& account : window.homePage()->model()->accounts()) {
        if (account.number == number)
            return account.id;
    }
    return 0;
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
    m_lastServerBalances = balances;
    return balances;
}

QJsonObject tst_DesktopApp::serverProfile()
{
    const PortalReply login = m_portal.post(
        u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, u"kapremont"_s}});
    return m_portal
        .get(u"/api/v1/profile"_s,
             PortalClient::bearer(login.json.value(u"accessToken"_s).toString()))
        .json;
}

bool tst_DesktopApp::settingsHold(const QString& text)
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return QString::fromUtf8(file.readAll()).contains(text);
}

void tst_DesktopApp::withoutAServerTheLoginScreenSaysSo()
{
    DesktopApp app;
    QVERIFY2(app.start({}), qPrintable(app.errorText()));
    QVERIFY(!app.hasServer());
    QVERIFY(app.signInWindow()->isVisible());
    QVERIFY(app.noticeLabel()->isVisible());
    QVERIFY(app.noticeLabel()->text().contains(u"--server"_s));
    QVERIFY(!app.signInWindow()->loginPage()->isEnabled());

    // A server that is not https is refused before anything is shown.
    DesktopApp plain;
    DesktopApp::Options options;
    options.server = QUrl(u"http://example.org"_s);
    QVERIFY(!plain.start(options));
    QVERIFY(!plain.errorText().isEmpty());
}

void tst_DesktopApp::signingInOpensTheCabinetWithTheServersAccounts()
{
    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QVERIFY(app.signInWindow()->isVisible());
    QVERIFY(!app.noticeLabel()->isVisible());
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    // How often the window reads the accounts from the cache, from the moment it opens.
    int accountReads = 0;
    connect(&app, &DesktopApp::cabinetOpened, this, [&app, &accountReads] {
        connect(app.cabinet()->reader()->reader(), &CacheReader::accountsRead, &app,
                [&accountReads] { ++accountReads; });
    });
    signIn(app, false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    QVERIFY(app.mainWindow()->isVisible());
    QVERIFY(!app.signInWindow()->isVisible());

    const QMap<QString, qint64> server = serverBalances();
    QCOMPARE(server.size(), 3);
    // The first sync fills the new cache; the window reloads once it is in.
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*app.mainWindow()), server, 20000);
    SyncEngine& engine = app.cabinet()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isSyncing() && engine.lastSyncedAt().isValid(), 20000);
    QTest::qWait(200);
    // Once as the cache opens, once after the sync: not once per page of it.
    QCOMPARE(accountReads, 2);
    QVERIFY(!app.mainWindow()->isOfflineBannerVisible());
    // «Мой профиль» is the real page, fed from the same cache; the outbox opened the cache too.
    ProfilePage* profile = app.cabinet()->profilePage();
    QVERIFY(profile);
    app.mainWindow()->showSection(MainSection::Profile);
    QVERIFY(profile->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(profile->profile().login, u"demo"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(profile->accounts().size(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(app.cabinet()->outbox() && app.cabinet()->outbox()->isReady(), 10000);
    QCOMPARE(app.cabinet()->outbox()->cacheError(), QString());

    // The receipts subscription goes through the outbox and comes back through the cache.
    const bool subscribed = profile->profile().receiptsByEmail;
    QSignalSpy sent(app.cabinet()->outbox(), &Outbox::itemSent);
    profile->subscriptionBox()->click();
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000);
    QCOMPARE(sent.at(0).at(1).value<OutboxItem::Kind>(), OutboxItem::Kind::SubscriptionChange);
    QTRY_COMPARE_WITH_TIMEOUT(profile->profile().receiptsByEmail, !subscribed, 10000);
    QCOMPARE(serverProfile().value(u"receiptSubscription"_s).toBool(), !subscribed);

    // «Добавить лицевой счет» opens the linking form over the window.
    QTest::mouseClick(app.mainWindow()->findChild<QToolButton*>(u"addAccount"_s), Qt::LeftButton);
    auto* link = app.mainWindow()->findChild<LinkAccountDialog*>();
    QVERIFY(link);
    QTRY_VERIFY_WITH_TIMEOUT(link->isVisible(), 5000);
    link->reject();

    // The server is remembered (not a secret); the user, not remembered, is not.
    QCOMPARE(AppSettings().server(), m_portal.baseUrl());
    QCOMPARE(AppSettings().caFile(), QFileInfo(m_portal.caPath()).absoluteFilePath());
    QCOMPARE(AppSettings().rememberedLogin(), QString());
    QVERIFY(!settingsHold(u"kapremont"_s));
}

void tst_DesktopApp::aRememberedUserOpensWithoutThePasswordAndSyncs()
{
    QDateTime firstSync;
    {
        DesktopApp app;
        QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
        QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
        signIn(app, true);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        SyncEngine& engine = app.cabinet()->engine();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isSyncing() && engine.lastSyncedAt().isValid(), 20000);
        firstSync = engine.lastSyncedAt();
    }
    QCOMPARE(AppSettings().rememberedLogin(), u"demo"_s);
    QVERIFY(!settingsHold(u"kapremont"_s));

    // A new start, with no options at all: the server and the user come from the settings.
    DesktopApp app;
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    QSignalSpy signInShown(&app, &DesktopApp::signInShown);
    QSignalSpy resumed(&app, &DesktopApp::resumeFinished);
    // Connecting, not offline: the banner waits for the server's answer (it showed at every
    // remembered start, for the moment the session took to resume). Seen as the window opens:
    // by the time a wait for the signal returns, the session may have resumed and a sync begun.
    QString stateWhenOpened;
    bool bannerWhenOpened = true;
    std::unique_ptr<BannerShowCounter> banner;
    connect(&app, &DesktopApp::cabinetOpened, this, [&] {
        auto* state = app.mainWindow()->findChild<QLabel*>(u"syncState"_s);
        stateWhenOpened = state ? state->text() : u"(no state line)"_s;
        bannerWhenOpened = app.mainWindow()->isOfflineBannerVisible();
        banner = std::make_unique<BannerShowCounter>(*app.mainWindow());
    });
    QVERIFY2(app.start({}), qPrintable(app.errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(signInShown.count(), 0);
    QVERIFY(app.mainWindow()->isVisible());
    QCOMPARE(stateWhenOpened, u"Connecting to the server…"_s);
    QVERIFY(!bannerWhenOpened);
    QVERIFY(banner);
    // Nor built: a remembered start does not make the screens it does not show (asking for them
    // below builds them, hidden).
    const QWidgetList windows = QApplication::topLevelWidgets();
    QVERIFY(std::none_of(windows.cbegin(), windows.cend(), [](const QWidget* window) {
        return window->objectName() == u"signInWindow"_s;
    }));
    QVERIFY(!app.signInWindow()->isVisible());
    // The cached data shows at once, before the server answered anything.
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*app.mainWindow()), m_lastServerBalances, 10000);

    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 20000);
    const auto outcome = resumed.at(0).at(0).value<LoginOutcome>();
    QVERIFY2(outcome.isSignedIn(), qPrintable(LoginOutcome::statusName(outcome.status())));
    QVERIFY(app.sessionManager()->hasSession());
    SyncEngine& engine = app.cabinet()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isSyncing() && engine.lastSyncedAt() > firstSync, 20000);
    QVERIFY(!app.mainWindow()->isOfflineBannerVisible());
    QCOMPARE(banner->shown(), 0);
    QCOMPARE(signInShown.count(), 0);
    // At rest the status bar says when the data was updated once, not twice.
    auto* state = app.mainWindow()->findChild<QLabel*>(u"syncState"_s);
    auto* lastSynced = app.mainWindow()->findChild<QLabel*>(u"lastSynced"_s);
    QVERIFY(state && lastSynced);
    QTRY_VERIFY(state->text().isEmpty());
    QVERIFY(!lastSynced->text().isEmpty());
}

void tst_DesktopApp::signingOutReturnsToTheLoginFormAndForgetsTheUser()
{
    {
        DesktopApp app;
        QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
        QSignalSpy resumed(&app, &DesktopApp::resumeFinished);
        QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(app.cabinet()->engine().isSyncing(), false, 20000);

        QTest::mouseClick(app.mainWindow()->findChild<QWidget*>(u"signOut"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.signInWindow()->isVisible(), 5000);
        QVERIFY(app.mainWindow() == nullptr);
        QCOMPARE(app.signInWindow()->loginPage()->login(), u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sessionManager()->hasSession(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.sessionManager()->isBusy(), 10000);
    }
    QCOMPARE(AppSettings().rememberedLogin(), QString());

    // The next start asks for the password: the sign-in screens, at once, and no cabinet.
    DesktopApp app;
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QVERIFY(app.signInWindow()->isVisible());
    QVERIFY(app.mainWindow() == nullptr);
    QCOMPARE(opened.count(), 0);
}

void tst_DesktopApp::withTheServerStoppedTheRememberedUserOpensOffline()
{
    // Remembered again, synced; then the server goes away.
    {
        DesktopApp app;
        QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
        QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
        signIn(app, true);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        SyncEngine& engine = app.cabinet()->engine();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isSyncing() && engine.lastSyncedAt().isValid(), 20000);
    }
    const QMap<QString, qint64> server = serverBalances();
    m_portal.stop();

    DesktopApp app;
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    QSignalSpy resumed(&app, &DesktopApp::resumeFinished);
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 20000);
    QVERIFY(resumed.at(0).at(0).value<LoginOutcome>().allowsOfflineUnlock());
    // Still the cabinet, not the login form: the cached data under the offline banner.
    QVERIFY(app.mainWindow());
    QVERIFY(!app.signInWindow()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isOfflineBannerVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*app.mainWindow()), server, 10000);
    const qint64 id = accountId(*app.mainWindow(), u"16616"_s);
    QVERIFY(id != 0);
    app.mainWindow()->showAccount(id);
    QTRY_COMPARE_WITH_TIMEOUT(app.mainWindow()->cardPage()->accountId(), id, 10000);
    QVERIFY(app.mainWindow()->cardPage()->isVisible());
    QVERIFY(app.mainWindow()->isOfflineBannerVisible());
}

void tst_DesktopApp::withTheServerStoppedThePasswordOpensTheCacheOffline()
{
    // The earlier tests left demo's cache here, synced; the server is stopped.
    AppSettings().forgetRememberedLogin();

    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    signIn(app, false);
    auto* offline = app.signInWindow()->loginPage()->findChild<QPushButton*>(u"offlineUnlock"_s);
    QVERIFY(offline);
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 20000);
    QCOMPARE(opened.count(), 0);
    QTest::mouseClick(offline, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*app.mainWindow()), m_lastServerBalances, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isOfflineBannerVisible(), 10000);

    // «Обновить» (F5) has no session to sync with: it asks to sign in again (it did nothing).
    auto* refresh = app.mainWindow()->findChild<QAction*>(u"refreshShortcut"_s);
    QVERIFY(refresh);
    const auto question = [&app] {
        return app.mainWindow()->findChild<QMessageBox*>(u"signInAgainQuestion"_s);
    };
    refresh->trigger();
    QTRY_VERIFY(question() && question()->isVisible());
    QPointer<QMessageBox> asked = question();
    // Cancelled: the cabinet stays open, offline.
    asked->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(asked.isNull());
    QVERIFY(app.cabinet());
    QVERIFY(app.mainWindow()->isVisible());

    // Accepted: the sign-in form, with the login filled in.
    refresh->trigger();
    QTRY_VERIFY(question() && question()->isVisible());
    QSignalSpy signInShown(&app, &DesktopApp::signInShown);
    auto* signIn = qobject_cast<QPushButton*>(question()->defaultButton());
    QVERIFY(signIn);
    QCOMPARE(question()->buttonRole(signIn), QMessageBox::AcceptRole);
    signIn->click();
    QTRY_COMPARE(signInShown.count(), 1);
    QVERIFY(!app.cabinet());
    QVERIFY(app.signInWindow()->isVisible());
    auto* login = app.signInWindow()->loginPage()->findChild<QLineEdit*>(u"login"_s);
    QVERIFY(login);
    QCOMPARE(login->text(), u"demo"_s);
}

QTEST_MAIN(tst_DesktopApp)
#include "tst_desktopapp.moc"
