#pragma once

#include "keys/Keychain.h"
#include "net/ApiError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

// How signing in (SessionManager::logIn) or resuming a remembered session
// (SessionManager::resume) ended, typed for the login screen: what to tell the user, whether to
// show a captcha, how long to wait, and whether the cache may be opened offline instead.
class LoginOutcome
{
    Q_DECLARE_TR_FUNCTIONS(LoginOutcome)

public:
    enum class Status
    {
        SignedIn,
        // Wrong login or password (the server does not say which).
        InvalidCredentials,
        // The password is right, but the account waits for its activation link.
        AccountInactive,
        // Too many failures for this login: ask again with a captcha answer.
        CaptchaRequired,
        // The captcha answer was wrong, used or expired: show a new captcha.
        WrongCaptcha,
        // A field the server refused (field() says which), e.g. an empty login.
        InvalidInput,
        // Too many attempts from here: wait retryAfterSeconds().
        RateLimited,
        // resume(): no refresh token is remembered for this user (or the keychain cannot say).
        NotRemembered,
        // resume(): the remembered session expired or was revoked; it has been forgotten.
        SessionExpired,
        // No answer: no network, the server unreachable, a timeout, the connection lost.
        NoNetwork,
        // The server's certificate was refused (untrusted, expired, wrong host or pin).
        TlsFailure,
        // The server failed (5xx).
        ServerError,
        Cancelled,
        // Anything else (a malformed answer, a request the server could not read).
        Failed,
    };

    // Failed, with no error; exists for signal arguments.
    LoginOutcome() = default;

    static LoginOutcome signedIn(bool remembered);
    // How a failed POST /sessions (or the first request of a resumed session) ends.
    static LoginOutcome fromError(const ApiError& error);
    static LoginOutcome notRemembered(Keychain::Status keychainStatus);
    // How a failed resume ends: a refused or missing session is SessionExpired, the rest as
    // fromError().
    static LoginOutcome fromResumeError(const ApiError& error);

    Status status() const { return m_status; }
    bool isSignedIn() const { return m_status == Status::SignedIn; }
    // The server's answer (or the transport's failure) behind a failure; kind Other for
    // SignedIn and NotRemembered.
    const ApiError& error() const { return m_error; }
    // RateLimited: how long to wait, when the server said.
    std::optional<int> retryAfterSeconds() const { return m_error.retryAfterSeconds; }
    // InvalidInput: the request field at fault.
    QString field() const { return m_error.field; }
    // SignedIn: whether the refresh token is now in the keychain (remember-me asked and the
    // keychain took it).
    bool isRemembered() const { return m_remembered; }
    // NotRemembered: what the keychain said (NotFound, Unavailable, …).
    Keychain::Status keychainStatus() const { return m_keychainStatus; }

    // The server could not be reached or trusted, or failed: the user may open the cache with
    // the password alone and work offline.
    bool allowsOfflineUnlock() const;
    // The login form must show a (new) captcha.
    bool needsCaptcha() const
    {
        return m_status == Status::CaptchaRequired || m_status == Status::WrongCaptcha;
    }

    // Stable English names for logs and tests: "InvalidCredentials".
    static QString statusName(Status status);
    // A translated sentence for the login screen.
    QString userMessage() const;

private:
    explicit LoginOutcome(Status status, const ApiError& error = {});

    Status m_status = Status::Failed;
    ApiError m_error;
    bool m_remembered = false;
    Keychain::Status m_keychainStatus = Keychain::Status::Ok;
};

Q_DECLARE_METATYPE(LoginOutcome)
