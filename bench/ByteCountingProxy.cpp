#include "ByteCountingProxy.h"

#include <QTcpSocket>

ByteCountingProxy::ByteCountingProxy(quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ByteCountingProxy::onNewConnection);
}

bool ByteCountingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ByteCountingProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        // Deleted with the client, which goes when either side hangs up.
        auto* upstream = new QTcpSocket(client);
        const auto toServer = [this, client, upstream] {
            const QByteArray data = client->readAll();
            m_toServer += data.size();
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
        };
        const auto toClient = [this, client, upstream] {
            const QByteArray data = upstream->readAll();
            m_toClient += data.size();
            if (client->state() == QAbstractSocket::ConnectedState)
                client->write(data);
        };
        // What the client sends before the server's side is connected waits in its socket.
        connect(upstream, &QTcpSocket::connected, client, [client, toServer] {
            connect(client, &QTcpSocket::readyRead, client, toServer);
            toServer();
        });
        connect(upstream, &QTcpSocket::readyRead, client, toClient);
        connect(upstream, &QTcpSocket::disconnected, client, [client, toClient] {
            toClient();
            client->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, client,
                [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}
