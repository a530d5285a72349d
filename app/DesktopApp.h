#pragma once

#include "AppSettings.h"
#include "cache/CacheUnlocker.h"
#include "keys/Keychain.h"
#include "login/PreviousPasswordDialog.h"
#include "net/TlsTrust.h"
#include "session/LoginOutcome.h"
#include "settings/SettingsDialog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class ApiTransport;
class CabinetSession;
class EphemeralCache;
class MainWindow;
class QLabel;
class QMessageBox;
class QWidget;
class SessionManager;
class SignInFlow;

// The desktop application between its two windows: the sign-in screens until a user is in, then
// the cabinet of that user.
//
//  - Start-up: the server and its CA come from the command line (and are remembered) or from the
//    settings; with none the login screen says so. When a user ticked «Запомнить?» at the last
//    sign-in, the keychain's data key opens that user's cache at once, without the password; the
//    remembered session is resumed meanwhile, and the cabinet syncs once the server accepted it.
//    It stays offline (banner) while the server cannot be reached; a refused session or a missing
//    key returns to the login form.
//  - Signed in online: the password opens the user's cache (created on the first sign-in on this
//    machine), then the main window shows it and the sync engine brings it up to date.
//  - Signed in online with a password changed elsewhere (the portal, a reset), which the cache's
//    key file does not take: the keychain's key, when it has one that opens the cache, is
//    re-wrapped with the new password at once. Otherwise PreviousPasswordDialog asks for the
//    previous password (the key is re-wrapped, the saved data kept), or discards the saved data
//    and syncs it anew, or cancels back to the login form (signed out, the saved data untouched).
//  - The server unreachable and a cache here: «Войти без сети» opens the cache with the password
//    alone; the window shows everything as of the last sync, under the offline banner.
//  - «Выход» signs out on the server, forgets the remembered user, closes the cabinet and returns
//    to the sign-in screens; so does a session the server ended (what the outbox queued stays in
//    the cache) and a user deleted in «Мой профиль».
//  - A kiosk (Options::kiosk, docs/kiosk.md): both windows full screen, no «Запомнить?», no
//    keychain, no settings written; each sign-in gets a cache of its own whose key lives only in
//    this process (EphemeralCache), erased with the key when the cabinet closes; the sign-in
//    screens are made anew then, so that nothing of the previous user stays on screen.
//
// Opening the cache (key derivation, keychain) runs on a thread of its own (CacheUnlocker).
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Options() = default;
        Options(const QUrl& server_, const QString& caFile_)
            : server(server_)
            , caFile(caFile_)
        { }

        // Empty: the ones remembered in the settings.
        QUrl server;
        QString caFile;
        // "sha256/…" of the server's public key; from the settings with the server.
        QString pin;
        // Empty: CacheLocation::defaultRoot() (which follows the application's name).
        QString cacheRoot;
        // Off for --screenshots: no keychain (so no remembered session or key), nothing written
        // to the settings.
        bool useKeychain = true;
        bool rememberSettings = true;
        // Implies useKeychain and rememberSettings off.
        bool kiosk = false;
        // For the kiosk's session caches: empty means QDir::tempPath().
        QString sessionCacheParent;
    };

    explicit DesktopApp(QObject* parent = nullptr);
    ~DesktopApp() override;

    // Prepares the connection to the server and shows the sign-in screens, or opens the
    // remembered user's cabinet. False with errorText() when the given server or CA file cannot
    // be used; with no server at all the login screen says that none is configured.
    bool start(const Options& options);
    QString errorText() const { return m_errorText; }
    QUrl server() const { return m_options.server; }
    bool hasServer() const { return !m_options.server.isEmpty(); }

    // The window of the sign-in screens (SignInFlow under a notice line).
    // Built when first needed (or asked for here): a remembered user's start does not build them.
    QWidget* signInContainer() const;
    SignInFlow* signInWindow() const;
    // The notice above the sign-in screens (no server configured); hidden when none.
    QLabel* noticeLabel() const;
    // Null until a user's cabinet is open.
    MainWindow* mainWindow() const { return m_main.get(); }
    // «Настройки…» (the header of the main window, the sign-in window): edits the settings, and
    // applies them: the server at once on the sign-in screens, else at the next sign-in; the
    // interval to the running sync; the language at the next start.
    void openSettings();
    // While open; null otherwise.
    SettingsDialog* settingsDialog() const { return m_settingsDialog; }
    // A second start of Kabinet asked for this one (SingleInstance): the window in use comes to
    // the front.
    void bringForward();
    // While the cache waits for the previous password; null otherwise.
    PreviousPasswordDialog* previousPasswordDialog() const { return m_previousPassword; }
    CabinetSession* cabinet() const { return m_cabinet.get(); }
    SessionManager* sessionManager() const { return m_session.get(); }
    // The kiosk's cache of the open cabinet; null otherwise.
    const EphemeralCache* sessionCache() const { return m_sessionCache.get(); }

public slots:
    // «Выход»: signs out on the server, forgets the remembered user, closes the cabinet (a
    // kiosk's idle timeout too).
    void signOut();
    // Before the application quits (a kiosk's administrator exit): signOut(), and a sign-in
    // still waiting for the server is signed out of as soon as the server lets it in, its
    // cabinet never opened. The session manager's loggedOut() says when the server was told.
    void signOutBeforeExit();
    // A kiosk's sign-in screens made anew, when no cabinet is open or being opened; false (and
    // nothing done) otherwise.
    bool resetSignIn();

public:
    // The login form is shown and nothing is typed in it or said by it.
    bool isSignInPristine() const;

signals:
    // The main window shows a user's cache; offline when opened without a session (the password
    // alone, or a remembered session not yet resumed).
    void cabinetOpened(bool offline);
    // The cache could not be opened; the sign-in screens say why.
    void cabinetRefused(const QString& message);
    // The remembered session was resumed (the cabinet went online), or could not be.
    void resumeFinished(const LoginOutcome& outcome);
    // The sign-in screens are shown (at start-up or after the cabinet closed).
    void signInShown();
    // The server accepted a password the saved data does not open, and the keychain could not
    // help: previousPasswordDialog() asks.
    void previousPasswordAsked();

private:
    // The trust of m_options' server; std::nullopt with m_errorText when it cannot be used.
    std::optional<TlsTrust> prepareTrust();
    // loaded as the trust of m_options.server, or nothing with m_errorText saying why.
    std::optional<TlsTrust> usableTrust(const TlsTrust::LoadResult& loaded);
    void createConnection(const TlsTrust& trust);
    // The server of the settings, after the dialog changed it: new connection and sign-in screens.
    void reconnectToSettingsServer();
    void onSettingsTrustLoaded();
    void applySettings(const QUrl& formerServer, const QString& formerCaFile,
                       const QString& formerPin);
    void createSignIn();
    // createSignIn() unless the sign-in screens exist.
    void ensureSignIn();
    void showSignIn(const QString& login);
    void openRemembered(const QString& login);
    // The cabinet's window, hidden: built when the cache is open, or ahead of the keychain's
    // answer for a remembered user.
    void createMainWindow();
    void openCabinet(const QString& login, const QString& password, bool offline);
    // A kiosk's: a new EphemeralCache instead of the user's cache.
    void openSessionCache();
    void onCacheOpened(const CacheUnlocker::Outcome& outcome);
    // True when outcome is one step of opening a cache whose password was changed elsewhere, and
    // the next step is under way or up to the user.
    bool recoverChangedPassword(const CacheUnlocker::Outcome& outcome);
    void askPreviousPassword();
    void cancelPreviousPassword();
    void onResumed(const LoginOutcome& outcome);
    void reconnect();
    // After «Войти без сети»: offers to close the cabinet for the sign-in form.
    void askToSignInAgain();
    void closeCabinet();
    void endKioskSession();
    void forgetRemembered();
    void showWindow(QWidget* window);

    QString m_errorText;
    Options m_options;
    AppSettings m_settings;
    Keychain m_keychain;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<QWidget> m_signInWindow;
    SignInFlow* m_signIn = nullptr; // in m_signInWindow
    QLabel* m_notice = nullptr; // in m_signInWindow
    std::unique_ptr<CacheUnlocker> m_unlocker;
    std::unique_ptr<EphemeralCache> m_sessionCache; // a kiosk's, while its cabinet is open
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<CabinetSession> m_cabinet;
    QString m_login; // of the cache being opened or open
    // Accepted by the server just now, while the cache still wants the previous password.
    QString m_newPassword;
    enum class Recovery
    {
        None,
        RememberedKey, // the keychain's key is being re-wrapped
        PreviousPassword, // the dialog asks
    };
    Recovery m_recovery = Recovery::None;
    QPointer<PreviousPasswordDialog> m_previousPassword; // in m_signInWindow
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<QMessageBox> m_signInAgainQuestion; // in m_main
    // The settings name another server than the open cabinet's: used once it closes.
    bool m_serverChanged = false;
    bool m_exiting = false; // signOutBeforeExit(): no cabinet opens any more
    // The trust of the settings' server, read on a pool thread (reconnectToSettingsServer()), and
    // the CA file and pin it was read for.
    QFutureWatcher<TlsTrust::LoadResult> m_settingsTrust;
    QString m_settingsTrustCaFile;
    QString m_settingsTrustPin;
    bool m_offline = false;
    bool m_fromKeychain = false; // the cache being opened is the remembered user's
};
