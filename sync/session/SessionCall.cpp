#include "session/SessionCall.h"

#include "net/ApiCall.h"

#include <QTimer>

SessionCall::SessionCall(const ApiRequest& request, bool authorized, QObject* parent)
    : QObject(parent)
    , m_request(request)
    , m_authorized(authorized)
{
    // The caller's token never sticks to the request: AuthorizedApi adds the current one to every
    // attempt.
    m_request.bearerToken.clear();
}

SessionCall::~SessionCall()
{
    abandon();
}

void SessionCall::cancel()
{
    if (m_finished)
        return;
    if (ApiCall* call = m_transportCall.data()) {
        // Emits the transport call's finished() with Cancelled, which AuthorizedApi delivers here.
        call->cancel();
        return;
    }
    // Waiting for a refresh: AuthorizedApi skips finished calls when the refresh is done.
    deliver(ApiResult::failure(ApiError::make(ApiError::Kind::Cancelled)));
}

void SessionCall::deliver(const ApiResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_transportCall.clear();
    m_result = result;
    emit finished(m_result);
    deleteLater();
}

void SessionCall::deliverLater(const ApiResult& result)
{
    QTimer::singleShot(0, this, [this, result] { deliver(result); });
}

void SessionCall::abandon()
{
    if (!m_transportCall)
        return;
    ApiCall* call = m_transportCall;
    m_transportCall.clear();
    call->disconnect(this);
    call->cancel();
}
