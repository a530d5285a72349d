#include "engine/AuthorizedPageSource.h"

#include "session/AuthorizedApi.h"

AuthorizedPageSource::AuthorizedPageSource(AuthorizedApi& api, QObject* parent)
    : SyncPageSource(parent)
    , m_api(api)
{ }

AuthorizedPageSource::~AuthorizedPageSource()
{
    cancel();
}

void AuthorizedPageSource::fetch(const QString& cursor)
{
    cancel();
    m_call = m_api.send(SyncPageSource::request(cursor));
    connect(m_call.data(), &SessionCall::finished, this, &AuthorizedPageSource::onFinished);
}

void AuthorizedPageSource::cancel()
{
    SessionCall* const call = m_call.data();
    m_call.clear();
    if (!call)
        return;
    // Disconnected first: cancel() emits finished(Cancelled) at once, which nobody asked for.
    call->disconnect(this);
    call->cancel();
}

void AuthorizedPageSource::onFinished(const ApiResult& result)
{
    if (sender() != m_call.data())
        return;
    m_call.clear();
    emit finished(result);
}
