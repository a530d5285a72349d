#include "DesktopApp.h"
#include "IdleCountdownOverlay.h"
#include "IdleLogoutTimer.h"
#include "KioskExitDialog.h"
#include "KioskGuard.h"
#include "KioskMode.h"
#include "KioskPin.h"
#include "KioskSettings.h"
#include "PdfTools.h"
#include "PortalProcess.h"
#include "accounts/AccountListModel.h"
#include "accounts/HomePage.h"
#include "cache/EphemeralCache.h"
#include "cache/SqlCipherDriver.h"
#include "keys/Keychain.h"
#include "login/LoginPage.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "printing/FileOutputPolicy.h"
#include "printing/ReceiptDialog.h"
#include "session/SessionManager.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// Kabinet as a kiosk (DesktopApp with Options::kiosk, KioskMode) against the real kabinet-portal
// with the demo data, in a sandbox: HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_CONFIG_HOME and
// TMPDIR point into one temporary folder, and the session bus address at a socket of the test's
// own that nobody answers on, so that any use of the keychain shows as a connection to it.
//
// A whole session (sign in, synced data, sign out) leaves no file anywhere in the sandbox and an
// empty form; the idle countdown signs out, and a touch keeps the session; windows do not close,
// file dialogs are refused; a wrong PIN keeps the kiosk running and the right one quits; and after
// all of it the keychain was never asked (while a keychain call does reach the socket).
//
// KABINET_TEST_SCREENSHOTS=/some/folder keeps the kiosk's screens as PNG files there.
class tst_KioskMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theSignInScreenIsFullScreenLargeAndWithoutRemember();
    void aSessionLeavesNothingBehind();
    void idleTimeSignsOutAndATouchKeepsTheSession();
    void aHalfFilledSignInFormIsEmptiedWhenLeft();
    void windowsDoNotCloseAndFileDialogsAreRefused();
    void printingTheReceiptWorksAndWritesNothing();
    void aWrongPinKeepsTheKioskAndTheRightPinQuits();
    void aCrashedSessionsCacheIsSweptAtStart();
    void theIdleSignOutEndsTheServersSession();
    void theAdministratorsExitEndsTheServersSession();
    void theAdministratorsExitDuringASignInEndsItsSession();
    void theVirtualKeyboardOnlyWhereInstalled();
    void theKeychainWasNeverAsked();

private:
    struct Kiosk
    {
        std::unique_ptr<DesktopApp> app;
        std::unique_ptr<KioskMode> mode;
    };
    Kiosk startKiosk(const KioskSettings& settings);
    static void signIn(DesktopApp& app);
    static bool waitForSyncedCabinet(DesktopApp& app);
    // Every file and folder under the sandbox's folders, relative to the sandbox.
    QStringList sandboxEntries() const;
    // Accepts (and drops) every connection made to the fake session bus so far.
    int takeBusConnections();
    void saveScreen(QWidget* widget, const QString& name);

    PortalProcess m_portal;
    QTemporaryDir m_sandbox;
    KioskSettings m_settings;
    int m_bus = -1;
    int m_busConnections = 0;
};

namespace {

// The bearer token of the requests the application sends, as the server sees them: every
// QNetworkReply of the main thread gets events (its answer arrives queued), and carries its
// request.
class BearerWatcher : public QObject
{
public:
    BearerWatcher() { QCoreApplication::instance()->installEventFilter(this); }
    ~BearerWatcher() override { QCoreApplication::instance()->removeEventFilter(this); }

    QString lastToken() const { return m_token; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (auto* reply = qobject_cast<QNetworkReply*>(watched)) {
            const QByteArray header = reply->request().rawHeader("Authorization");
            if (header.startsWith("Bearer "))
                m_token = QString::fromLatin1(header.mid(7));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QString m_token;
};

const QStringList sandboxFolders = {u"home"_s, u"data"_s, u"cache"_s, u"config"_s, u"tmp"_s};

} // namespace

void tst_KioskMode::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_kioskmode"_s);
    SqlCipherDriver::registerDriver();
    // Started with the test's own environment: the server's files are not the kiosk's.
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
    QVERIFY(m_sandbox.isValid());
    for (const QString& folder : sandboxFolders)
        QVERIFY(QDir(m_sandbox.path()).mkpath(folder));
    qputenv("HOME", QFile::encodeName(m_sandbox.filePath(u"home"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_sandbox.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_sandbox.filePath(u"cache"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_sandbox.filePath(u"config"_s)));
    qputenv("TMPDIR", QFile::encodeName(m_sandbox.filePath(u"tmp"_s)));
    QCOMPARE(QDir::tempPath(), m_sandbox.filePath(u"tmp"_s));

    // A listening socket that never answers: a D-Bus client connects and then gets nothing.
    const QByteArray busPath = QFile::encodeName(m_sandbox.filePath(u"bus"_s));
    m_bus = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    QVERIFY(m_bus >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(busPath.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, busPath.constData(), size_t(busPath.size()));
    QCOMPARE(::bind(m_bus, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    QCOMPARE(::listen(m_bus, 64), 0);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + busPath);

    m_settings.pinHash = KioskPin::hash(u"2468"_s, 1000);
    QCOMPARE(takeBusConnections(), 0);
}

void tst_KioskMode::cleanupTestCase()
{
    if (m_bus >= 0)
        ::close(m_bus);
}

int tst_KioskMode::takeBusConnections()
{
    for (;;) {
        const int connection = ::accept4(m_bus, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0)
            break;
        // Closed at once: the client fails fast instead of waiting for an answer.
        ::close(connection);
        ++m_busConnections;
    }
    return m_busConnections;
}

QStringList tst_KioskMode::sandboxEntries() const
{
    QStringList entries;
    for (const QString& folder : sandboxFolders) {
        QDirIterator it(m_sandbox.filePath(folder),
                        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            entries << QDir(m_sandbox.path()).relativeFilePath(it.next());
    }
    return entries;
}

void tst_KioskMode::saveScreen(QWidget* widget, const QString& name)
{
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    const QString folder = qEnvironmentVariable("KABINET_TEST_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(image.save(QDir(folder).filePath(name)));
}

tst_KioskMode::Kiosk tst_KioskMode::startKiosk(const KioskSettings& settings)
{
    Kiosk kiosk;
    kiosk.app = std::make_unique<DesktopApp>();
    kiosk.mode = std::make_unique<KioskMode>(settings, *kiosk.app);
    DesktopApp::Options options(m_portal.baseUrl(), m_portal.caPath());
    options.kiosk = true;
    if (!kiosk.app->start(options))
        qWarning() << "the kiosk did not start:" << kiosk.app->errorText();
    return kiosk;
}

void tst_KioskMode::signIn(DesktopApp& app)
{
    LoginPage* page = app.signInWindow()->loginPage();
    QTest::keyClicks(page->findChild<QLineEdit*>(u"login"_s), u"demo"_s);
    QTest::keyClicks(page->findChild<QLineEdit*>(u"password"_s), u"kapremont"_s);
    QTest::mouseClick(page->findChild<QPushButton*>(u"signIn"_s), Qt::LeftButton);
}

bool tst_KioskMode::waitForSyncedCabinet(DesktopApp& app)
{
    return QTest::qWaitFor(
        [&app] {
            return app.mainWindow()
                && app.mainWindow()->homePage()->model()->accounts().size() == 3;
        },
        20000);
}

void tst_KioskMode::theSignInScreenIsFullScreenLargeAndWithoutRemember()
{
    Kiosk kiosk = startKiosk(m_settings);
    QWidget* window = kiosk.app->signInContainer();
    QVERIFY(window->isVisible());
    QVERIFY(window->windowState().testFlag(Qt::WindowFullScreen));
    QTRY_COMPARE(window->size(), window->screen()->size());
    LoginPage* page = kiosk.app->signInWindow()->loginPage();
    auto* remember = page->findChild<QCheckBox*>(u"remember"_s);
    QVERIFY(remember);
    QVERIFY(!remember->isVisibleTo(window));
    QVERIFY(!page->rememberRequested());
    // Large fonts and finger-sized controls.
    QCOMPARE(QApplication::font().pointSize(), m_settings.fontPointSize);
    QVERIFY(page->findChild<QLineEdit*>(u"login"_s)->height() >= 48);
    QVERIFY(page->findChild<QPushButton*>(u"signIn"_s)->height() >= 48);
    saveScreen(window, u"kiosk-login.png"_s);
}

void tst_KioskMode::aSessionLeavesNothingBehind()
{
    QCOMPARE(sandboxEntries(), QStringList());
    Kiosk kiosk = startKiosk(m_settings);
    QPointer<QWidget> firstSignIn = kiosk.app->signInContainer();
    QSignalSpy opened(kiosk.app.get(), &DesktopApp::cabinetOpened);
    signIn(*kiosk.app);
    QVERIFY(waitForSyncedCabinet(*kiosk.app));
    QCOMPARE(opened.count(), 1);
    MainWindow* window = kiosk.app->mainWindow();
    QVERIFY(window->windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(!firstSignIn->isVisible());

    // The session's cache is a real encrypted database in the temporary folder, with no key file.
    const EphemeralCache* cache = kiosk.app->sessionCache();
    QVERIFY(cache);
    QVERIFY(cache->root().startsWith(m_sandbox.filePath(u"tmp"_s)));
    const QStringList during = sandboxEntries();
    QVERIFY2(std::any_of(during.begin(), during.end(),
                         [](const QString& entry) { return entry.endsWith(u"/cache.db"_s); }),
             qPrintable(during.join(u", "_s)));
    QVERIFY(std::none_of(during.begin(), during.end(),
                         [](const QString& entry) { return entry.endsWith(u".key"_s); }));
    saveScreen(window, u"kiosk-cabinet.png"_s);

    QSignalSpy signInShown(kiosk.app.get(), &DesktopApp::signInShown);
    QTest::mouseClick(window->findChild<QToolButton*>(u"signOut"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signInShown.count(), 1, 10000);
    QVERIFY(!kiosk.app->mainWindow());
    QVERIFY(!kiosk.app->sessionCache());
    // Nothing in HOME, the data, cache and config folders or the temporary folder.
    QCOMPARE(sandboxEntries(), QStringList());

    // New, empty sign-in screens; the old ones, with what was typed, are gone.
    QTRY_VERIFY(!firstSignIn);
    QWidget* signInWindow = kiosk.app->signInContainer();
    QVERIFY(signInWindow->isVisible());
    QVERIFY(signInWindow->windowState().testFlag(Qt::WindowFullScreen));
    LoginPage* page = kiosk.app->signInWindow()->loginPage();
    QCOMPARE(page->login(), QString());
    QCOMPARE(page->findChild<QLineEdit*>(u"password"_s)->text(), QString());
    QCOMPARE(page->message(), QString());
    QCOMPARE(kiosk.app->signInWindow()->currentWidget(), page);
    QVERIFY(!page->findChild<QCheckBox*>(u"remember"_s)->isVisibleTo(signInWindow));
    // Later events (the main window's deleteLater, the server's answer to the sign-out) leave
    // nothing either.
    QTest::qWait(500);
    QCOMPARE(sandboxEntries(), QStringList());
}

void tst_KioskMode::idleTimeSignsOutAndATouchKeepsTheSession()
{
    KioskSettings settings = m_settings;
    settings.idleTimeout = 1500ms;
    // Long enough for a loaded machine to touch the overlay in time.
    settings.countdown = 2000ms;
    Kiosk kiosk = startKiosk(settings);
    QSignalSpy opened(kiosk.app.get(), &DesktopApp::cabinetOpened);
    signIn(*kiosk.app);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QVERIFY(kiosk.mode->idleTimer().isRunning());

    // Nobody touches the screen: the countdown covers the window.
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.mode->countdownOverlay(), 10000);
    IdleCountdownOverlay* overlay = kiosk.mode->countdownOverlay();
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->geometry(), kiosk.app->mainWindow()->rect());
    QVERIFY2(overlay->text().contains(u"signed out in 2 second"_s)
                 || overlay->text().contains(u"signed out in 1 second"_s),
             qPrintable(overlay->text()));
    saveScreen(kiosk.app->mainWindow(), u"kiosk-countdown.png"_s);
    // A touch keeps the session.
    QSignalSpy signInShown(kiosk.app.get(), &DesktopApp::signInShown);
    QTest::mouseClick(overlay, Qt::LeftButton, {}, overlay->rect().center());
    QVERIFY(!kiosk.mode->countdownOverlay());
    QVERIFY(!kiosk.mode->idleTimer().isCountingDown());
    QVERIFY(kiosk.app->mainWindow());

    // Then nobody again: the countdown comes back and runs out.
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.mode->countdownOverlay(), 10000);
    QVERIFY(kiosk.app->mainWindow());
    QCOMPARE(signInShown.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(signInShown.count(), 1, 10000);
    QVERIFY(!kiosk.app->mainWindow());
    QCOMPARE(kiosk.app->signInWindow()->loginPage()->login(), QString());
    // The empty sign-in form gets no countdown.
    QVERIFY(kiosk.mode->idleTimer().isRunning());
    QTest::qWait(2500);
    QVERIFY(!kiosk.mode->countdownOverlay());
    QCOMPARE(signInShown.count(), 1);
    QCOMPARE(sandboxEntries(), QStringList());
}

void tst_KioskMode::aHalfFilledSignInFormIsEmptiedWhenLeft()
{
    KioskSettings settings = m_settings;
    settings.idleTimeout = 1000ms;
    settings.countdown = 2000ms;
    Kiosk kiosk = startKiosk(settings);
    QPointer<QWidget> firstSignIn = kiosk.app->signInContainer();
    QTest::keyClicks(kiosk.app->signInWindow()->loginPage()->findChild<QLineEdit*>(u"login"_s),
                     u"demo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.mode->countdownOverlay(), 10000);
    QCOMPARE(kiosk.mode->countdownOverlay()->parentWidget(), firstSignIn.data());
    QVERIFY2(kiosk.mode->countdownOverlay()->text().contains(u"form will be cleared"_s),
             qPrintable(kiosk.mode->countdownOverlay()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!firstSignIn, 10000);
    QCOMPARE(kiosk.app->signInWindow()->loginPage()->login(), QString());
    QVERIFY(kiosk.app->signInContainer()->isVisible());
}

void tst_KioskMode::windowsDoNotCloseAndFileDialogsAreRefused()
{
    Kiosk kiosk = startKiosk(m_settings);
    QWidget* window = kiosk.app->signInContainer();
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());

    // Save-as actions hide, print dialogs offer no «Print to file».
    QVERIFY(!FileOutputPolicy::allowsFiles());
    QSignalSpy refused(&kiosk.mode->guard(), &KioskGuard::fileDialogRefused);
    QFileDialog dialog(window, u"Save as PDF"_s);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.open();
    QCOMPARE(refused.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 5000);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_KioskMode::printingTheReceiptWorksAndWritesNothing()
{
    // What earlier tests left (a refused file dialog's QtProject.conf) is not this test's.
    const QStringList before = sandboxEntries();
    Kiosk kiosk = startKiosk(m_settings);
    signIn(*kiosk.app);
    QVERIFY(waitForSyncedCabinet(*kiosk.app));
    MainWindow* window = kiosk.app->mainWindow();
    // The test's screen is 800 px wide: the window's layout asks for no more, so the header's
    // title and the status bar's hint are not cut off at the edge (904 px before they could
    // wrap and shorten).
    QCOMPARE_LE(window->minimumSizeHint().width(), window->screen()->availableGeometry().width());
    const EphemeralCache* cache = kiosk.app->sessionCache();
    QVERIFY(cache);
    const QString sessionFolder = QDir(m_sandbox.path()).relativeFilePath(cache->root());
    const auto onlyTheSessionCache = [this, &sessionFolder, &before] {
        const QStringList entries = sandboxEntries();
        for (const QString& entry : entries) {
            if (entry != sessionFolder && !entry.startsWith(sessionFolder + u'/')
                && !before.contains(entry))
                return entry;
        }
        return QString();
    };
    QCOMPARE(onlyTheSessionCache(), QString());

    qint64 accountId = 0;
    for (const Account& account : window->homePage()->model()->accounts()) {
        if (account.number == u"16616"_s)
            accountId = account.id;
    }
    QVERIFY(accountId != 0);
    window->showReceipt(accountId);
    auto* dialog = window->findChild<ReceiptDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->receipt().has_value(), 20000);
    const Receipt receipt = *dialog->receipt();
    QVERIFY(!dialog->findChild<QPushButton*>(u"receiptSave"_s)->isVisibleTo(dialog));

    // «Print…» opens the print dialog without «Print to file».
    auto* printButton = dialog->findChild<QPushButton*>(u"receiptPrint"_s);
    QVERIFY(printButton->isEnabled());
    QSignalSpy printed(dialog, &ReceiptDialog::printed);
    QTest::mouseClick(printButton, Qt::LeftButton);
    auto* print = dialog->findChild<QPrintDialog*>();
    QVERIFY(print);
    QVERIFY(print->isVisible());
    QVERIFY(!print->testOption(QAbstractPrintDialog::PrintToFile));
    if (QPrinterInfo::availablePrinterNames().isEmpty()) {
        // No printer on this machine: accepting the dialog goes through the printing, which
        // has nowhere to print to, and must not fall back to a file.
        print->accept();
        QCOMPARE(printed.count(), 1);
        QCOMPARE(printed.at(0).at(0).toBool(), false);
        QVERIFY(dialog->findChild<QLabel*>(u"receiptMessage"_s)->text().contains(u"printer"_s));
    } else {
        print->reject(); // a real printer: no paper wasted on a test
    }
    QCOMPARE(onlyTheSessionCache(), QString());

    // The printing of the dialog's «Print» on a printer the test sets up: a PDF printer writing
    // into a folder of the test's own, outside the kiosk's folders.
    QTemporaryDir paper(QFileInfo(m_sandbox.path()).dir().filePath(u"kiosk-paper-XXXXXX"_s));
    QVERIFY(paper.isValid());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(paper.filePath(u"printed.pdf"_s));
    printed.clear();
    QVERIFY(dialog->printOn(printer));
    QCOMPARE(printed.count(), 1);
    QCOMPARE(printed.at(0).at(0).toBool(), true);
    const QString text = PdfTools::text(paper.filePath(u"printed.pdf"_s));
    for (const QString& figure :
         {u"16616"_s, receipt.account.address, PdfTools::rubles(receipt.toPay().kopecks())})
        QVERIFY2(text.contains(figure), qPrintable(figure + u" is missing in:\n"_s + text));
    QCOMPARE(QDir(paper.path()).entryList(QDir::Files), QStringList {u"printed.pdf"_s});
    // Nothing but the session's own cache was written meanwhile: no spool or temporary file.
    QCOMPARE(onlyTheSessionCache(), QString());

    QSignalSpy signInShown(kiosk.app.get(), &DesktopApp::signInShown);
    QTest::mouseClick(window->findChild<QToolButton*>(u"signOut"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signInShown.count(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(sandboxEntries(), before);
}

void tst_KioskMode::aWrongPinKeepsTheKioskAndTheRightPinQuits()
{
    Kiosk kiosk = startKiosk(m_settings);
    QWidget* window = kiosk.app->signInContainer();
    QSignalSpy approved(&kiosk.mode->guard(), &KioskGuard::exitApproved);
    const auto enterPin = [&kiosk](const QString& pin) {
        KioskExitDialog* dialog = kiosk.mode->guard().exitDialog();
        if (!dialog)
            return;
        QTest::keyClicks(dialog->pinEdit(), pin);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    };

    // Without the combination nothing asks for the PIN.
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(!kiosk.mode->guard().exitDialog());
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QVERIFY(kiosk.mode->guard().exitDialog());
    saveScreen(kiosk.mode->guard().exitDialog(), u"kiosk-exit.png"_s);

    // A wrong PIN: the event loop keeps running until the test itself ends it.
    QString wrongText;
    QTimer::singleShot(0, this, [&] { enterPin(u"1357"_s); });
    QTimer::singleShot(1500, this, [&] {
        if (KioskExitDialog* dialog = kiosk.mode->guard().exitDialog())
            wrongText = dialog->errorText();
        QCoreApplication::exit(42);
    });
    QCOMPARE(QApplication::exec(), 42);
    QCOMPARE(approved.count(), 0);
    QCOMPARE(wrongText, u"Wrong PIN."_s);
    QVERIFY(window->isVisible());

    // The right PIN quits the application's event loop with 0.
    QTimer::singleShot(0, this, [&] { enterPin(u"2468"_s); });
    QTimer::singleShot(10000, this, [] { QCoreApplication::exit(42); });
    QCOMPARE(QApplication::exec(), 0);
    QCOMPARE(approved.count(), 1);
}

void tst_KioskMode::aCrashedSessionsCacheIsSweptAtStart()
{
    const QStringList before = sandboxEntries();
    // What a kiosk that crashed leaves: its session folder, named after its (now gone) process,
    // with the database and its -wal and -shm files.
    QProcess gone;
    gone.start(u"true"_s, QStringList());
    QVERIFY(gone.waitForStarted(10000));
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished(10000));
    const QString tmp = m_sandbox.filePath(u"tmp"_s);
    const QString crashed = QDir(tmp).filePath(u"kabinet-session-%1-x7Yq2Z"_s.arg(pid));
    const QString folder = crashed + u"/lk.example.ru/demo"_s;
    QVERIFY(QDir().mkpath(folder));
    for (const QString& name : {u"cache.db"_s, u"cache.db-wal"_s, u"cache.db-shm"_s}) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("left by a crash");
    }
    // One of a kiosk still running (this process): not to be touched.
    const QString running =
        QDir(tmp).filePath(u"kabinet-session-%1-Alive1"_s.arg(QCoreApplication::applicationPid()));
    QVERIFY(QDir().mkpath(running));
    // Another program's folder that looks alike: not Kabinet's to remove.
    const QString foreign = QDir(tmp).filePath(u"kabinet-session-notes"_s);
    QVERIFY(QDir().mkpath(foreign));

    Kiosk kiosk = startKiosk(m_settings);
    QVERIFY(kiosk.app->signInContainer()->isVisible());
    QVERIFY(!QFileInfo::exists(crashed));
    QVERIFY(QFileInfo::exists(running));
    QVERIFY(QFileInfo::exists(foreign));
    QVERIFY(QDir(running).removeRecursively());
    QVERIFY(QDir(foreign).removeRecursively());
    QCOMPARE(sandboxEntries(), before);
}

void tst_KioskMode::theIdleSignOutEndsTheServersSession()
{
    KioskSettings settings = m_settings;
    settings.idleTimeout = 1500ms;
    settings.countdown = 1000ms;
    const QStringList before = sandboxEntries();
    BearerWatcher bearer;
    Kiosk kiosk = startKiosk(settings);
    QSignalSpy signInShown(kiosk.app.get(), &DesktopApp::signInShown);
    signIn(*kiosk.app);
    QVERIFY(waitForSyncedCabinet(*kiosk.app));
    const QString token = bearer.lastToken();
    QVERIFY(!token.isEmpty());
    // The session's token works while the cabinet is open (so the check below can fail)...
    QCOMPARE(m_portal.get(u"/api/v1/accounts"_s, PortalClient::bearer(token)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(signInShown.count(), 1, 15000);
    QVERIFY(!kiosk.app->mainWindow());
    // ...and not once nobody touched the screen: the server revoked the session.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_portal.get(u"/api/v1/accounts"_s, PortalClient::bearer(token)).status, 401, 10000);
    QCOMPARE(sandboxEntries(), before);
}

void tst_KioskMode::theAdministratorsExitEndsTheServersSession()
{
    const QStringList before = sandboxEntries();
    BearerWatcher bearer;
    Kiosk kiosk = startKiosk(m_settings);
    signIn(*kiosk.app);
    QVERIFY(waitForSyncedCabinet(*kiosk.app));
    const QString token = bearer.lastToken();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_portal.get(u"/api/v1/accounts"_s, PortalClient::bearer(token)).status, 200);

    MainWindow* window = kiosk.app->mainWindow();
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    KioskExitDialog* dialog = kiosk.mode->guard().exitDialog();
    QVERIFY(dialog);
    QTimer::singleShot(0, this, [dialog] {
        QTest::keyClicks(dialog->pinEdit(), u"2468"_s);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    QTimer::singleShot(20000, this, [] { QCoreApplication::exit(42); });
    QCOMPARE(QApplication::exec(), 0);
    // The application quit only after the server revoked the session: at once, no waiting.
    QCOMPARE(m_portal.get(u"/api/v1/accounts"_s, PortalClient::bearer(token)).status, 401);
    QVERIFY(!kiosk.app->mainWindow());
    QVERIFY(!kiosk.app->sessionCache());
    QCOMPARE(sandboxEntries(), before);
}

void tst_KioskMode::theAdministratorsExitDuringASignInEndsItsSession()
{
    const QStringList before = sandboxEntries();
    BearerWatcher bearer;
    Kiosk kiosk = startKiosk(m_settings);
    QSignalSpy cabinetOpened(kiosk.app.get(), &DesktopApp::cabinetOpened);
    SessionManager* session = kiosk.app->sessionManager();
    QSignalSpy loginFinished(session, &SessionManager::loginFinished);
    QSignalSpy loggedOut(session, &SessionManager::loggedOut);
    signIn(*kiosk.app);
    // The administrator's PIN is accepted while the server has not answered the sign-in yet.
    QVERIFY(session->isBusy());
    QCOMPARE(loginFinished.count(), 0);
    QTimer::singleShot(0, this, [&kiosk] { emit kiosk.mode->guard().exitApproved(); });
    QTimer::singleShot(20000, this, [] { QCoreApplication::exit(42); });
    QCOMPARE(QApplication::exec(), 0);

    // The server let the visitor in; the session it made was ended before the application quit,
    // and no cabinet was shown on the way out.
    QCOMPARE(loginFinished.count(), 1);
    QCOMPARE(loginFinished.constFirst().constFirst().value<LoginOutcome>().status(),
             LoginOutcome::Status::SignedIn);
    QCOMPARE(loggedOut.count(), 1);
    QCOMPARE(loggedOut.constFirst().constFirst().toBool(), true);
    const QString token = bearer.lastToken();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_portal.get(u"/api/v1/accounts"_s, PortalClient::bearer(token)).status, 401);
    QCOMPARE(cabinetOpened.count(), 0);
    QVERIFY(!kiosk.app->mainWindow());
    QCOMPARE(sandboxEntries(), before);
}

void tst_KioskMode::theVirtualKeyboardOnlyWhereInstalled()
{
    const QByteArray before = qgetenv("QT_IM_MODULE");
    qunsetenv("QT_IM_MODULE");
    const bool installedHere = KioskMode::virtualKeyboardInstalled();
    KioskMode::prepareEnvironment();
    QCOMPARE(qgetenv("QT_IM_MODULE"), installedHere ? "qtvirtualkeyboard"_ba : QByteArray());

    // A plugin folder with the plugin in it.
    const QString plugins = m_sandbox.filePath(u"plugins"_s);
    QVERIFY(QDir(plugins).mkpath(u"platforminputcontexts"_s));
    QFile plugin(plugins + u"/platforminputcontexts/libqtvirtualkeyboardplugin.so"_s);
    QVERIFY(plugin.open(QIODevice::WriteOnly));
    plugin.close();
    QCoreApplication::addLibraryPath(plugins);
    QVERIFY(KioskMode::virtualKeyboardInstalled());
    qunsetenv("QT_IM_MODULE");
    KioskMode::prepareEnvironment();
    QCOMPARE(qgetenv("QT_IM_MODULE"), "qtvirtualkeyboard"_ba);
    // An input method the environment chose stays.
    qputenv("QT_IM_MODULE", "ibus");
    KioskMode::prepareEnvironment();
    QCOMPARE(qgetenv("QT_IM_MODULE"), "ibus"_ba);
    QCoreApplication::removeLibraryPath(plugins);
    if (before.isEmpty())
        qunsetenv("QT_IM_MODULE");
    else
        qputenv("QT_IM_MODULE", before);
}

void tst_KioskMode::theKeychainWasNeverAsked()
{
    // Everything above: sign-ins, sessions, sign-outs, the idle sign-out.
    QCOMPARE(takeBusConnections(), 0);
    // And the socket does see a keychain call.
    Keychain keychain;
    keychain.setTimeout(2s);
    const Keychain::ReadResult read = keychain.readBlocking(u"cache-key:probe"_s);
    QVERIFY(!read.ok());
    QTRY_VERIFY_WITH_TIMEOUT(takeBusConnections() > 0, 5000);
}

QTEST_MAIN(tst_KioskMode)
#include "tst_kioskmode.moc"
