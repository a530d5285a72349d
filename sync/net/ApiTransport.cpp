#include "net/ApiTransport.h"

#include "net/NetLog.h"
#include "net/SystemCaList.h"

#include <QJsonDocument>
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
    const QList<std::pair<QPointer<ApiCall>, ApiRequest>> waiting = std::exchange(m_waiting, {});
    if (!waiting.isEmpty())
        qCDebug(lcNet) << "the system's CAs are read; sending" << waiting.size()
                       << "request(s) that waited for them";
    for (const auto& [guard, request] : waiting) {
        ApiCall* const call = guard.data();
        // Cancelled meanwhile (and then finished), or deleted.
        if (call == nullptr || call->isFinished())
            continue;
        call->attach(start(request, call->m_timeout));
    }
}

ApiTransport::~ApiTransport()
{
    const QList<ApiCall*> calls = findChildren<ApiCall*>(Qt::FindDirectChildrenOnly);
    for (ApiCall* call : calls)
        call->abandon();
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
    if (m_ssl)
        call->attach(start(request, timeout));
    else
        m_waiting.append({call, request});
    return call;
}

QNetworkReply* ApiTransport::start(const ApiRequest& request, std::chrono::milliseconds timeout)
{
    const QNetworkRequest networkRequest = this->networkRequest(request, timeout);
    if (request.body)
        return m_network.sendCustomRequest(
            networkRequest, request.method,
            QJsonDocument(*request.body).toJson(QJsonDocument::Compact));
    if (request.method == "GET")
        return m_network.get(networkRequest);
    return m_network.sendCustomRequest(networkRequest, request.method);
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
