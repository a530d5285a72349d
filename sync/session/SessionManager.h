#pragma once

#include "api/ApiClient.h"
#include "net/ApiError.h"
#include "protocol/json/LoginCredentials.h"
#include "session/AuthorizedApi.h"
#include "session/LoginOutcome.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

class ApiTransport;
class RefreshTokenVault;

// Signing in and out of one operator's server, for the login screen:
//
//  - logIn(): POST /sessions (with the captcha once the server asks for one), then the session
//    is AuthorizedApi's; with remember, the refresh token goes to the OS keychain
//    (RefreshTokenVault), and every refreshed one after it; without, any token remembered
//    earlier for this user is removed.
//  - resume(): at start-up, the session of the remembered refresh token, checked with a first
//    request (GET /profile, which refreshes it). When the server cannot be reached the outcome
//    says so (LoginOutcome::allowsOfflineUnlock()) and the session stays resumable: the next
//    request, once the network is back, refreshes it.
//  - logOut(): DELETE /sessions/current, then the tokens are dropped here and in the keychain,
//    whether or not the server could be told.
//
// Each reports with its signal, exactly once; one operation at a time (the functions return false
// while one is running). The remembered token is written before loginFinished()/resumeFinished(),
// so that quitting right after cannot leave a spent token behind (presenting one again would
// revoke the session).
class SessionManager : public QObject
{
    Q_OBJECT

public:
    explicit SessionManager(ApiTransport& transport, QObject* parent = nullptr);
    ~SessionManager() override;

    // For the sync engine and everything else that talks to the server as the user.
    AuthorizedApi& api() { return m_api; }
    ApiClient& client() { return m_client; }

    // The keychain service that holds the remembered tokens (Keychain::defaultService()).
    void setKeychainService(const QString& service) { m_keychainService = service; }
    QString keychainService() const { return m_keychainService; }
    // How long to wait for the keychain (Keychain::defaultTimeout).
    void setKeychainTimeout(std::chrono::milliseconds timeout) { m_keychainTimeout = timeout; }
    // Off: the keychain is never asked anything (a kiosk, --screenshots): logIn() remembers
    // nothing and forgets nothing, resume() reports Keychain::Status::Unavailable, logOut() only
    // revokes. On by default.
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    bool isKeychainEnabled() const { return m_keychainEnabled; }

    // The user signed in (or being signed in or resumed); empty when none.
    QString login() const { return m_login; }
    bool hasSession() const { return m_api.hasSession(); }
    // Whether refreshed tokens go to the keychain.
    bool remembersSession() const { return m_api.refreshTokenVault() != nullptr; }
    bool isBusy() const { return m_busy; }

    bool logIn(const LoginCredentials& credentials, bool remember);
    bool resume(const QString& login);
    bool logOut();

signals:
    void loginFinished(const LoginOutcome& outcome);
    void resumeFinished(const LoginOutcome& outcome);
    // revokedOnServer: DELETE /sessions/current succeeded; false when the server could not be
    // told (the session then lapses there when its refresh token expires).
    void loggedOut(bool revokedOnServer);
    // The server refused to refresh the session while it was in use: sign in again.
    void sessionEnded(const ApiError& reason);

private:
    void onLoginAnswer(const ApiReply<SessionTokens>& reply, const QString& login, bool remember);
    void onRemembered(Keychain::Status status);
    void onResumeToken(Keychain::Status status, const QString& refreshToken);
    void onResumeAnswer(const ApiReplyBase& reply);
    void finishLogOut(bool revokedOnServer);
    void onApiSessionEnded(const ApiError& reason);
    // A vault for login, replacing the previous one.
    RefreshTokenVault* useVault(const QString& login);
    // Runs then once the vault has written or removed everything asked of it so far.
    void whenVaultIdle(std::function<void()> then);
    void finish();

    QString m_keychainService;
    std::chrono::milliseconds m_keychainTimeout;
    bool m_keychainEnabled = true;
    AuthorizedApi m_api;
    ApiClient m_client;
    QPointer<RefreshTokenVault> m_vault;
    QString m_login;
    bool m_busy = false;
    bool m_resuming = false;
};
