#pragma once

#include "TestCertificates.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslServer>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;
class QSslSocket;

// A TLS-terminating HTTP reverse proxy for fault-injection tests: the client talks HTTPS to it
// (its own CA and a certificate for 127.0.0.1 and localhost), and it forwards every request to the
// real kabinet-portal over HTTPS (trusting the portal's CA) and sends the answer back, unless a
// rule says to break something. The real server keeps doing the real work, so a test sees what
// the client does with a failure at exactly one point of a real conversation.
//
//     FaultProxy proxy;
//     QVERIFY2(proxy.start(portal.baseUrl(), portal.caPath()), qPrintable(proxy.errorString()));
//     FaultProxy::Rule rule = FaultProxy::Rule::of(FaultProxy::Fault::DropAt, u"/api/v1/sync"_s);
//     rule.fraction = 0.1;
//     proxy.addRule(rule);
//     ApiTransport transport(proxy.baseUrl(), *TlsTrust::load(proxy.caPath(), {}).trust);
//
// Notes for tests:
// - Qt's HTTP client may send a request again by itself, up to twice and whatever its method (a
//   POST too), when the connection closes before any byte of the answer came; how often depends
//   on the connection's state. A fault meant to reach the caller that way (DropBeforeForwarding,
//   LoseAnswer, DropAt 0) needs times >= 3 per failure the caller should see; clearRules() ends
//   what is left of it.
// - When the upstream cannot be reached (the portal was stopped), the client's connection is
//   closed without an answer, as a dead server's would be.
// - One request at a time per connection (Qt does not pipeline); HTTP/1.1 only.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        // Forwards the request, waits for the upstream answer, then closes the client's
        // connection without sending anything: the server did the work, the answer is lost.
        LoseAnswer,
        // Closes the client's connection; forwards nothing.
        DropBeforeForwarding,
        // Forwards, then sends only `fraction` of the answer's bytes (head and body) and closes.
        DropAt,
        // Takes the request and never answers (the connection stays open).
        Hang,
        // Answers `status` with `body` (and `headers`); forwards nothing.
        Status,
        // Forwards, answers with the upstream status and headers but `body` instead (its
        // Content-Length fixed).
        ReplaceBody,
        // Forwards, sends the head with the full Content-Length but only `fraction` of the body,
        // and closes.
        Truncate,
        // Forwards and answers unchanged: lets `times` requests through before the next rule,
        // and runs the hooks (e.g. to stop the server after it answered).
        Pass,
    };

    struct Rule
    {
        Fault fault = Fault::Status;
        // Matched against the request target (path and query) as sent: "/api/v1/sync" matches
        // every sync request; "" matches everything.
        QString pathPrefix;
        double fraction = 0;
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        // How many matching requests this rule breaks.
        int times = 1;
        // Called when the rule matches, before anything is forwarded (or answered).
        std::function<void()> beforeForwarding;
        // Called once the upstream answer is in, before anything of it goes to the client (for
        // the faults that forward).
        std::function<void()> afterForwarding;

        // The rule with the other fields as above (designated initializers would warn about
        // the fields left out).
        static Rule of(Fault fault, const QString& pathPrefix = {}, int times = 1)
        {
            Rule rule;
            rule.fault = fault;
            rule.pathPrefix = pathPrefix;
            rule.times = times;
            return rule;
        }
    };

    explicit FaultProxy(QObject* parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1, a free port; false with errorString() when it cannot.
    bool start(const QUrl& upstreamBaseUrl, const QString& upstreamCaPath);
    // Forwards to another upstream from the next request on (e.g. the portal restarted on a new
    // port); false with errorString() when the CA file cannot be read.
    bool setUpstream(const QUrl& upstreamBaseUrl, const QString& upstreamCaPath);
    QUrl upstreamBaseUrl() const { return m_upstream; }

    // https://127.0.0.1:PORT; its certificate names 127.0.0.1 and localhost.
    QUrl baseUrl() const;
    // The proxy's CA as a PEM file, for the client's TlsTrust (--ca).
    QString caPath() const { return m_caPath; }
    QSslCertificate caCertificate() const { return m_ca.certificate; }

    // Rules apply in the order added, the first one matching a request taking it, each to
    // `times` requests.
    void addRule(const Rule& rule);
    void loseNextAnswer(const QString& pathPrefix);
    void clearRules();
    // Rules whose times are not used up.
    int pendingRuleCount() const { return int(m_rules.size()); }

    // Requests that reached the upstream and got an HTTP answer there (whatever the client got
    // afterwards), with targets starting with pathPrefix.
    int forwardedCount(const QString& pathPrefix = {}) const;
    // Requests the proxy received from clients, with targets starting with pathPrefix.
    int receivedCount(const QString& pathPrefix = {}) const;
    // Client connections currently open.
    int openConnectionCount() const { return int(m_connections.size()); }

    QString errorString() const { return m_errorString; }

private:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Upstream
    {
        int status = 0; // 0: no HTTP answer (unreachable, broken)
        QByteArray reason;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a request is being answered (or hangs)
        QPointer<QNetworkReply> reply;
    };

    void watch(QSslSocket* socket);
    void accept();
    void onReadyRead(QSslSocket* socket);
    void handle(QSslSocket* socket, const Request& request);
    void forward(QSslSocket* socket, const Request& request, const std::optional<Rule>& rule);
    void answerFromUpstream(QSslSocket* socket, const Upstream& upstream,
                            const std::optional<Rule>& rule);
    void finishRequest(QSslSocket* socket);
    std::optional<Rule> takeRule(const QByteArray& target);

    static QByteArray serialize(int status, const QByteArray& reason,
                                const QList<QPair<QByteArray, QByteArray>>& headers,
                                const QByteArray& body, qint64 contentLength = -1);
    static void closeAfterWriting(QSslSocket* socket);

    TestIdentity m_ca;
    TestIdentity m_identity;
    QTemporaryDir m_dir;
    QString m_caPath;
    QSslServer m_server;
    QNetworkAccessManager m_network;
    QUrl m_upstream;
    QSslConfiguration m_upstreamSsl;
    QList<Rule> m_rules;
    QHash<QSslSocket*, Connection> m_connections;
    QList<QByteArray> m_forwarded;
    QList<QByteArray> m_received;
    QString m_errorString;
};
