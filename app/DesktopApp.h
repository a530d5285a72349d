#pragma once

#include "cache/CacheUnlocker.h"
#include "keys/Keychain.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class ApiTransport;
class CabinetSession;
class MainWindow;
class SessionManager;
class SignInFlow;

// The desktop application between its two windows: the sign-in screens until a user is in, then
// the cabinet of that user.
//
//  - Signed in online: the password opens the user's cache (created on the first sign-in on this
//    machine), then the main window shows it and the sync engine brings it up to date.
//  - The server unreachable and a cache here: «Войти без сети» opens the cache with the password
//    alone; the window shows everything as of the last sync, under the offline banner.
//  - «Выход» signs out on the server, closes the cabinet and returns to the sign-in screens; so
//    does a session the server ended (what the outbox queued stays in the cache).
//
// Opening the cache (key derivation, keychain) runs on a thread of its own (CacheUnlocker).
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        QString caFile;
    };

    explicit DesktopApp(QObject* parent = nullptr);
    ~DesktopApp() override;

    // Prepares the connection to options.server and shows the sign-in screens; false with
    // errorText() when the server or the CA file cannot be used.
    bool start(const Options& options);
    QString errorText() const { return m_errorText; }

    SignInFlow* signInWindow() const { return m_signIn.get(); }
    // Null until a user's cabinet is open.
    MainWindow* mainWindow() const { return m_main.get(); }
    CabinetSession* cabinet() const { return m_cabinet.get(); }
    SessionManager* sessionManager() const { return m_session.get(); }

signals:
    // The main window shows a user's cache; offline when opened without the server.
    void cabinetOpened(bool offline);
    // The cache could not be opened; the sign-in screens say why.
    void cabinetRefused(const QString& message);

private:
    void openCabinet(const QString& login, const QString& password, bool offline);
    void onCacheOpened(const CacheUnlocker::Outcome& outcome);
    void closeCabinet();
    void signOut();

    QString m_errorText;
    Options m_options;
    Keychain m_keychain;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<SignInFlow> m_signIn;
    std::unique_ptr<CacheUnlocker> m_unlocker;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<CabinetSession> m_cabinet;
    QString m_login; // of the cache being opened or open
    bool m_offline = false;
};
