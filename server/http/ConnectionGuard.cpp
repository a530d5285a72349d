#include "http/ConnectionGuard.h"

#include "http/ApiError.h"
#include "http/HttpLimits.h"
#include "http/JsonResponse.h"
#include "http/RequestLog.h"
#include "http/RequestTimer.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>

namespace {
// How long, and how much, a refused client may go on sending before the connection is closed;
// a pause longer than drainIdleMs means it has stopped.
constexpr qint64 drainTimeoutMs = 5000;
constexpr int drainIdleMs = 500;
constexpr qint64 maxDrainBytes = 8 * 1024 * 1024;

QByteArray tooLargeAnswer()
{
    const QByteArray body = QJsonDocument(JsonResponse::errorBody(ApiError(ApiErrorCode::TooLarge)))
                                .toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\nContent-Type: ")
        + JsonResponse::contentType() + QByteArrayLiteral("\r\nContent-Length: ")
        + QByteArray::number(body.size())
        + QByteArrayLiteral("\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n") + body;
}
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, RequestTimer& timer)
    : QObject(socket)
    , m_socket(socket)
    , m_timer(timer)
{
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(drainIdleMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &ConnectionGuard::finishDrain);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        drain();
        return;
    }
    // The parser keeps a read transaction open while a request is incomplete and commits it
    // once the request is whole, so no transaction means these bytes begin a new request.
    if (!m_socket->isTransactionStarted())
        beginRequest();
    m_timer.setCurrent(m_started);

    const qint64 available = m_socket->bytesAvailable();
    m_received += available;
    if (!m_headComplete && !readHead(available)) {
        refuse();
        return;
    }
    const qint64 limit = m_headComplete && m_contentLength >= 0
        ? m_headLength + HttpLimits::maxBodyBytes
        : HttpLimits::maxHeaderBytes + HttpLimits::maxBodyBytes;
    if (m_contentLength > HttpLimits::maxBodyBytes || m_received > limit)
        refuse();
}

void ConnectionGuard::beginRequest()
{
    m_started.start();
    m_head.clear();
    m_headComplete = false;
    m_headLength = 0;
    m_contentLength = -1;
    m_received = 0;
}

bool ConnectionGuard::readHead(qint64 available)
{
    const qint64 room = HttpLimits::maxHeaderBytes - m_head.size();
    // peek() leaves the bytes for the parser, which reads after this slot.
    m_head += m_socket->peek(qMin(available, room + 4));
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0)
        return m_head.size() <= HttpLimits::maxHeaderBytes;

    m_headComplete = true;
    m_headLength = end + 4;
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        // A malformed length is the parser's to refuse (400 and close).
        if (ok && length >= 0)
            m_contentLength = length;
    }
    return true;
}

void ConnectionGuard::refuse()
{
    m_refused = true;
    RequestLog::write(requestLineMethod(), requestLinePath(), 413, m_started.elapsed());

    // Take the socket from the parser: only this guard reads it from now on.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();

    m_drainLeft = m_contentLength >= 0 && m_headComplete
        ? qMin(maxDrainBytes, m_headLength + m_contentLength - m_received)
        : maxDrainBytes;
    m_socket->write(tooLargeAnswer());
    m_drainStarted.start();
    drain();
}

void ConnectionGuard::drain()
{
    const QByteArray dropped = m_socket->readAll();
    m_drainLeft -= dropped.size();
    if (m_drainLeft <= 0 || m_drainStarted.elapsed() > drainTimeoutMs)
        finishDrain();
    else
        m_drainTimer.start();
}

void ConnectionGuard::finishDrain()
{
    m_drainTimer.stop();
    m_socket->disconnectFromHost();
}

QByteArray ConnectionGuard::requestLineMethod() const
{
    const qsizetype space = m_head.indexOf(' ');
    const QByteArray method = space > 0 ? m_head.left(space) : QByteArray();
    for (const char c : method) {
        if (c < 'A' || c > 'Z')
            return QByteArrayLiteral("-");
    }
    return method.isEmpty() || method.size() > 10 ? QByteArrayLiteral("-") : method;
}

QString ConnectionGuard::requestLinePath() const
{
    const qsizetype lineEnd = m_head.indexOf("\r\n");
    const QByteArray requestLine = lineEnd >= 0 ? m_head.left(lineEnd) : QByteArray();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() < 2)
        return QStringLiteral("-");
    return RequestLog::safePath(QUrl::fromEncoded(parts.at(1)));
}
