#include "AppSettings.h"
#include "AppTranslator.h"
#include "CabinetSession.h"
#include "DesktopApp.h"
#include "PortalProcess.h"
#include "ThreadPoolBlocker.h"
#include "cache/SqlCipherDriver.h"
#include "io/FileIoPool.h"
#include "login/LoginPage.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "net/CaCertificateFile.h"
#include "net/PublicKeyPin.h"
#include "session/SessionManager.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using std::chrono::minutes;

// «Настройки…» as a user meets it: reached from the sign-in screen and from the main window's
// header, refusing a server that is not https (or a CA file or pin that cannot be used) with a
// message under the field, storing what it accepted in QSettings (a file of this test's own), and
// applying it: the server to the sign-in screens at once or after the open cabinet closes, the
// interval to the running sync engine. The settings file never holds the password or a token.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aServerThatIsNotHttpsIsRefusedWithItsMessage();
    void aCaFileOrPinThatCannotBeUsedIsRefused();
    void theCaFileIsReadOffTheGuiThread();
    void aCheckThatEndsAfterCancelAcceptsNothing();
    void acceptedSettingsAreStoredAndTheServerIsUsed();
    void everyInputHasALabelAndAnAccessibleName();
    void theCabinetTakesTheIntervalAndTheServerAfterSignOut();
    void renderTheDialog();

private:
    SettingsDialog* openFromSignIn(DesktopApp& app);
    static QLabel* messageUnder(SettingsDialog* dialog, const char* fieldName);
    static QString settingsText();
    static void clickOk(SettingsDialog* dialog);
    static QPushButton* okButton(SettingsDialog* dialog);
    // Signs in as demo on the sign-in screens (without opening the cabinet's cache).
    static LoginOutcome::Status signInOutcome(DesktopApp& app);

    QTemporaryDir m_settingsDir;
    PortalProcess m_portal;
};

void tst_SettingsDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    SqlCipherDriver::registerDriver();
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
}

void tst_SettingsDialog::init()
{
    QSettings().clear();
}

SettingsDialog* tst_SettingsDialog::openFromSignIn(DesktopApp& app)
{
    auto* button = app.signInContainer()->findChild<QPushButton*>(u"settings"_s);
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return app.settingsDialog();
}

QLabel* tst_SettingsDialog::messageUnder(SettingsDialog* dialog, const char* fieldName)
{
    // FormMessage::column puts the field and its message in one widget.
    QWidget* field = dialog->findChild<QWidget*>(QString::fromLatin1(fieldName));
    QWidget* column = field->parentWidget();
    if (field->objectName() == u"caFile"_s)
        column = column->parentWidget();
    return column->findChild<QLabel*>(u"fieldMessage"_s, Qt::FindDirectChildrenOnly);
}

QString tst_SettingsDialog::settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void tst_SettingsDialog::clickOk(SettingsDialog* dialog)
{
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
}

QPushButton* tst_SettingsDialog::okButton(SettingsDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>(u"buttons"_s)->button(QDialogButtonBox::Ok);
}

LoginOutcome::Status tst_SettingsDialog::signInOutcome(DesktopApp& app)
{
    QSignalSpy finished(app.sessionManager(), &SessionManager::loginFinished);
    LoginPage* page = app.signInWindow()->loginPage();
    page->setLogin(u"demo"_s);
    page->findChild<QLineEdit*>(u"password"_s)->setText(u"kapremont"_s);
    page->signIn();
    if (!finished.wait(20000))
        return LoginOutcome::Status::Cancelled;
    const auto status = finished.constFirst().constFirst().value<LoginOutcome>().status();
    if (status == LoginOutcome::Status::SignedIn) {
        // The cabinet opens; «Выход» returns to the sign-in screens.
        if (!QTest::qWaitFor([&app] { return app.mainWindow() && app.cabinet(); }, 20000))
            return LoginOutcome::Status::Cancelled;
        QTest::mouseClick(app.mainWindow()->findChild<QToolButton*>(u"signOut"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&app] { return !app.mainWindow(); }, 5000))
            return LoginOutcome::Status::Cancelled;
    }
    return status;
}

void tst_SettingsDialog::aServerThatIsNotHttpsIsRefusedWithItsMessage()
{
    DesktopApp app;
    DesktopApp::Options options;
    options.useKeychain = false;
    QVERIFY2(app.start(options), qPrintable(app.errorText()));
    QVERIFY(!app.hasServer());
    SettingsDialog* dialog = openFromSignIn(app);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    auto* server = dialog->findChild<QLineEdit*>(u"server"_s);
    for (const QString& typed : {u"http://lk.example.ru"_s, u"lk.example.ru"_s, u"https://"_s}) {
        server->clear();
        QTest::keyClicks(server, typed);
        clickOk(dialog);
        QVERIFY2(dialog->isVisible(), qPrintable(typed));
        QLabel* message = messageUnder(dialog, "server");
        QVERIFY2(message->isVisible(), qPrintable(typed));
        QVERIFY2(message->text().contains(u"must start with https://"_s),
                 qPrintable(message->text()));
        QCOMPARE(dialog->focusWidget(), server);
    }
    // Typing again clears the message; nothing was stored.
    QTest::keyClick(server, Qt::Key_Backspace);
    QVERIFY(!messageUnder(dialog, "server")->isVisible());
    QVERIFY(!settingsText().contains(u"lk.example.ru"_s));
    QVERIFY(AppSettings().server().isEmpty());
    dialog->reject();
}

void tst_SettingsDialog::aCaFileOrPinThatCannotBeUsedIsRefused()
{
    QTemporaryDir scratch;
    QFile notPem(scratch.filePath(u"key.pem"_s));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    notPem.close();

    SettingsDialog dialog({});
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"server"_s), u"https://lk.example.ru"_s);
    auto* caFile = dialog.findChild<QLineEdit*>(u"caFile"_s);
    QTest::keyClicks(caFile, notPem.fileName());
    auto* pin = dialog.findChild<QLineEdit*>(u"pin"_s);
    QTest::keyClicks(pin, u"sha1/AAAA"_s);
    clickOk(&dialog);
    QTRY_VERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!messageUnder(&dialog, "server")->isVisible());
    QCOMPARE(
        messageUnder(&dialog, "caFile")->text(),
        CaCertificateFile::errorText(CaCertificateFile::Error::NoCertificate, notPem.fileName()));
    QCOMPARE(messageUnder(&dialog, "pin")->text(),
             PublicKeyPin::errorText(PublicKeyPin::ParseError::UnsupportedAlgorithm));

    // A real PEM certificate and a real pin are taken; the pin in its canonical form.
    caFile->clear();
    QTest::keyClicks(caFile, m_portal.caPath());
    pin->clear();
    const QByteArray digest(PublicKeyPin::digestSize, '\x2a');
    QTest::keyClicks(pin, QString::fromLatin1(digest.toBase64()));
    clickOk(&dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.values().caFile, m_portal.caPath());
    QCOMPARE(dialog.values().pin, u"sha256/"_s + QString::fromLatin1(digest.toBase64()));
}

void tst_SettingsDialog::theCaFileIsReadOffTheGuiThread()
{
    SettingsDialog dialog({});
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"server"_s), u"https://lk.example.ru"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"caFile"_s), m_portal.caPath());
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    // With the pool busy, as with a share that does not answer: «OK» returns at once and waits,
    // disabled, instead of reading the file here.
    ThreadPoolBlocker busy(FileIoPool::instance());
    QVERIFY(busy.block());
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.cursor().shape(), Qt::BusyCursor);
    QTest::qWait(50);
    QCOMPARE(accepted.count(), 0);

    busy.release();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.cursor().shape(), Qt::ArrowCursor);
    QCOMPARE(dialog.values().caFile, m_portal.caPath());
}

void tst_SettingsDialog::aCheckThatEndsAfterCancelAcceptsNothing()
{
    for (const bool edited : {false, true}) {
        SettingsDialog dialog({});
        dialog.show();
        auto* caFile = dialog.findChild<QLineEdit*>(u"caFile"_s);
        QTest::keyClicks(caFile, m_portal.caPath());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        ThreadPoolBlocker busy(FileIoPool::instance());
        QVERIFY(busy.block());
        clickOk(&dialog);
        if (edited) {
            // Another file typed while the first is read: its check says nothing of this one.
            QTest::keyClicks(caFile, u".old"_s);
        } else {
            dialog.reject();
        }
        busy.release();
        QTRY_VERIFY2(okButton(&dialog)->isEnabled(), edited ? "edited" : "cancelled");
        QCoreApplication::processEvents();
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.isVisible(), edited);
        QVERIFY(!messageUnder(&dialog, "caFile")->isVisible());
    }
}

void tst_SettingsDialog::acceptedSettingsAreStoredAndTheServerIsUsed()
{
    QTemporaryDir caches;
    DesktopApp app;
    DesktopApp::Options options;
    options.cacheRoot = caches.path();
    options.useKeychain = false;
    QVERIFY2(app.start(options), qPrintable(app.errorText()));
    QVERIFY(!app.signInWindow()->loginPage()->isEnabled());
    SettingsDialog* dialog = openFromSignIn(app);
    QVERIFY(dialog);
    // The defaults: every 15 minutes, the system's language, notifications on.
    QCOMPARE(dialog->values().syncInterval, minutes(15));
    QCOMPARE(dialog->values().language, QString());
    QVERIFY(dialog->values().notificationsEnabled);

    // As if someone had ticked «Запомнить?» with the former (no) server.
    AppSettings().setRememberedLogin(u"someone"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"server"_s), m_portal.baseUrl().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"caFile"_s), m_portal.caPath());
    auto* interval = dialog->findChild<QComboBox*>(u"syncInterval"_s);
    interval->setCurrentIndex(interval->findData(qlonglong(60)));
    auto* language = dialog->findChild<QComboBox*>(u"language"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    QVERIFY(dialog->findChild<QLabel*>(u"languageHint"_s)->text().contains(u"started again"_s));
    dialog->findChild<QCheckBox*>(u"notifications"_s)->setChecked(false);
    clickOk(dialog);
    QTRY_VERIFY(!app.settingsDialog());

    const AppSettings settings;
    QCOMPARE(settings.server(), m_portal.baseUrl());
    QCOMPARE(settings.caFile(), QFileInfo(m_portal.caPath()).absoluteFilePath());
    QCOMPARE(settings.pin(), QString());
    QCOMPARE(settings.syncInterval(), minutes(60));
    QCOMPARE(settings.language(), u"en"_s);
    QVERIFY(!settings.notificationsEnabled());
    // Under the keys the other parts of Kabinet read.
    const QSettings raw;
    QCOMPARE(raw.value(u"notifications/enabled"_s).toBool(), false);
    QCOMPARE(raw.value(u"connection/server"_s).toString(), m_portal.baseUrl().toString());
    // The remembered user was the former server's.
    QCOMPARE(settings.rememberedLogin(), QString());

    // The sign-in screens use the new server at once: the notice is gone and the form works.
    QTRY_VERIFY(app.hasServer());
    QCOMPARE(app.server(), m_portal.baseUrl());
    QVERIFY(app.signInWindow()->loginPage()->isEnabled());
    QVERIFY(!app.noticeLabel()->isVisible());
    QVERIFY(app.signInContainer()->isVisible());

    // The right pin signs in; the pin of another key is taken by the dialog (it is well formed),
    // and the sign-in screens then refuse the portal's certificate.
    QCOMPARE(signInOutcome(app), LoginOutcome::Status::SignedIn);
    for (const bool right : {true, false}) {
        dialog = openFromSignIn(app);
        QVERIFY(dialog);
        QCOMPARE(dialog->values().server, m_portal.baseUrl());
        QCOMPARE(dialog->values().syncInterval, minutes(60));
        const QString pin = right
            ? PublicKeyPin::ofCertificate(
                  QSslCertificate::fromPath(m_portal.dataDir() + u"/tls/server.pem"_s).value(0))
                  ->toString()
            : u"sha256/"_s
                + QString::fromLatin1(QByteArray(PublicKeyPin::digestSize, '\x11').toBase64());
        AppSettings().setRememberedLogin(u"demo"_s);
        auto* pinField = dialog->findChild<QLineEdit*>(u"pin"_s);
        pinField->clear();
        QTest::keyClicks(pinField, pin);
        clickOk(dialog);
        QTRY_VERIFY(!app.settingsDialog());
        QTRY_COMPARE(AppSettings().pin(), pin);
        // Another pin for the same server keeps the remembered user.
        QCOMPARE(AppSettings().rememberedLogin(), u"demo"_s);
        // The sign-in screens are new ones, with the new trust.
        QTest::qWait(50);
        QCOMPARE(signInOutcome(app),
                 right ? LoginOutcome::Status::SignedIn : LoginOutcome::Status::TlsFailure);
    }
}

void tst_SettingsDialog::everyInputHasALabelAndAnAccessibleName()
{
    SettingsDialog dialog({});
    QList<QWidget*> inputs;
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QCheckBox*>(widget)) {
            if (!widget->parentWidget()->inherits("QComboBox")) // a combo's own line edit
                inputs << widget;
        }
    }
    QCOMPARE(inputs.size(), 6);
    QSet<QWidget*> buddies;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    for (QWidget* input : inputs) {
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        // A check box is its own label.
        if (!qobject_cast<QCheckBox*>(input))
            QVERIFY2(buddies.contains(input), qPrintable(input->objectName()));
    }
}

void tst_SettingsDialog::theCabinetTakesTheIntervalAndTheServerAfterSignOut()
{
    QTemporaryDir caches;
    DesktopApp app;
    DesktopApp::Options options(m_portal.baseUrl(), m_portal.caPath());
    options.cacheRoot = caches.path();
    options.useKeychain = false;
    QVERIFY2(app.start(options), qPrintable(app.errorText()));
    LoginPage* page = app.signInWindow()->loginPage();
    page->setLogin(u"demo"_s);
    page->findChild<QLineEdit*>(u"password"_s)->setText(u"kapremont"_s);
    page->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.cabinet(), 20000);
    // Not the default 15 minutes: what the settings say (nothing yet: the default).
    QCOMPARE(app.cabinet()->engine().interval(), std::chrono::seconds(15 * 60));

    QTest::mouseClick(app.mainWindow()->findChild<QToolButton*>(u"settings"_s), Qt::LeftButton);
    SettingsDialog* dialog = app.settingsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->parentWidget(), app.mainWindow());
    auto* interval = dialog->findChild<QComboBox*>(u"syncInterval"_s);
    interval->setCurrentIndex(interval->findData(qlonglong(30)));
    auto* server = dialog->findChild<QLineEdit*>(u"server"_s);
    server->clear();
    QTest::keyClicks(server, u"https://other.example.ru"_s);
    dialog->findChild<QLineEdit*>(u"caFile"_s)->clear();
    clickOk(dialog);
    QTRY_VERIFY(!app.settingsDialog());
    // The interval reaches the running engine at once.
    QCOMPARE(app.cabinet()->engine().interval(), std::chrono::seconds(30 * 60));
    // The open cabinet keeps its server; the next sign-in uses the new one.
    QCOMPARE(app.server(), m_portal.baseUrl());
    // The new server's trust is read on the file pool, not on this thread: with the pool
    // busy the sign-in screens wait for it.
    ThreadPoolBlocker busy(FileIoPool::instance());
    QVERIFY(busy.block());
    QTest::mouseClick(app.mainWindow()->findChild<QToolButton*>(u"signOut"_s), Qt::LeftButton);
    QTRY_VERIFY(!app.mainWindow());
    QTest::qWait(100);
    QCOMPARE(app.server(), m_portal.baseUrl());
    busy.release();
    QTRY_COMPARE(app.server(), QUrl(u"https://other.example.ru"_s));
    QTRY_VERIFY(app.signInContainer() && app.signInContainer()->isVisible());

    // Nothing secret in the settings: not the password, and only keys of known harmless values.
    const QString text = settingsText();
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(u"kapremont"_s));
    QSettings raw;
    const QStringList allowed = {u"connection/server"_s,   u"connection/caFile"_s,
                                 u"connection/pin"_s,      u"signIn/remember"_s,
                                 u"signIn/login"_s,        u"sync/intervalMinutes"_s,
                                 u"ui/language"_s,         u"notifications/enabled"_s,
                                 u"mainWindow/geometry"_s, u"mainWindow/section"_s};
    for (const QString& key : raw.allKeys())
        QVERIFY2(allowed.contains(key), qPrintable(key));
}

void tst_SettingsDialog::renderTheDialog()
{
    // For looking at: build/tests/app/settingsdialog-{en,ru}.png.
    for (const auto language :
         {AppTranslator::Language::English, AppTranslator::Language::Russian}) {
        AppTranslator translator;
        QVERIFY(translator.install(language));
        SettingsDialog::Values values;
        values.server = QUrl(u"https://lk.fondkr.ru"_s);
        values.syncInterval = minutes(60);
        SettingsDialog dialog(values);
        dialog.show();
        auto* server = dialog.findChild<QLineEdit*>(u"server"_s);
        server->setText(u"http://lk.fondkr.ru"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        dialog.adjustSize();
        const QString path =
            QDir::current().filePath(u"settingsdialog-%1.png"_s.arg(AppTranslator::code(language)));
        QVERIFY(dialog.grab().save(path));
        QVERIFY(dialog.width() < 800);
    }
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
