#pragma once

#include "TestCertificates.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSslServer>
#include <QUrl>

#include <functional>

class QSslSocket;

// An HTTPS server in the test's own thread whose answers the test scripts byte by byte, for the
// failures a real server does not produce on demand: truncated bodies, hangs, proxies' pages,
// oversize answers. It also records every application byte it received, so that a test can
// prove that a refused connection carried no request (no header, no body, no token).
class ScriptedHttpsServer : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Called for each complete request (head and Content-Length body); writes the answer to
    // socket, or closes it, or does nothing (a hang).
    using Responder = std::function<void(QSslSocket& socket, const QByteArray& request)>;

    explicit ScriptedHttpsServer(const TestIdentity& identity, QObject* parent = nullptr);
    ~ScriptedHttpsServer() override;

    // On 127.0.0.1, a free port.
    bool listen();
    // The TLS versions it accepts (default: Qt's, TLS 1.2 or later); before listen().
    void setProtocol(QSsl::SslProtocol protocol);
    // The cipher suites it accepts, by OpenSSL's names (default: Qt's); before listen(). False if
    // OpenSSL knows none of them.
    bool setCiphers(const QList<QByteArray>& names);
    QUrl baseUrl() const;
    quint16 port() const { return m_server.serverPort(); }

    void setResponder(Responder responder) { m_responder = std::move(responder); }
    // Answers every request with these bytes.
    void answerAlways(const QByteArray& raw);

    // "HTTP/1.1 <status>" with Content-Length (unless headers carry one) and the headers.
    static QByteArray answer(int status, const QByteArray& body, const Headers& headers = {});
    static QByteArray jsonAnswer(int status, const QJsonObject& body, const Headers& headers = {});

    // Connections whose TLS handshake began.
    int connectionCount() const { return m_connections; }
    int openConnectionCount() const { return int(m_openSockets.size()); }
    // Everything any client sent after the handshake, decrypted.
    QByteArray receivedBytes() const { return m_received; }
    QList<QByteArray> requests() const { return m_requests; }
    // Waits until every connection so far has been closed (by either side).
    bool waitUntilAllClosed(int timeoutMs = 5000);

private:
    void watch(QSslSocket* socket);
    void accept();
    void onReadyRead(QSslSocket* socket);

    QSslServer m_server;
    Responder m_responder;
    int m_connections = 0;
    QSet<QObject*> m_openSockets;
    QByteArray m_received;
    QList<QByteArray> m_requests;
};
