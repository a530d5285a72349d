#include "AppSettings.h"
#include "CabinetSession.h"
#include "DesktopApp.h"
#include "PortalProcess.h"
#include "accounts/AccountListModel.h"
#include "accounts/HomePage.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheUnlocker.h"
#include "cache/CacheVault.h"
#include "cache/SqlCipherDriver.h"
#include "keys/Keychain.h"
#include "login/LoginPage.h"
#include "login/PreviousPasswordDialog.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "session/SessionManager.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The password changed elsewhere (here: through the API, as another client) while this computer
// keeps a cache whose key is wrapped with the old one. Against the real kabinet-portal, a real
// cache and a real Secret Service (gnome-keyring, started by the CTest wrapper): the keychain's key
// takes the new password silently; without it the window asks for the previous password, which
// keeps the saved data; or the saved data is discarded and synced again; or the user cancels back
// to the login form with nothing lost. Each test starts where the one before left the server's
// password, the cache and the keyring (the order matters).
class tst_PasswordChangedElsewhere : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSignInSavesTheData();
    void theKeychainsKeyTakesTheNewPasswordSilently();
    void cancelReturnsToTheLoginFormWithNothingLost();
    void thePreviousPasswordKeepsTheSavedData();
    void discardingDownloadsTheDataAgain();

private:
    CacheLocation location() const;
    void signIn(DesktopApp& app, const QString& password);
    // Signs in with password and waits for the dialog; null when it does not come.
    PreviousPasswordDialog* signInUntilAsked(DesktopApp& app, const QString& password);
    bool changePasswordOnServer(const QString& current, const QString& next);
    // As if this computer's keychain had lost the key (or there were none that answered).
    bool forgetKeychainsKey();
    QMap<QString, qint64> serverBalances(const QString& password);
    static QMap<QString, qint64> shownBalances(MainWindow& window);
    // A table of the test's own in the cache: still there means the saved data was kept.
    bool writeMarker(const DataKey& key);
    bool hasMarker(const DataKey& key);
    // What the offline sign-in runs (CacheUnlocker::unlockWithPassword), without the keychain.
    CacheUnlocker::Outcome unlockOffline(const QString& password);

    PortalProcess m_portal;
    QTemporaryDir m_cacheRoot;
    DesktopApp::Options m_options;
    Keychain m_keychain;
    std::optional<DataKey> m_key;
};

namespace {

const QString firstPassword = u"kapremont"_s;
const QString secondPassword = u"kapremont2"_s;
const QString thirdPassword = u"kapremont3"_s;
const QString fourthPassword = u"kapremont4"_s;

} // namespace

void tst_PasswordChangedElsewhere::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_passwordchangedelsewhere"_s);
    QSettings().clear();
    SqlCipherDriver::registerDriver();
    QVERIFY(m_cacheRoot.isValid());
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
    m_options.server = m_portal.baseUrl();
    m_options.caFile = m_portal.caPath();
    m_options.cacheRoot = m_cacheRoot.path();
}

CacheLocation tst_PasswordChangedElsewhere::location() const
{
    return CacheLocation::forUser(m_portal.baseUrl(), u"demo"_s, m_cacheRoot.path());
}

void tst_PasswordChangedElsewhere::signIn(DesktopApp& app, const QString& password)
{
    LoginPage* page = app.signInWindow()->loginPage();
    auto* login = page->findChild<QLineEdit*>(u"login"_s);
    login->clear();
    QTest::keyClicks(login, u"demo"_s);
    auto* field = page->findChild<QLineEdit*>(u"password"_s);
    field->clear();
    QTest::keyClicks(field, password);
    page->findChild<QCheckBox*>(u"remember"_s)->setChecked(false);
    QTest::mouseClick(page->findChild<QPushButton*>(u"signIn"_s), Qt::LeftButton);
}

PreviousPasswordDialog* tst_PasswordChangedElsewhere::signInUntilAsked(DesktopApp& app,
                                                                       const QString& password)
{
    QSignalSpy asked(&app, &DesktopApp::previousPasswordAsked);
    signIn(app, password);
    if (!QTest::qWaitFor([&] { return asked.count() == 1; }, 20000))
        return nullptr;
    PreviousPasswordDialog* dialog = app.previousPasswordDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog;
}

bool tst_PasswordChangedElsewhere::changePasswordOnServer(const QString& current,
                                                          const QString& next)
{
    const PortalReply login =
        m_portal.post(u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, current}});
    if (login.status != 200 && login.status != 201)
        return false;
    const PortalReply changed = m_portal.put(
        u"/api/v1/profile/password"_s,
        {{u"currentPassword"_s, current}, {u"password"_s, next}, {u"passwordConfirmation"_s, next}},
        PortalClient::bearer(login.json.value(u"accessToken"_s).toString()));
    return changed.status == 204;
}

bool tst_PasswordChangedElsewhere::forgetKeychainsKey()
{
    return CacheVault(location(), &m_keychain).forgetRememberedKey();
}

QMap<QString, qint64> tst_PasswordChangedElsewhere::serverBalances(const QString& password)
{
    const PortalReply login =
        m_portal.post(u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, password}});
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

QMap<QString, qint64> tst_PasswordChangedElsewhere::shownBalances(MainWindow& window)
{
    QMap<QString, qint64> balances;
    for (const Account& account : window.homePage()->model()->accounts())
        balances.insert(account.number, account.balance.kopecks());
    return balances;
}

bool tst_PasswordChangedElsewhere::writeMarker(const DataKey& key)
{
    std::optional<CacheDatabase> cache =
        CacheDatabase::open(location().databasePath(), key.bytes(), u"marker-write"_s);
    if (!cache)
        return false;
    QSqlQuery query(cache->database());
    return query.exec(u"CREATE TABLE test_marker (v TEXT)"_s)
        && query.exec(u"INSERT INTO test_marker VALUES ('saved on this computer')"_s);
}

bool tst_PasswordChangedElsewhere::hasMarker(const DataKey& key)
{
    if (!QFile::exists(location().databasePath()))
        return false;
    std::optional<CacheDatabase> cache =
        CacheDatabase::open(location().databasePath(), key.bytes(), u"marker-read"_s);
    if (!cache)
        return false;
    QSqlQuery query(cache->database());
    return query.exec(u"SELECT v FROM test_marker"_s) && query.next()
        && query.value(0).toString() == u"saved on this computer";
}

CacheUnlocker::Outcome tst_PasswordChangedElsewhere::unlockOffline(const QString& password)
{
    CacheUnlocker unlocker(location(), nullptr);
    QSignalSpy finished(&unlocker, &CacheUnlocker::finished);
    if (!unlocker.unlockWithPassword(password) || !finished.wait(20000))
        return {};
    return finished.at(0).at(0).value<CacheUnlocker::Outcome>();
}

void tst_PasswordChangedElsewhere::firstSignInSavesTheData()
{
    {
        DesktopApp app;
        QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
        QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
        signIn(app, firstPassword);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        SyncEngine& engine = app.cabinet()->engine();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isSyncing() && engine.lastSyncedAt().isValid(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*app.mainWindow()), serverBalances(firstPassword),
                                  10000);
    }
    const CacheVault::Result unlocked =
        CacheVault(location(), nullptr).unlockWithPassword(firstPassword);
    QVERIFY2(unlocked.ok(), qPrintable(CacheUnlocker::errorName(unlocked.error)));
    m_key = *unlocked.key;
    QVERIFY(writeMarker(*m_key));
}

void tst_PasswordChangedElsewhere::theKeychainsKeyTakesTheNewPasswordSilently()
{
    QVERIFY(changePasswordOnServer(firstPassword, secondPassword));
    QVERIFY(CacheVault(location(), &m_keychain).unlockWithKeychain().ok());

    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    QSignalSpy asked(&app, &DesktopApp::previousPasswordAsked);
    signIn(app, secondPassword);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    QCOMPARE(asked.count(), 0);
    QVERIFY(app.mainWindow()->isVisible());

    QCOMPARE(unlockOffline(firstPassword).error, CacheVault::Error::WrongPassword);
    const CacheUnlocker::Outcome withNew = unlockOffline(secondPassword);
    QVERIFY2(withNew.ok(), qPrintable(CacheUnlocker::errorName(withNew.error)));
    QCOMPARE(*withNew.key, *m_key);
    QVERIFY(hasMarker(*m_key));
}

void tst_PasswordChangedElsewhere::cancelReturnsToTheLoginFormWithNothingLost()
{
    QVERIFY(changePasswordOnServer(secondPassword, thirdPassword));
    QVERIFY(forgetKeychainsKey());
    const QByteArray keyFile = [this] {
        QFile file(location().keyFilePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!keyFile.isEmpty());

    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    PreviousPasswordDialog* dialog = signInUntilAsked(app, thirdPassword);
    QVERIFY(dialog);
    QVERIFY(app.mainWindow() == nullptr);
    const QString path =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"previouspassworddialog.png"_s);
    QVERIFY(dialog->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));

    QSignalSpy signInShown(&app, &DesktopApp::signInShown);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signInShown.count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(app.previousPasswordDialog() == nullptr, 5000);
    QVERIFY(app.signInContainer()->isVisible());
    QCOMPARE(app.signInWindow()->currentWidget(), app.signInWindow()->loginPage());
    QCOMPARE(app.signInWindow()->loginPage()->login(), u"demo"_s);
    QVERIFY(app.mainWindow() == nullptr);
    QCOMPARE(opened.count(), 0);
    // Not kept signed in behind the login form.
    QTRY_VERIFY_WITH_TIMEOUT(!app.sessionManager()->hasSession(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!app.sessionManager()->isBusy(), 10000);

    QFile file(location().keyFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), keyFile);
    QVERIFY(hasMarker(*m_key));
}

void tst_PasswordChangedElsewhere::thePreviousPasswordKeepsTheSavedData()
{
    // The keychain lost the key in the test before; the key file still wants secondPassword.
    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    PreviousPasswordDialog* dialog = signInUntilAsked(app, thirdPassword);
    QVERIFY(dialog);

    // Not the previous password either: the dialog says so and stays.
    dialog->passwordEdit()->setText(u"not-the-previous-one"_s);
    QTest::mouseClick(dialog->keepButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
    QVERIFY(!dialog->message().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(app.previousPasswordDialog(), dialog);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(unlockOffline(thirdPassword).error, CacheVault::Error::WrongPassword);

    dialog->passwordEdit()->setText(secondPassword);
    QTest::mouseClick(dialog->keepButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(app.previousPasswordDialog() == nullptr, 5000);
    QVERIFY(app.mainWindow()->isVisible());
    QVERIFY(!app.signInContainer()->isVisible());
    SyncEngine& engine = app.cabinet()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isSyncing() && engine.lastSyncedAt().isValid(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*app.mainWindow()), serverBalances(thirdPassword),
                              10000);
    QVERIFY(!app.mainWindow()->isOfflineBannerVisible());

    // The same saved data, now opened offline by the new password alone.
    QVERIFY(hasMarker(*m_key));
    QCOMPARE(unlockOffline(secondPassword).error, CacheVault::Error::WrongPassword);
    const CacheUnlocker::Outcome withNew = unlockOffline(thirdPassword);
    QVERIFY2(withNew.ok(), qPrintable(CacheUnlocker::errorName(withNew.error)));
    QCOMPARE(*withNew.key, *m_key);
}

void tst_PasswordChangedElsewhere::discardingDownloadsTheDataAgain()
{
    QVERIFY(changePasswordOnServer(thirdPassword, fourthPassword));
    QVERIFY(forgetKeychainsKey());

    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    PreviousPasswordDialog* dialog = signInUntilAsked(app, fourthPassword);
    QVERIFY(dialog);

    // The confirmation says what goes; answering no changes nothing.
    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    QMessageBox* confirmation = dialog->discardConfirmation();
    QVERIFY(confirmation);
    QTRY_VERIFY_WITH_TIMEOUT(confirmation->isVisible(), 5000);
    QVERIFY(confirmation->informativeText().contains(u"not sent"_s));
    QVERIFY(confirmation->informativeText().contains(u"meter readings"_s));
    QVERIFY(confirmation->text().contains(u"saved on this computer"_s));
    QTest::mouseClick(confirmation->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->discardConfirmation() == nullptr, 5000);
    QTest::qWait(200);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QCOMPARE(opened.count(), 0);
    QVERIFY(hasMarker(*m_key));

    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    confirmation = dialog->discardConfirmation();
    QVERIFY(confirmation);
    QTRY_VERIFY_WITH_TIMEOUT(confirmation->isVisible(), 5000);
    auto* discard = confirmation->findChild<QPushButton*>(u"confirmDiscard"_s);
    QVERIFY(discard);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(app.previousPasswordDialog() == nullptr, 5000);

    // A new cache, filled from the server.
    SyncEngine& engine = app.cabinet()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isSyncing() && engine.lastSyncedAt().isValid(), 20000);
    const QMap<QString, qint64> server = serverBalances(fourthPassword);
    QCOMPARE(server.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*app.mainWindow()), server, 10000);
    const CacheUnlocker::Outcome fresh = unlockOffline(fourthPassword);
    QVERIFY2(fresh.ok(), qPrintable(CacheUnlocker::errorName(fresh.error)));
    QVERIFY(!(*fresh.key == *m_key));
    QVERIFY(!hasMarker(*fresh.key));
    QCOMPARE(unlockOffline(thirdPassword).error, CacheVault::Error::WrongPassword);
    // Nothing of the discarded cache is left beside the new one.
    QCOMPARE(QDir(m_cacheRoot.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList {location().id()});
}

QTEST_MAIN(tst_PasswordChangedElsewhere)
#include "tst_passwordchangedelsewhere.moc"
