#pragma once

#include "net/ApiCall.h"
#include "net/ApiError.h"
#include "net/ApiRequest.h"
#include "net/ApiResult.h"
#include "protocol/json/SessionTokens.h"
#include "session/RefreshTokenVault.h"
#include "session/SessionCall.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiTransport;

// The signed-in side of the API: sends requests with the session's access token and keeps the
// session alive. Everything marked 🔒 in docs/api.md goes through send(), by ApiClient and by the
// sync engine alike.
//
// When a request is answered `401 unauthorized` (the access token expired or was revoked), it
// refreshes the session once with POST /sessions/refresh and sends the request again with the new
// access token. All calls that meet a 401 while a refresh is in flight wait for that same refresh
// (refresh tokens rotate: a second refresh with the same token would revoke the session). A call
// is sent again at most once. If the server refuses the refresh (`401 invalid_token`: expired,
// revoked, or presented twice), the session is over: the tokens are dropped, the remembered one is
// removed, every waiting call fails with Unauthorized, and sessionEnded() is emitted. A refresh
// that fails for another reason (no network, timeout, 5xx) fails the waiting calls with that error
// and keeps the session, so that a later call tries again.
//
// The access token lives in this object's memory only. The refresh token goes to a
// RefreshTokenVault (the OS keychain) after every refresh when one is set, that is when the user
// asked to be remembered.
//
//     AuthorizedApi api(transport);
//     api.startSession(tokens);                 // from POST /sessions
//     SessionCall* call = api.send(ApiRequest::get(u"/accounts"_s));
//     connect(call, &SessionCall::finished, this, &Screen::onAccounts);
class AuthorizedApi : public QObject
{
    Q_OBJECT

public:
    explicit AuthorizedApi(ApiTransport& transport, QObject* parent = nullptr);
    // Drops the calls in flight without emitting their finished().
    ~AuthorizedApi() override;

    ApiTransport& transport() const { return m_transport; }

    // After a login: both tokens.
    void startSession(const SessionTokens& tokens);
    // At start-up, from the remembered refresh token: the first send() refreshes before it sends.
    void resumeSession(const QString& refreshToken);
    // Forgets the tokens here (after DELETE /sessions/current, or to sign out offline). Calls
    // waiting for a refresh fail with Unauthorized; calls in flight finish as the server answers.
    // Emits no sessionEnded(): whoever ends the session knows.
    void endSession();

    // Whether there is a session to send with (an access or a refresh token).
    bool hasSession() const { return !m_accessToken.isEmpty() || !m_refreshToken.isEmpty(); }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    bool isRefreshing() const { return m_refreshCall != nullptr; }
    // Refreshes since startSession()/resumeSession().
    int refreshCount() const { return m_refreshCount; }

    // Where each new refresh token goes; nullptr (the default) when the session is not remembered.
    // The vault stays the caller's; a vault that is destroyed is dropped here automatically.
    void setRefreshTokenVault(RefreshTokenVault* vault) { m_vault = vault; }
    RefreshTokenVault* refreshTokenVault() const { return m_vault; }

    // A 🔒 request with the session's bearer token, refreshed as described above. Without a
    // session it fails (asynchronously) with Unauthorized. The call belongs to this object and
    // deletes itself after finished().
    SessionCall* send(const ApiRequest& request);
    // A public request (captcha, registration, login, …): no token, no refresh; the same kind of
    // handle, so that callers treat both alike.
    SessionCall* sendPublic(const ApiRequest& request);

signals:
    // A refresh succeeded; the new tokens are in use (and on their way to the vault).
    void tokensRefreshed();
    // The server refused to refresh the session (reason is its answer, InvalidToken): the user
    // must sign in again.
    void sessionEnded(const ApiError& reason);

private:
    void transmit(SessionCall* call);
    void onAttemptFinished(SessionCall* call, const ApiResult& result);
    void waitForRefresh(SessionCall* call);
    void startRefresh();
    void onRefreshFinished(const ApiResult& result);
    void refreshed(const SessionTokens& tokens);
    void refusedRefresh(const ApiError& reason);
    // Fails every call still waiting for a refresh with error.
    void failWaiting(const ApiError& error);
    void resendWaiting();
    void dropRefreshCall();
    static ApiError sessionOverError(const QString& detail);

    ApiTransport& m_transport;
    QString m_accessToken;
    QString m_refreshToken;
    int m_refreshCount = 0;
    QPointer<RefreshTokenVault> m_vault;
    QPointer<ApiCall> m_refreshCall;
    QList<QPointer<SessionCall>> m_waiting;
};
