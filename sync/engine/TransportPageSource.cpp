#include "engine/TransportPageSource.h"

#include "net/ApiRequest.h"
#include "net/ApiTransport.h"

TransportPageSource::TransportPageSource(ApiTransport& transport, QObject* parent)
    : SyncPageSource(parent)
    , m_transport(transport)
{ }

TransportPageSource::~TransportPageSource()
{
    cancel();
}

void TransportPageSource::fetch(const QString& cursor)
{
    cancel();
    ApiRequest request = SyncPageSource::request(cursor);
    request.bearerToken = m_accessToken;
    m_call = m_transport.send(request);
    connect(m_call.data(), &ApiCall::finished, this, &TransportPageSource::onFinished);
}

void TransportPageSource::cancel()
{
    ApiCall* const call = m_call.data();
    m_call.clear();
    if (!call)
        return;
    // Disconnected first: cancel() emits finished(Cancelled) at once, which nobody asked for.
    call->disconnect(this);
    call->cancel();
}

void TransportPageSource::onFinished(const ApiResult& result)
{
    if (sender() != m_call.data())
        return;
    m_call.clear();
    emit finished(result);
}
