#pragma once

#include <QObject>
#include <QTcpServer>

// A TCP relay on loopback that counts what passes through it: the client talks TLS to the real
// server through it, so the counts are the bytes on the wire (TLS records, handshake included),
// which the client's HTTP layer cannot see. Runs in the thread that creates it.
class ByteCountingProxy : public QObject
{
    Q_OBJECT

public:
    explicit ByteCountingProxy(quint16 targetPort, QObject* parent = nullptr);

    // Listens on 127.0.0.1 on a free port; false when it cannot.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    qint64 bytesToServer() const { return m_toServer; }
    qint64 bytesToClient() const { return m_toClient; }
    int connections() const { return m_connections; }

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_targetPort;
    qint64 m_toServer = 0;
    qint64 m_toClient = 0;
    int m_connections = 0;
};
