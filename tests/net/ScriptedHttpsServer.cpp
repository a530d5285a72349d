#include "ScriptedHttpsServer.h"

#include <QJsonDocument>
#include <QSslCipher>
#include <QSslSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const char* const bufferProperty = "scriptedBuffer";

// The length of the first complete request in buffer, or 0 when it is not complete yet.
qsizetype completeRequestLength(const QByteArray& buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    qsizetype contentLength = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + contentLength;
    return buffer.size() >= total ? total : 0;
}
} // namespace

ScriptedHttpsServer::ScriptedHttpsServer(const TestIdentity& identity, QObject* parent)
    : QObject(parent)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(identity.certificate);
    configuration.setPrivateKey(identity.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, &ScriptedHttpsServer::watch);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpsServer::accept);
    answerAlways(jsonAnswer(200, {{u"status"_s, u"ok"_s}}));
}

void ScriptedHttpsServer::setProtocol(QSsl::SslProtocol protocol)
{
    QSslConfiguration configuration = m_server.sslConfiguration();
    configuration.setProtocol(protocol);
    m_server.setSslConfiguration(configuration);
}

bool ScriptedHttpsServer::setCiphers(const QList<QByteArray>& names)
{
    QList<QSslCipher> ciphers;
    for (const QByteArray& name : names) {
        if (const QSslCipher cipher(QString::fromLatin1(name)); !cipher.isNull())
            ciphers.append(cipher);
    }
    QSslConfiguration configuration = m_server.sslConfiguration();
    configuration.setCiphers(ciphers);
    m_server.setSslConfiguration(configuration);
    return !ciphers.isEmpty();
}

ScriptedHttpsServer::~ScriptedHttpsServer()
{
    // The sockets are the listener's children and outlive this object's other members; they
    // must not report to it while it is half destroyed.
    const QList<QSslSocket*> sockets = m_server.findChildren<QSslSocket*>();
    for (QSslSocket* socket : sockets)
        socket->disconnect(this);
}

bool ScriptedHttpsServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpsServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void ScriptedHttpsServer::answerAlways(const QByteArray& raw)
{
    m_responder = [raw](QSslSocket& socket, const QByteArray&) {
        socket.write(raw);
    };
}

QByteArray ScriptedHttpsServer::answer(int status, const QByteArray& body, const Headers& headers)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    bool hasLength = false;
    for (const auto& [name, value] : headers) {
        hasLength = hasLength || name.toLower() == "content-length"
            || name.toLower() == "transfer-encoding";
        raw += name + ": " + value + "\r\n";
    }
    if (!hasLength)
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return raw + "\r\n" + body;
}

QByteArray ScriptedHttpsServer::jsonAnswer(int status, const QJsonObject& body,
                                           const Headers& headers)
{
    Headers all = headers;
    all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return answer(status, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

bool ScriptedHttpsServer::waitUntilAllClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_openSockets.isEmpty(); }, timeoutMs);
}

void ScriptedHttpsServer::watch(QSslSocket* socket)
{
    // Watched from the start of the handshake, not from nextPendingConnection(): a client that
    // sent something and vanished before the handshake was reported must still be seen.
    ++m_connections;
    m_openSockets.insert(socket);
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QAbstractSocket::disconnected, this,
            [this, socket] { m_openSockets.remove(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket] { m_openSockets.remove(socket); });
    // The server drops sockets whose handshake failed, possibly without a disconnected().
    connect(socket, &QObject::destroyed, this,
            [this](QObject* object) { m_openSockets.remove(object); });
}

void ScriptedHttpsServer::accept()
{
    // Taken only so that they do not pile up; watch() follows them already.
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (socket->bytesAvailable() > 0)
            onReadyRead(qobject_cast<QSslSocket*>(socket));
    }
}

void ScriptedHttpsServer::onReadyRead(QSslSocket* socket)
{
    if (!socket)
        return;
    const QByteArray data = socket->readAll();
    m_received += data;
    QByteArray buffer = socket->property(bufferProperty).toByteArray() + data;
    while (const qsizetype length = completeRequestLength(buffer)) {
        const QByteArray request = buffer.left(length);
        buffer.remove(0, length);
        m_requests.append(request);
        socket->setProperty(bufferProperty, buffer);
        m_responder(*socket, request);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
    socket->setProperty(bufferProperty, buffer);
}
