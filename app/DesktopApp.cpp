#include "DesktopApp.h"

#include "CabinetSession.h"
#include "cache/CacheLocation.h"
#include "cache/EphemeralCache.h"
#include "login/LoginPage.h"
#include "login/PreviousPasswordDialog.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "net/ApiTransport.h"
#include "net/TlsTrust.h"
#include "session/SessionManager.h"
#include "settings/SettingsDialog.h"
#include "widgets/FormScrollArea.h"
#include "widgets/WrappedTextFit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDesktop, "kabinet.app")

DesktopApp::DesktopApp(QObject* parent)
    : QObject(parent)
{
    connect(&m_settingsTrust, &QFutureWatcherBase::finished, this,
            &DesktopApp::onSettingsTrustLoaded);
}

DesktopApp::~DesktopApp()
{
    // The cabinet's threads read and write the cache; they stop before the session goes.
    m_cabinet.reset();
    m_main.reset();
    m_sessionCache.reset();
    m_unlocker.reset();
    m_signInWindow.reset();
}

bool DesktopApp::start(const Options& options)
{
    m_options = options;
    if (m_options.kiosk) {
        m_options.useKeychain = false;
        m_options.rememberSettings = false;
        if (m_options.sessionCacheParent.isEmpty())
            m_options.sessionCacheParent = QDir::tempPath();
        // What a crashed kiosk session left: unreadable (its key died with it), but not to stay.
        EphemeralCache::sweepStale(m_options.sessionCacheParent);
    }
    if (m_options.cacheRoot.isEmpty())
        m_options.cacheRoot = CacheLocation::defaultRoot();
    const bool given = !m_options.server.isEmpty();
    if (!given) {
        m_options.server = m_settings.server();
        m_options.caFile = m_settings.caFile();
        m_options.pin = m_settings.pin();
    } else if (m_options.pin.isEmpty() && m_options.server == m_settings.server()) {
        // The pin was set in the settings for this server; another server has a key of its own.
        m_options.pin = m_settings.pin();
    }
    // A remembered user's key is asked for first: the keychain works on a thread of its own
    // (KeychainThread) while this one loads the server's certificates and builds the window.
    // The sign-in screens are not built for such a start (ensureSignIn() builds them if needed).
    const QString remembered =
        m_options.useKeychain && hasServer() && ApiTransport::isUsableBaseUrl(m_options.server)
        ? m_settings.rememberedLogin()
        : QString();
    if (!remembered.isEmpty())
        openRemembered(remembered);
    const std::optional<TlsTrust> trust = prepareTrust();
    if (!trust) {
        m_unlocker.reset();
        return false;
    }
    if (m_options.rememberSettings && given) {
        // Absolute: the next start may come from another folder.
        m_settings.setServer(m_options.server,
                             m_options.caFile.isEmpty()
                                 ? QString()
                                 : QFileInfo(m_options.caFile).absoluteFilePath());
        m_settings.setPin(m_options.pin);
    }
    createConnection(*trust);
    if (remembered.isEmpty())
        showSignIn(QString());
    else
        createMainWindow();
    return true;
}

std::optional<TlsTrust> DesktopApp::prepareTrust()
{
    return usableTrust(TlsTrust::load(m_options.caFile, m_options.pin));
}

std::optional<TlsTrust> DesktopApp::usableTrust(const TlsTrust::LoadResult& loaded)
{
    if (m_options.server.isEmpty())
        return TlsTrust();
    if (!ApiTransport::isUsableBaseUrl(m_options.server)) {
        m_errorText = tr("The server must be an https:// address: %1")
                          .arg(m_options.server.toDisplayString());
        return std::nullopt;
    }
    if (!loaded.ok()) {
        m_errorText = loaded.message;
        return std::nullopt;
    }
    return *loaded.trust;
}

void DesktopApp::createConnection(const TlsTrust& trust)
{
    // With no server every request fails at once (ApiTransport): the screens still show.
    m_transport = std::make_unique<ApiTransport>(m_options.server, trust);
    m_session = std::make_unique<SessionManager>(*m_transport);
    m_session->setKeychainEnabled(m_options.useKeychain);
    connect(m_session.get(), &SessionManager::sessionEnded, this, [this] {
        forgetRemembered();
        closeCabinet();
    });
    connect(m_session.get(), &SessionManager::resumeFinished, this, &DesktopApp::onResumed);
}

void DesktopApp::ensureSignIn()
{
    if (!m_signInWindow)
        createSignIn();
}

QWidget* DesktopApp::signInContainer() const
{
    // Built on demand even here: callers expect the screens to exist at any time.
    const_cast<DesktopApp*>(this)->ensureSignIn();
    return m_signInWindow.get();
}

SignInFlow* DesktopApp::signInWindow() const
{
    const_cast<DesktopApp*>(this)->ensureSignIn();
    return m_signIn;
}

QLabel* DesktopApp::noticeLabel() const
{
    const_cast<DesktopApp*>(this)->ensureSignIn();
    return m_notice;
}

void DesktopApp::createSignIn()
{
    m_signInWindow = std::make_unique<QWidget>();
    m_signInWindow->setObjectName(QStringLiteral("signInWindow"));
    m_signInWindow->setWindowTitle(tr("Kabinet — sign in"));
    auto* layout = new QVBoxLayout(m_signInWindow.get());
    m_notice = new QLabel(m_signInWindow.get());
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_signIn = new SignInFlow(*m_session);
    // The registration form is long: on a small screen, or at 200 %, it scrolls rather than
    // squeezing its rules and the captcha.
    auto* scroll = new FormScrollArea(m_signIn, m_signInWindow.get());
    layout->addWidget(scroll, 1);
    // The notice above it wraps: the window keeps it whole however narrow.
    WrappedTextFit::install(m_signInWindow.get());
    if (m_options.kiosk) {
        // Full screen, the form keeps a readable width in the middle; the kiosk's settings are
        // the administrator's file, not a dialog.
        m_signIn->setMaximumWidth(m_signIn->fontMetrics().averageCharWidth() * 70);
        scroll->setAlignment(Qt::AlignHCenter);
    } else {
        auto* settings = new QPushButton(tr("Settings…"), m_signInWindow.get());
        settings->setObjectName(QStringLiteral("settings"));
        settings->setAutoDefault(false);
        connect(settings, &QPushButton::clicked, this, &DesktopApp::openSettings);
        layout->addWidget(settings, 0, Qt::AlignRight);
        // A longer page (registration) widens and heightens the window as far as the screen
        // allows, rather than opening scrolled both ways; it never shrinks under the user.
        connect(m_signIn, &QStackedWidget::currentChanged, this, [this, scroll] {
            QWidget* window = m_signInWindow.get();
            if (!window->isVisible() || !window->screen())
                return;
            scroll->updateGeometry(); // the window's layout asks for the new page's size
            const QSize room = window->screen()->availableGeometry().size() * 9 / 10;
            window->resize(window->size().expandedTo(window->sizeHint().boundedTo(room)));
        });
    }
    if (!hasServer()) {
        m_notice->setText(
            tr("No operator's server is configured, so you cannot sign in yet. Enter the address "
               "your operator gave you in «Settings…», or start Kabinet once with it: kabinet "
               "--server https://… (and --ca FILE when the operator uses a certificate of its "
               "own); it is remembered."));
        m_notice->show();
        m_signIn->setEnabled(false);
    }

    m_signIn->loginPage()->setRememberOffered(!m_options.kiosk);
    m_signIn->setOfflineUnlockCheck([this](const QString& login) {
        // A kiosk keeps no cache beyond its session.
        return !m_options.kiosk
            && QFile::exists(CacheLocation::forUser(m_options.server, login, m_options.cacheRoot)
                                 .databasePath());
    });
    connect(m_signIn, &SignInFlow::signedIn, this,
            [this](const QString& login, const QString& password, bool remembered) {
                if (m_exiting) {
                    // Signed in just as the application quits: the server's session ends too.
                    m_session->logOut();
                    return;
                }
                if (m_options.rememberSettings) {
                    if (remembered)
                        m_settings.setRememberedLogin(login);
                    else
                        m_settings.forgetRememberedLogin();
                }
                openCabinet(login, password, false);
            });
    connect(m_signIn, &SignInFlow::offlineUnlockRequested, this,
            [this](const QString& login, const QString& password) {
                openCabinet(login, password, true);
            });
}

void DesktopApp::showSignIn(const QString& login)
{
    ensureSignIn();
    m_signIn->showLogin(login);
    showWindow(m_signInWindow.get());
    emit signInShown();
}

void DesktopApp::showWindow(QWidget* window)
{
    if (m_options.kiosk)
        window->showFullScreen();
    else
        window->show();
}

void DesktopApp::openRemembered(const QString& login)
{
    // The window waits for the keychain (at most its timeout) rather than flashing the form.
    m_login = login;
    m_offline = true;
    m_fromKeychain = true;
    m_unlocker = std::make_unique<CacheUnlocker>(
        CacheLocation::forUser(m_options.server, login, m_options.cacheRoot), &m_keychain);
    connect(m_unlocker.get(), &CacheUnlocker::finished, this, &DesktopApp::onCacheOpened);
    m_unlocker->unlockWithKeychain();
}

void DesktopApp::createMainWindow()
{
    m_main = std::make_unique<MainWindow>();
    m_main->setLogin(m_login);
    connect(m_main.get(), &MainWindow::signOutRequested, this, &DesktopApp::signOut);
    connect(m_main.get(), &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    m_main->setSettingsAvailable(!m_options.kiosk);
    if (m_options.kiosk) {
        // Full screen, the screen sets the window's size: a minimum from the layout wider than a
        // small kiosk screen (the touch-size header and navigation) would resize the window and
        // end its full-screen state. Sections too large for it scroll.
        m_main->layout()->setSizeConstraint(QLayout::SetNoConstraint);
    }
}

void DesktopApp::openCabinet(const QString& login, const QString& password, bool offline)
{
    if ((m_unlocker && m_unlocker->isBusy()) || m_previousPassword)
        return;
    m_login = login;
    m_offline = offline;
    m_fromKeychain = false;
    m_recovery = Recovery::None;
    // Kept only until the cache has taken it, for a key file still wrapped with an old one.
    m_newPassword = offline ? QString() : password;
    if (m_options.kiosk) {
        openSessionCache();
        return;
    }
    m_unlocker = std::make_unique<CacheUnlocker>(
        CacheLocation::forUser(m_options.server, login, m_options.cacheRoot),
        m_options.useKeychain ? &m_keychain : nullptr);
    connect(m_unlocker.get(), &CacheUnlocker::finished, this, &DesktopApp::onCacheOpened);
    // Online the server has just accepted the password: a first sign-in creates the cache.
    if (offline)
        m_unlocker->unlockWithPassword(password);
    else
        m_unlocker->openWithPassword(password);
}

void DesktopApp::openSessionCache()
{
    m_newPassword.clear();
    m_sessionCache = std::make_unique<EphemeralCache>(m_options.sessionCacheParent);
    CacheUnlocker::Outcome outcome;
    if (m_sessionCache->isValid()) {
        m_sessionCache->prepare(m_options.server, m_login);
        outcome.key = m_sessionCache->key();
        outcome.created = true;
    } else {
        outcome.error = CacheVault::Error::Io;
        m_sessionCache.reset();
    }
    onCacheOpened(outcome);
}

void DesktopApp::onCacheOpened(const CacheUnlocker::Outcome& outcome)
{
    if (!outcome.ok() && recoverChangedPassword(outcome))
        return;
    m_newPassword.clear();
    m_recovery = Recovery::None;
    if (PreviousPasswordDialog* dialog = m_previousPassword.data())
        dialog->accept();
    if (!outcome.ok()) {
        const QString message = CacheVault::errorText(outcome.error);
        qCInfo(lcDesktop) << "cache not opened:" << CacheUnlocker::errorName(outcome.error)
                          << outcome.detail;
        // Built ahead for the remembered user (see start()), never shown.
        if (!m_cabinet)
            m_main.reset();
        emit cabinetRefused(message);
        if (m_fromKeychain) {
            // No key in the keychain (or no keychain): the password opens the cache instead.
            showSignIn(m_login);
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Kabinet"),
                                    tr("The saved data cannot be opened: %1").arg(message),
                                    QMessageBox::Ok, signInContainer());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (!m_main)
        createMainWindow();
    m_cabinet = std::make_unique<CabinetSession>(
        *m_session,
        CabinetSession::User {m_options.server, m_login,
                              m_sessionCache ? m_sessionCache->root() : m_options.cacheRoot,
                              !m_options.kiosk},
        *outcome.key, m_options.useKeychain ? &m_keychain : nullptr, *m_main);
    m_cabinet->setSyncInterval(m_settings.syncInterval());
    connect(m_cabinet.get(), &CabinetSession::reconnectRequested, this, &DesktopApp::reconnect);
    connect(m_cabinet.get(), &CabinetSession::userDeleted, this, [this] {
        forgetRemembered();
        m_login.clear();
        closeCabinet();
    });
    using Connection = CabinetSession::Connection;
    m_cabinet->start(!m_offline           ? Connection::Online
                         : m_fromKeychain ? Connection::Connecting
                                          : Connection::Offline);
    showWindow(m_main.get());
    if (m_signInWindow)
        m_signInWindow->hide();
    emit cabinetOpened(m_offline);
    if (m_fromKeychain)
        m_session->resume(m_login);
}

bool DesktopApp::recoverChangedPassword(const CacheUnlocker::Outcome& outcome)
{
    switch (m_recovery) {
    case Recovery::None:
        // Online, the server has just accepted this password; the key file wants another one.
        if (m_offline || m_fromKeychain || m_newPassword.isEmpty()
            || outcome.error != CacheVault::Error::WrongPassword)
            return false;
        qCInfo(lcDesktop) << "the password was changed since the cache was saved";
        if (m_options.useKeychain && m_unlocker->rewrapRememberedKey(m_newPassword)) {
            m_recovery = Recovery::RememberedKey;
            return true;
        }
        askPreviousPassword();
        return true;
    case Recovery::RememberedKey:
        qCInfo(lcDesktop) << "the keychain has no key for the cache either:"
                          << CacheUnlocker::errorName(outcome.error) << outcome.detail;
        askPreviousPassword();
        return true;
    case Recovery::PreviousPassword: {
        PreviousPasswordDialog* dialog = m_previousPassword.data();
        if (!dialog)
            return false;
        qCInfo(lcDesktop) << "the previous password did not help:"
                          << CacheUnlocker::errorName(outcome.error) << outcome.detail;
        dialog->setBusy(false);
        if (outcome.error == CacheVault::Error::WrongPassword)
            dialog->showWrongPassword();
        else
            dialog->showError(CacheVault::errorText(outcome.error));
        return true;
    }
    }
    return false;
}

void DesktopApp::askPreviousPassword()
{
    m_recovery = Recovery::PreviousPassword;
    auto* dialog = new PreviousPasswordDialog(m_login, signInContainer());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_previousPassword = dialog;
    connect(dialog, &PreviousPasswordDialog::previousPasswordEntered, this,
            [this, dialog](const QString& previousPassword) {
                if (m_unlocker->rewrap(previousPassword, m_newPassword))
                    dialog->setBusy(true);
            });
    connect(dialog, &PreviousPasswordDialog::discardConfirmed, this, [this, dialog] {
        if (m_unlocker->recreate(m_newPassword))
            dialog->setBusy(true);
    });
    connect(dialog, &QDialog::rejected, this, &DesktopApp::cancelPreviousPassword);
    dialog->open();
    emit previousPasswordAsked();
}

void DesktopApp::cancelPreviousPassword()
{
    // Nothing of the cache changed; signing in again asks again.
    m_recovery = Recovery::None;
    m_newPassword.clear();
    forgetRemembered();
    if (m_session->hasSession())
        m_session->logOut();
    showSignIn(m_login);
}

void DesktopApp::onResumed(const LoginOutcome& outcome)
{
    qCInfo(lcDesktop) << "remembered session:" << LoginOutcome::statusName(outcome.status());
    emit resumeFinished(outcome);
    if (!m_cabinet)
        return;
    if (outcome.isSignedIn()) {
        m_offline = false;
        m_cabinet->goOnline();
    } else if (!outcome.allowsOfflineUnlock()) {
        // Expired, revoked or not remembered after all: the password is needed.
        forgetRemembered();
        closeCabinet();
        signInWindow()->loginPage()->showOutcome(outcome);
    } else {
        // The server cannot be reached: the cabinet stays offline, under the banner.
        m_cabinet->stayOffline();
    }
}

void DesktopApp::reconnect()
{
    if (!m_cabinet || m_session->isBusy())
        return;
    if (!m_fromKeychain) {
        // Opened with the password alone («Войти без сети»): there is no session to resume and
        // the password is not kept, so signing in again is the way (it said nothing before).
        if (m_offline && !m_options.kiosk)
            askToSignInAgain();
        return;
    }
    if (m_session->hasSession()) {
        // Resumed while the server was out of reach: the next request refreshes the session.
        m_offline = false;
        m_cabinet->goOnline();
    } else {
        m_session->resume(m_login);
    }
}

void DesktopApp::askToSignInAgain()
{
    if (QMessageBox* asked = m_signInAgainQuestion.data()) {
        asked->raise();
        asked->activateWindow();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Kabinet"),
                                tr("The data was opened without the network. To connect to the "
                                   "server, sign in with your password. What waits to be sent "
                                   "stays saved and goes once you are signed in."),
                                QMessageBox::Cancel, m_main.get());
    box->setObjectName(QStringLiteral("signInAgainQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* signIn = box->addButton(tr("Sign in"), QMessageBox::AcceptRole);
    box->setDefaultButton(signIn);
    // The sign-in form comes with the login filled in; the cabinet opens again from there.
    connect(signIn, &QPushButton::clicked, this, &DesktopApp::closeCabinet);
    m_signInAgainQuestion = box;
    box->open();
}

void DesktopApp::signOut()
{
    forgetRemembered();
    if (m_session->hasSession())
        m_session->logOut();
    closeCabinet();
}

void DesktopApp::signOutBeforeExit()
{
    m_exiting = true;
    if (m_main)
        signOut();
}

void DesktopApp::forgetRemembered()
{
    if (m_options.rememberSettings)
        m_settings.forgetRememberedLogin();
}

void DesktopApp::closeCabinet()
{
    if (!m_main)
        return;
    m_cabinet.reset();
    m_main->hide();
    // Not now: this may run inside one of the window's own signals.
    m_main.release()->deleteLater();
    m_fromKeychain = false;
    if (m_options.kiosk) {
        endKioskSession();
        return;
    }
    showSignIn(m_login);
    if (m_serverChanged) {
        // Not now: this may run inside one of the session's own signals.
        QMetaObject::invokeMethod(this, &DesktopApp::reconnectToSettingsServer,
                                  Qt::QueuedConnection);
    }
}

void DesktopApp::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    SettingsDialog::Values values;
    values.server = m_settings.server();
    values.caFile = m_settings.caFile();
    values.pin = m_settings.pin();
    values.syncInterval = m_settings.syncInterval();
    values.language = m_settings.language();
    values.notificationsEnabled = m_settings.notificationsEnabled();
    QWidget* parent =
        m_main && m_main->isVisible() ? static_cast<QWidget*>(m_main.get()) : signInContainer();
    auto* dialog = new SettingsDialog(values, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, values] {
        const SettingsDialog::Values chosen = dialog->values();
        m_settings.setServer(chosen.server,
                             chosen.caFile.isEmpty() ? QString()
                                                     : QFileInfo(chosen.caFile).absoluteFilePath());
        m_settings.setPin(chosen.pin);
        m_settings.setSyncInterval(chosen.syncInterval);
        m_settings.setLanguage(chosen.language);
        m_settings.setNotificationsEnabled(chosen.notificationsEnabled);
        applySettings(values.server, values.caFile, values.pin);
    });
    dialog->open();
}

void DesktopApp::applySettings(const QUrl& formerServer, const QString& formerCaFile,
                               const QString& formerPin)
{
    if (m_cabinet)
        m_cabinet->setSyncInterval(m_settings.syncInterval());
    const bool changed = m_settings.server() != formerServer || m_settings.caFile() != formerCaFile
        || m_settings.pin() != formerPin;
    if (!changed)
        return;
    // A remembered session is the former server's: the next start asks for the password.
    if (m_settings.server() != formerServer)
        forgetRemembered();
    // The open cabinet keeps its server (its cache and session are that server's) until it
    // closes; the sign-in screens take the new one at once. Queued: the dialog is a child of the
    // sign-in window, which is replaced.
    if (m_main)
        m_serverChanged = true;
    else
        QMetaObject::invokeMethod(this, &DesktopApp::reconnectToSettingsServer,
                                  Qt::QueuedConnection);
}

void DesktopApp::reconnectToSettingsServer()
{
    if (m_main || (m_unlocker && m_unlocker->isBusy())) {
        m_serverChanged = true; // a cabinet is opening: when it closes
        return;
    }
    m_serverChanged = false;
    if (m_settingsTrust.isRunning())
        return; // its end reads the settings again
    // Read on a pool thread: the CA file may be on a share that does not answer.
    m_settingsTrustCaFile = m_settings.caFile();
    m_settingsTrustPin = m_settings.pin();
    m_settingsTrust.setFuture(
        TlsTrust::loadInBackground(m_settingsTrustCaFile, m_settingsTrustPin));
}

void DesktopApp::onSettingsTrustLoaded()
{
    if (m_main || (m_unlocker && m_unlocker->isBusy())) {
        m_serverChanged = true; // signed in meanwhile, on the screens there were
        return;
    }
    if (m_settings.caFile() != m_settingsTrustCaFile || m_settings.pin() != m_settingsTrustPin) {
        reconnectToSettingsServer(); // changed again meanwhile
        return;
    }
    m_options.server = m_settings.server();
    m_options.caFile = m_settingsTrustCaFile;
    m_options.pin = m_settingsTrustPin;
    std::optional<TlsTrust> trust = usableTrust(m_settingsTrust.result());
    QString problem;
    if (!trust) {
        // The dialog checked them; a CA file deleted since is still possible.
        problem = m_errorText;
        m_options.server = QUrl();
        trust = TlsTrust();
    }
    qCInfo(lcDesktop) << "connecting to the server of the settings" << m_options.server;
    m_signInWindow.reset();
    m_unlocker.reset();
    m_session.reset();
    m_transport.reset();
    createConnection(*trust);
    createSignIn();
    if (!problem.isEmpty()) {
        m_notice->setText(problem);
        m_notice->show();
    }
    showSignIn(m_login);
}

void DesktopApp::bringForward()
{
    QWidget* window = m_main ? static_cast<QWidget*>(m_main.get()) : m_signInWindow.get();
    if (!window)
        return;
    qCInfo(lcDesktop) << "brought forward by a second start";
    if (window->isMinimized())
        window->showNormal();
    window->show();
    window->raise();
    window->activateWindow();
}

bool DesktopApp::resetSignIn()
{
    if (!m_options.kiosk || m_main || m_session->isBusy() || (m_unlocker && m_unlocker->isBusy()))
        return false;
    endKioskSession();
    return true;
}

bool DesktopApp::isSignInPristine() const
{
    const SignInFlow* flow = signInWindow();
    const LoginPage* page = flow->loginPage();
    return flow->currentWidget() == page && !page->hasInput() && page->message().isEmpty();
}

void DesktopApp::endKioskSession()
{
    // The cabinet's threads have closed the database: the key and the files can go.
    if (m_sessionCache) {
        QString detail;
        if (!m_sessionCache->erase(&detail))
            qCWarning(lcDesktop).noquote() << "the session's cache stays:" << detail;
        m_sessionCache.reset();
    }
    m_login.clear();
    // New sign-in screens: nothing typed, answered or shown to the previous user remains.
    m_signIn = nullptr;
    m_notice = nullptr;
    m_signInWindow.reset();
    createSignIn();
    showSignIn(QString());
}
