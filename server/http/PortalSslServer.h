#pragma once

#include <QSslServer>

class RequestTimer;

// The TLS listener: a QSslServer that hands every connection to the HTTP server with a
// ConnectionGuard already in front of it (nextPendingConnection() is what the HTTP server calls
// before it connects its own parser).
class PortalSslServer : public QSslServer
{
    Q_OBJECT

public:
    explicit PortalSslServer(RequestTimer& timer, QObject* parent = nullptr);

    QTcpSocket* nextPendingConnection() override;

private:
    RequestTimer& m_timer;
};
