#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;
class RequestTimer;

// Watches one client connection ahead of Qt's HTTP parser, which would otherwise buffer any
// body whole before a handler could refuse it. Its readyRead slot is connected before the
// parser's, so for every request it
// - starts the request's timer (RequestTimer) when the request's first bytes arrive;
// - reads the head as it arrives and answers 413 too_large at once when Content-Length is over
//   HttpLimits::maxBodyBytes, or when more than that plus HttpLimits::maxHeaderBytes arrives
//   (chunked bodies, endless headers).
// A refused connection is taken away from the parser: the guard answers, reads and drops what
// the client still sends (so the client sees the answer rather than a reset), then closes.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Becomes a child of socket. Connect it before anything else reads the socket.
    ConnectionGuard(QTcpSocket* socket, RequestTimer& timer);

private:
    void onReadyRead();
    void beginRequest();
    // Appends newly arrived head bytes; returns false when the head is larger than allowed.
    bool readHead(qint64 available);
    void refuse();
    void drain();
    void finishDrain();
    QByteArray requestLineMethod() const;
    QString requestLinePath() const;

    QTcpSocket* m_socket;
    RequestTimer& m_timer;
    QElapsedTimer m_started;
    QByteArray m_head;
    bool m_headComplete = false;
    qint64 m_headLength = 0;
    qint64 m_contentLength = -1;
    qint64 m_received = 0;
    bool m_refused = false;
    qint64 m_drainLeft = 0;
    QElapsedTimer m_drainStarted;
    QTimer m_drainTimer;
};
