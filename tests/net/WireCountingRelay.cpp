#include "WireCountingRelay.h"

#include <QTcpSocket>

WireCountingRelay::WireCountingRelay(quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &WireCountingRelay::onNewConnection);
}

bool WireCountingRelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray WireCountingRelay::firstClientRecord() const
{
    // A TLS record: type, version (2 bytes), length (2 bytes, big-endian), then the fragment.
    if (m_clientStart.size() < 5)
        return {};
    const int length = (quint8(m_clientStart.at(3)) << 8) | quint8(m_clientStart.at(4));
    if (m_clientStart.size() < 5 + length)
        return {};
    return m_clientStart.left(5 + length);
}

void WireCountingRelay::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        m_clientStart.clear();
        const int connection = m_connections;
        // Deleted with the client, which goes when either side hangs up.
        auto* upstream = new QTcpSocket(client);
        const auto toServer = [this, client, upstream, connection] {
            const QByteArray data = client->readAll();
            m_toServer += data.size();
            if (connection == m_connections && m_clientStart.size() < 4096)
                m_clientStart += data.left(4096 - m_clientStart.size());
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
