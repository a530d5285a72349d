#include "session/AuthorizedApi.h"

#include "net/ApiCall.h"
#include "net/ApiTransport.h"
#include "protocol/json/SessionTokensJson.h"
#include "session/RefreshTokenVault.h"
#include "session/SessionLog.h"

using namespace Qt::Literals::StringLiterals;

AuthorizedApi::AuthorizedApi(ApiTransport& transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{ }

AuthorizedApi::~AuthorizedApi()
{
    dropRefreshCall();
    // The calls are children and go with this object; their transport calls must not report to
    // them afterwards (SessionCall's destructor abandons them).
}

void AuthorizedApi::startSession(const SessionTokens& tokens)
{
    endSession();
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    m_refreshCount = 0;
}

void AuthorizedApi::resumeSession(const QString& refreshToken)
{
    endSession();
    m_refreshToken = refreshToken;
    m_refreshCount = 0;
}

void AuthorizedApi::endSession()
{
    dropRefreshCall();
    m_accessToken.clear();
    m_refreshToken.clear();
    failWaiting(sessionOverError(u"the session was ended"_s));
}

SessionCall* AuthorizedApi::send(const ApiRequest& request)
{
    auto* call = new SessionCall(request, true, this);
    if (!hasSession())
        call->deliverLater(ApiResult::failure(sessionOverError(u"not signed in"_s)));
    else if (m_accessToken.isEmpty() || isRefreshing())
        waitForRefresh(call);
    else
        transmit(call);
    return call;
}

SessionCall* AuthorizedApi::sendPublic(const ApiRequest& request)
{
    auto* call = new SessionCall(request, false, this);
    transmit(call);
    return call;
}

void AuthorizedApi::transmit(SessionCall* call)
{
    ApiRequest request = call->m_request;
    if (call->m_authorized)
        request.bearerToken = m_accessToken;
    call->m_sentWithToken = request.bearerToken;
    ++call->m_attempts;
    ApiCall* attempt = m_transport.send(request);
    call->m_transportCall = attempt;
    // The call as context: should it be gone, nobody is left to tell.
    connect(attempt, &ApiCall::finished, call,
            [this, call](const ApiResult& result) { onAttemptFinished(call, result); });
}

void AuthorizedApi::onAttemptFinished(SessionCall* call, const ApiResult& result)
{
    call->m_transportCall.clear();
    const bool expired =
        call->m_authorized && !result.isOk() && result.error().kind == ApiError::Kind::Unauthorized;
    // Once is enough: a fresh token refused again means the session is gone for another reason,
    // and refreshing in a loop would hide it.
    if (!expired || call->m_waitedForRefresh || !hasSession()) {
        call->deliver(result);
        return;
    }
    if (!m_accessToken.isEmpty() && call->m_sentWithToken != m_accessToken && !isRefreshing()) {
        // Another call refreshed while this one was on its way: its token is the fresh one.
        call->m_waitedForRefresh = true;
        transmit(call);
        return;
    }
    // This token is spent: calls sent from now on wait for the refresh instead of meeting a 401.
    if (call->m_sentWithToken == m_accessToken)
        m_accessToken.clear();
    waitForRefresh(call);
}

void AuthorizedApi::waitForRefresh(SessionCall* call)
{
    call->m_waitedForRefresh = true;
    m_waiting.append(call);
    if (!isRefreshing())
        startRefresh();
}

void AuthorizedApi::startRefresh()
{
    if (m_refreshToken.isEmpty()) {
        refusedRefresh(ApiError::make(ApiError::Kind::InvalidToken, u"no refresh token"_s));
        return;
    }
    qCInfo(lcSession) << "refreshing the session";
    const ApiRequest request =
        ApiRequest::post(u"/sessions/refresh"_s, QJsonObject {{u"refreshToken"_s, m_refreshToken}});
    ApiCall* call = m_transport.send(request);
    m_refreshCall = call;
    connect(call, &ApiCall::finished, this, &AuthorizedApi::onRefreshFinished);
}

void AuthorizedApi::onRefreshFinished(const ApiResult& result)
{
    m_refreshCall.clear();
    if (result.isOk()) {
        JsonError decodeError;
        const std::optional<SessionTokens> tokens =
            SessionTokensJson::fromJson(result.body(), &decodeError);
        if (tokens) {
            refreshed(*tokens);
            return;
        }
        ApiError malformed = ApiError::make(ApiError::Kind::MalformedResponse,
                                            decodeError.field + u": "_s + decodeError.message);
        malformed.httpStatus = result.status();
        qCWarning(lcSession) << "the refresh answer is malformed:" << malformed.describe();
        failWaiting(malformed);
        return;
    }
    const ApiError& error = result.error();
    // invalid_token is the answer for expired, revoked and reused tokens; a 422 means the token
    // the server got is not even one (empty), which it will never take either.
    const bool refused = error.kind == ApiError::Kind::InvalidToken
        || error.kind == ApiError::Kind::Unauthorized
        || (error.kind == ApiError::Kind::Validation && error.field == u"refreshToken");
    if (refused) {
        refusedRefresh(error);
        return;
    }
    qCInfo(lcSession) << "the refresh failed, the session is kept:" << error.describe();
    failWaiting(error);
}

void AuthorizedApi::refreshed(const SessionTokens& tokens)
{
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    ++m_refreshCount;
    if (RefreshTokenVault* vault = m_vault.data())
        vault->store(m_refreshToken);
    emit tokensRefreshed();
    resendWaiting();
}

void AuthorizedApi::refusedRefresh(const ApiError& reason)
{
    qCInfo(lcSession) << "the server ended the session:" << reason.describe();
    m_accessToken.clear();
    m_refreshToken.clear();
    if (RefreshTokenVault* vault = m_vault.data())
        vault->forget();
    failWaiting(sessionOverError(u"the server refused to refresh the session"_s));
    emit sessionEnded(reason);
}

void AuthorizedApi::failWaiting(const ApiError& error)
{
    // A finished() handler may send new calls, which must not land in the list being emptied.
    const QList<QPointer<SessionCall>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<SessionCall>& pointer : waiting) {
        if (SessionCall* call = pointer.data(); call && !call->isFinished())
            call->deliver(ApiResult::failure(error));
    }
}

void AuthorizedApi::resendWaiting()
{
    const QList<QPointer<SessionCall>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<SessionCall>& pointer : waiting) {
        if (SessionCall* call = pointer.data(); call && !call->isFinished())
            transmit(call);
    }
}

void AuthorizedApi::dropRefreshCall()
{
    if (!m_refreshCall)
        return;
    ApiCall* call = m_refreshCall;
    m_refreshCall.clear();
    call->disconnect(this);
    call->cancel();
}

ApiError AuthorizedApi::sessionOverError(const QString& detail)
{
    ApiError error = ApiError::make(ApiError::Kind::Unauthorized, detail);
    error.code = ApiErrorBody::Code::Unauthorized;
    return error;
}
