#include "http/PortalSslServer.h"

#include "http/ConnectionGuard.h"

PortalSslServer::PortalSslServer(RequestTimer& timer, QObject* parent)
    : QSslServer(parent)
    , m_timer(timer)
{ }

QTcpSocket* PortalSslServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    if (socket)
        new ConnectionGuard(socket, m_timer);
    return socket;
}
