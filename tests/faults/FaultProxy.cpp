#include "FaultProxy.h"

#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslSocket>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

// Headers that describe one hop (or the framing the proxy redoes itself), never forwarded.
// Accept-Encoding is dropped so that the upstream client asks for what it can decompress, and the
// proxy always answers uncompressed.
bool isHopHeader(const QByteArray& name)
{
    static const QList<QByteArray> names {"host",
                                          "content-length",
                                          "connection",
                                          "keep-alive",
                                          "te",
                                          "upgrade",
                                          "proxy-connection",
                                          "transfer-encoding",
                                          "http2-settings",
                                          "accept-encoding",
                                          "content-encoding"};
    return names.contains(name.toLower());
}

bool targetMatches(const QByteArray& target, const QString& prefix)
{
    return prefix.isEmpty() || target.startsWith(prefix.toUtf8());
}

int countMatching(const QList<QByteArray>& targets, const QString& prefix)
{
    return int(std::count_if(targets.cbegin(), targets.cend(), [&prefix](const QByteArray& target) {
        return targetMatches(target, prefix);
    }));
}

// The length of the first complete request in buffer, or 0 when it is not complete yet.
qsizetype completeRequestLength(const QByteArray& buffer, qsizetype* headEnd)
{
    *headEnd = buffer.indexOf("\r\n\r\n");
    if (*headEnd < 0)
        return 0;
    qsizetype contentLength = 0;
    const QList<QByteArray> lines = buffer.left(*headEnd).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = *headEnd + 4 + contentLength;
    return buffer.size() >= total ? total : 0;
}

qsizetype part(double fraction, qsizetype size)
{
    return std::clamp<qsizetype>(qsizetype(std::floor(fraction * double(size))), 0, size);
}
} // namespace

FaultProxy::FaultProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, &FaultProxy::watch);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    // Nothing may report to this object while its members go.
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        it.key()->disconnect(this);
        if (QNetworkReply* reply = it->reply.data()) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

bool FaultProxy::start(const QUrl& upstreamBaseUrl, const QString& upstreamCaPath)
{
    if (!setUpstream(upstreamBaseUrl, upstreamCaPath))
        return false;
    m_ca = TestCertificates::makeCa(u"Kabinet fault proxy test CA"_s);
    if (m_ca.isNull()) {
        m_errorString = u"the proxy's CA could not be made"_s;
        return false;
    }
    m_identity = TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames());
    if (m_identity.isNull()) {
        m_errorString = u"the proxy's certificate could not be made"_s;
        return false;
    }
    m_caPath = m_dir.filePath(u"fault-proxy-ca.pem"_s);
    QFile file(m_caPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_ca.certificate.toPem()) < 0) {
        m_errorString = u"cannot write "_s + m_caPath + u": "_s + file.errorString();
        return false;
    }
    file.close();

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_identity.certificate);
    configuration.setPrivateKey(m_identity.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_server.setSslConfiguration(configuration);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        m_errorString = u"cannot listen: "_s + m_server.errorString();
        return false;
    }
    return true;
}

bool FaultProxy::setUpstream(const QUrl& upstreamBaseUrl, const QString& upstreamCaPath)
{
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(upstreamCaPath);
    if (cas.isEmpty()) {
        m_errorString = u"no CA certificate in "_s + upstreamCaPath;
        return false;
    }
    m_upstream = upstreamBaseUrl.adjusted(QUrl::StripTrailingSlash);
    m_upstreamSsl = QSslConfiguration::defaultConfiguration();
    m_upstreamSsl.addCaCertificates(cas);
    m_upstreamSsl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Connections to the old upstream must not be reused for the new one.
    m_network.clearConnectionCache();
    return true;
}

QUrl FaultProxy::baseUrl() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    return url;
}

void FaultProxy::addRule(const Rule& rule)
{
    if (rule.times > 0)
        m_rules.append(rule);
}

void FaultProxy::loseNextAnswer(const QString& pathPrefix)
{
    Rule rule;
    rule.fault = Fault::LoseAnswer;
    rule.pathPrefix = pathPrefix;
    addRule(rule);
}

void FaultProxy::clearRules()
{
    m_rules.clear();
}

int FaultProxy::forwardedCount(const QString& pathPrefix) const
{
    return countMatching(m_forwarded, pathPrefix);
}

int FaultProxy::receivedCount(const QString& pathPrefix) const
{
    return countMatching(m_received, pathPrefix);
}

std::optional<FaultProxy::Rule> FaultProxy::takeRule(const QByteArray& target)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (!targetMatches(target, m_rules.at(i).pathPrefix))
            continue;
        Rule rule = m_rules.at(i);
        if (--m_rules[i].times <= 0)
            m_rules.removeAt(i);
        return rule;
    }
    return std::nullopt;
}

void FaultProxy::watch(QSslSocket* socket)
{
    m_connections.insert(socket, Connection());
    // Without it, an answer written in two parts waits for the client's delayed ACK: 40 ms a
    // request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    const auto forget = [this, socket] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        // An upstream answer still to come is dropped (its reply stays to finish on its own).
        m_connections.erase(it);
        socket->disconnect(this);
        socket->deleteLater();
    };
    connect(socket, &QAbstractSocket::disconnected, this, forget);
    connect(socket, &QAbstractSocket::errorOccurred, this, forget);
}

void FaultProxy::accept()
{
    // Taken only so that they do not pile up; watch() follows them already.
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (socket->bytesAvailable() > 0)
            onReadyRead(qobject_cast<QSslSocket*>(socket));
    }
}

void FaultProxy::onReadyRead(QSslSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (!socket || it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    if (it->busy)
        return;
    qsizetype headEnd = 0;
    const qsizetype length = completeRequestLength(it->buffer, &headEnd);
    if (length == 0)
        return;
    const QByteArray head = it->buffer.left(headEnd);
    Request request;
    request.body = it->buffer.mid(headEnd + 4, length - headEnd - 4);
    it->buffer.remove(0, length);
    it->busy = true;

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    m_received.append(request.target);
    handle(socket, request);
}

void FaultProxy::handle(QSslSocket* socket, const Request& request)
{
    const std::optional<Rule> rule = takeRule(request.target);
    const QPointer<QSslSocket> alive(socket);
    if (rule && rule->beforeForwarding)
        rule->beforeForwarding();
    if (!alive || !m_connections.contains(socket))
        return;
    if (!rule) {
        forward(socket, request, rule);
        return;
    }
    switch (rule->fault) {
    case Fault::DropBeforeForwarding:
        closeAfterWriting(socket);
        return;
    case Fault::Hang:
        // busy stays set: nothing more is read from this connection, nothing is written.
        return;
    case Fault::Status: {
        socket->write(serialize(rule->status, "Fault", rule->headers, rule->body));
        finishRequest(socket);
        return;
    }
    case Fault::LoseAnswer:
    case Fault::DropAt:
    case Fault::ReplaceBody:
    case Fault::Truncate:
    case Fault::Pass:
        forward(socket, request, rule);
        return;
    }
}

void FaultProxy::forward(QSslSocket* socket, const Request& request,
                         const std::optional<Rule>& rule)
{
    QNetworkRequest upstreamRequest(QUrl::fromEncoded(m_upstream.toEncoded() + request.target));
    upstreamRequest.setSslConfiguration(m_upstreamSsl);
    upstreamRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    upstreamRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
    upstreamRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                 QNetworkRequest::AlwaysNetwork);
    upstreamRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                                 QNetworkRequest::Manual);
    upstreamRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                 QNetworkRequest::Manual);
    for (const auto& [name, value] : request.headers) {
        if (!isHopHeader(name))
            upstreamRequest.setRawHeader(name, value);
    }
    QNetworkReply* reply = nullptr;
    if (request.body.isEmpty())
        reply = m_network.sendCustomRequest(upstreamRequest, request.method);
    else
        reply = m_network.sendCustomRequest(upstreamRequest, request.method, request.body);
    m_connections[socket].reply = reply;
    const QPointer<QSslSocket> client(socket);
    const QByteArray target = request.target;
    connect(reply, &QNetworkReply::finished, this, [this, reply, client, rule, target] {
        reply->deleteLater();
        Upstream upstream;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            upstream.status = status.toInt();
            upstream.reason =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            for (const auto& [name, value] : reply->rawHeaderPairs()) {
                if (!isHopHeader(name))
                    upstream.headers.append({name, value});
            }
            upstream.body = reply->readAll();
            m_forwarded.append(target);
        }
        if (!client || !m_connections.contains(client.data()))
            return;
        answerFromUpstream(client.data(), upstream, rule);
    });
}

void FaultProxy::answerFromUpstream(QSslSocket* socket, const Upstream& upstream,
                                    const std::optional<Rule>& rule)
{
    const QPointer<QSslSocket> alive(socket);
    if (rule && rule->afterForwarding)
        rule->afterForwarding();
    if (!alive || !m_connections.contains(socket))
        return;
    if (upstream.status == 0) {
        // No answer upstream: the client sees what a dead server's connection does.
        closeAfterWriting(socket);
        return;
    }
    const QByteArray full =
        serialize(upstream.status, upstream.reason, upstream.headers, upstream.body);
    if (!rule || rule->fault == Fault::Pass) {
        socket->write(full);
        finishRequest(socket);
        return;
    }
    switch (rule->fault) {
    case Fault::LoseAnswer:
        closeAfterWriting(socket);
        return;
    case Fault::DropAt:
        socket->write(full.left(part(rule->fraction, full.size())));
        closeAfterWriting(socket);
        return;
    case Fault::ReplaceBody:
        socket->write(serialize(upstream.status, upstream.reason, upstream.headers, rule->body));
        finishRequest(socket);
        return;
    case Fault::Truncate: {
        const QByteArray head =
            serialize(upstream.status, upstream.reason, upstream.headers, {}, upstream.body.size());
        socket->write(head + upstream.body.left(part(rule->fraction, upstream.body.size())));
        closeAfterWriting(socket);
        return;
    }
    case Fault::Pass: // answered above
    case Fault::DropBeforeForwarding:
    case Fault::Hang:
    case Fault::Status:
        // Never forwarded.
        return;
    }
}

void FaultProxy::finishRequest(QSslSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->busy = false;
    it->reply.clear();
    // A next request may be waiting in the buffer already.
    if (!it->buffer.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this, socket = QPointer<QSslSocket>(socket)] {
                if (socket)
                    onReadyRead(socket.data());
            },
            Qt::QueuedConnection);
}

QByteArray FaultProxy::serialize(int status, const QByteArray& reason, const Headers& headers,
                                 const QByteArray& body, qint64 contentLength)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' '
        + (reason.isEmpty() ? QByteArray("Answer") : reason) + "\r\n";
    for (const auto& [name, value] : headers) {
        if (!isHopHeader(name))
            raw += name + ": " + value + "\r\n";
    }
    raw += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size())
        + "\r\n";
    return raw + "\r\n" + body;
}

void FaultProxy::closeAfterWriting(QSslSocket* socket)
{
    // Flushes what was written, then closes: the client sees the connection end there.
    socket->disconnectFromHost();
}
