#pragma once

#include "net/ApiCall.h"
#include "net/ApiRequest.h"
#include "net/TlsTrust.h"

#include <QFutureWatcher>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <optional>
#include <utility>

// The client's HTTPS layer: sends ApiRequests to one server over one QNetworkAccessManager and
// hands back ApiResults asynchronously (ApiCall::finished). It owns the TLS policy (TlsTrust,
// verification always on, the pin checked before anything is sent), the timeout, the cap on
// answer sizes, and the mapping of every failure to a typed ApiError. It knows nothing of
// tokens' lifetimes, retries or the outbox: that is the sync engine's job.
//
//     ApiTransport transport(QUrl(u"https://portal.example.ru"_s), trust);
//     ApiRequest request = ApiRequest::get(u"/profile"_s);
//     request.bearerToken = accessToken;
//     connect(transport.send(request), &ApiCall::finished, this, &Engine::onProfile);
//
// A trust with CAs of its own that did not come from TlsTrust::load()'s file needs the system's
// CAs read first (SystemCaList): the transport has them read on a pool thread when it is made,
// and the requests sent meanwhile leave, in order, once they are there. Nothing is ever sent
// with a narrower trust.
//
// A pinned transport sends one request at a time, in order: it is how every connection that
// carries a request is one whose key was checked (maySendNow() says why). The others wait in
// the transport; a request's timeout counts from when it leaves.
class ApiTransport : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout {30000};
    static constexpr qint64 defaultMaximumAnswerBytes = 32 * 1024 * 1024;

    explicit ApiTransport(const QUrl& baseUrl, const TlsTrust& trust = {},
                          QObject* parent = nullptr);
    // Drops the calls in flight without emitting their finished().
    ~ApiTransport() override;

    // An https URL with a host and nothing after the (optional) path: what the transport can use
    // as its base. Anything else makes every call fail with Other.
    static bool isUsableBaseUrl(const QUrl& url);

    QUrl baseUrl() const { return m_baseUrl; }
    const TlsTrust& trust() const { return m_trust; }

    // How long a request may go without any bytes moving (connecting, the handshake, waiting for
    // the answer, between its parts) before it fails with Timeout. ApiRequest::timeout overrides
    // it per request.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Larger answers fail with TooLarge.
    void setMaximumAnswerBytes(qint64 bytes) { m_maximumAnswerBytes = bytes; }
    qint64 maximumAnswerBytes() const { return m_maximumAnswerBytes; }

    // Starts request; the result comes with the returned call's finished(), never before this
    // returns. The call belongs to the transport and deletes itself after finished().
    ApiCall* send(const ApiRequest& request);
    // Cancels every call in flight (each emits finished() with Cancelled), e.g. on sign-out.
    void cancelAll();

    // Whether requests leave at once; false while the system's CAs are still being read.
    bool isReady() const { return m_ssl.has_value(); }

private:
    QNetworkRequest networkRequest(const ApiRequest& request,
                                   std::chrono::milliseconds timeout) const;
    QNetworkReply* start(const ApiRequest& request, std::chrono::milliseconds timeout);
    void onSystemCasLoaded();
    bool maySendNow() const;
    // Sends the waiting calls, oldest first, as far as maySendNow() allows.
    void sendWaiting();
    // Pinned only: lets the next request leave when reply is answered, or deleted.
    void followPinnedReply(QNetworkReply* reply);

    QUrl m_baseUrl;
    TlsTrust m_trust;
    // Set once the trust can be applied.
    std::optional<QSslConfiguration> m_ssl;
    QFutureWatcher<QList<QSslCertificate>> m_systemCas;
    // The calls sent before they could leave, oldest first.
    QList<std::pair<QPointer<ApiCall>, ApiRequest>> m_waiting;
    // Pinned only: the reply on the wire (compared, never used: it may be gone), and whether the
    // connections must be dropped before the next request.
    const QObject* m_pinnedReply = nullptr;
    bool m_mustDropConnections = false;
    bool m_closing = false;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    qint64 m_maximumAnswerBytes = defaultMaximumAnswerBytes;
    QNetworkAccessManager m_network;
};
