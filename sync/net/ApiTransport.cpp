#include "net/ApiTransport.h"

#include "net/NetLog.h"
#include "net/NetworkErrorMapper.h"
#include "net/SystemCaList.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

ApiTransport::ApiTransport(const QUrl& baseUrl, const TlsTrust& trust, QObject* parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_trust(trust)
{
    // Redirects are not followed: the API has none, and following one would carry the request,
    // and with it the token, somewhere the request did not name.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (!m_trust.needsSystemCaList() || SystemCaList::isLoaded()) {
        m_ssl = m_trust.sslConfiguration();
        return;
    }
    connect(&m_systemCas, &QFutureWatcherBase::finished, this, &ApiTransport::onSystemCasLoaded);
    m_systemCas.setFuture(SystemCaList::load());
}

void ApiTransport::onSystemCasLoaded()
{
    // Read by now: this does not wait.
    m_ssl = m_trust.sslConfiguration();
    if (!m_waiting.isEmpty())
        qCDebug(lcNet) << "the system's CAs are read; sending" << m_waiting.size()
                       << "request(s) that waited for them";
    sendWaiting();
}

ApiTransport::~ApiTransport()
{
    m_closing = true;
    const QList<ApiCall*> calls = findChildren<ApiCall*>(Qt::FindDirectChildrenOnly);
    for (ApiCall* call : calls)
        call->abandon();
}

bool ApiTransport::maySendNow() const
{
    if (!m_ssl)
        return false;
    // Pinned: one request at a time, and none on connections that may be unchecked. Qt pairs a
    // new connection with a request only once its handshake is done, and only that request sees
    // encrypted(), where the pin is checked. A connection opened for a request that was then
    // cancelled or timed out ends its handshake with nothing to send; it stays open, unchecked,
    // and Qt's next request goes out on it without an encrypted()
    // (tst_apitransporttls::cancelledCallsLeaveNoUncheckedConnection). With one request at a time
    // Qt opens a connection only for that request, and after a request that did not end in an
    // answer the connections are dropped before the next one leaves.
    return !m_trust.pin() || (m_pinnedReply == nullptr && !m_mustDropConnections);
}

void ApiTransport::sendWaiting()
{
    if (m_mustDropConnections && m_pinnedReply == nullptr) {
        // Only once the last reply is gone: Qt's HTTP thread may be waiting for it to take an
        // encrypted() (a blocking queued call), and this waits for that thread to end.
        m_network.clearConnectionCache();
        m_mustDropConnections = false;
    }
    while (!m_waiting.isEmpty() && maySendNow()) {
        const auto [guard, request] = m_waiting.takeFirst();
        ApiCall* const call = guard.data();
        // Cancelled meanwhile (and then finished), or deleted.
        if (call == nullptr || call->isFinished())
            continue;
        call->attach(start(request, call->m_timeout));
    }
}

void ApiTransport::followPinnedReply(QNetworkReply* reply)
{
    m_pinnedReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (m_closing)
            return;
        // An answer came: the request went out on a connection whose pin was checked (a new
        // one saw encrypted(); a kept-alive one was checked by its first request), and Qt
        // opened no other for it; the next may leave now. Anything else (an abort, a timeout, a
        // failed connection) may leave behind a connection that finished its handshake for
        // nobody: the next waits for this reply to be deleted and the connections dropped.
        const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
            && (reply->error() == QNetworkReply::NoError
                || NetworkErrorMapper::isHttpStatusError(reply->error()));
        if (!answered) {
            m_mustDropConnections = true;
            return;
        }
        if (m_pinnedReply == reply)
            m_pinnedReply = nullptr;
        // Queued: this runs inside the reply's finished(), before its call has seen it.
        QMetaObject::invokeMethod(this, &ApiTransport::sendWaiting, Qt::QueuedConnection);
    });
    connect(reply, &QObject::destroyed, this, [this](QObject* gone) {
        if (m_closing || m_pinnedReply != gone)
            return;
        m_pinnedReply = nullptr;
        QMetaObject::invokeMethod(this, &ApiTransport::sendWaiting, Qt::QueuedConnection);
    });
}

bool ApiTransport::isUsableBaseUrl(const QUrl& url)
{
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty()
        && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

ApiCall* ApiTransport::send(const ApiRequest& request)
{
    QString problem = request.problem();
    if (problem.isEmpty() && !isUsableBaseUrl(m_baseUrl))
        problem = u"the server address is not an https URL"_s;
    if (!problem.isEmpty())
        return new ApiCall(request, ApiError::make(ApiError::Kind::Other, problem), this);

    const std::chrono::milliseconds timeout = request.timeout.value_or(m_timeout);
    auto* call = new ApiCall(request, m_trust.pin(), m_maximumAnswerBytes, timeout, this);
    if (m_waiting.isEmpty() && maySendNow())
        call->attach(start(request, timeout));
    else
        m_waiting.append({call, request});
    return call;
}

QNetworkReply* ApiTransport::start(const ApiRequest& request, std::chrono::milliseconds timeout)
{
    const QNetworkRequest networkRequest = this->networkRequest(request, timeout);
    QNetworkReply* reply = nullptr;
    if (request.body)
        reply = m_network.sendCustomRequest(
            networkRequest, request.method,
            QJsonDocument(*request.body).toJson(QJsonDocument::Compact));
    else if (request.method == "GET")
        reply = m_network.get(networkRequest);
    else
        reply = m_network.sendCustomRequest(networkRequest, request.method);
    if (m_trust.pin())
        followPinnedReply(reply);
    return reply;
}

void ApiTransport::cancelAll()
{
    const QList<ApiCall*> calls = findChildren<ApiCall*>(Qt::FindDirectChildrenOnly);
    QList<QPointer<ApiCall>> pending(calls.cbegin(), calls.cend());
    // A finished() handler may cancel or delete other calls; hence the guarded pointers.
    for (const QPointer<ApiCall>& call : pending) {
        if (call)
            call->cancel();
    }
}

QNetworkRequest ApiTransport::networkRequest(const ApiRequest& request,
                                             std::chrono::milliseconds timeout) const
{
    QNetworkRequest networkRequest(request.url(m_baseUrl));
    networkRequest.setSslConfiguration(*m_ssl);
    networkRequest.setTransferTimeout(int(std::min<qint64>(timeout.count(), INT_MAX)));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only. On HTTP/2, encrypted() reaches only the first of the requests waiting for
    // a new connection, and aborting one request resets only its stream: the pin check could
    // not hold the others back. The API's answers are small; HTTP/2 would gain little.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // No cookies, no cache, no remembered credentials: the API uses none of them, and each is a
    // place where a token or personal data could linger.
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::AuthenticationReuseAttribute,
                                QNetworkRequest::Manual);

    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QByteArrayLiteral("Kabinet/" KABINET_VERSION));
    if (request.body)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json; charset=utf-8"));
    if (!request.bearerToken.isEmpty())
        networkRequest.setRawHeader(QByteArrayLiteral("Authorization"),
                                    "Bearer " + request.bearerToken.toLatin1());
    if (!request.idempotencyKey.isEmpty())
        networkRequest.setRawHeader(QByteArrayLiteral("Idempotency-Key"),
                                    request.idempotencyKey.toLatin1());
    return networkRequest;
}
