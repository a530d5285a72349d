#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

// A TCP relay on loopback between a client and a server that counts the bytes on the wire (the
// TLS records, handshake included, which the client's HTTP layer never sees) and keeps the
// first bytes the client sent on each connection: its ClientHello. Runs in the thread that
// makes it. (bench/ByteCountingProxy measures the same for the benchmark.)
class WireCountingRelay : public QObject
{
    Q_OBJECT

public:
    explicit WireCountingRelay(quint16 targetPort, QObject* parent = nullptr);

    // Listens on 127.0.0.1 on a free port; false when it cannot.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    qint64 bytesToServer() const { return m_toServer; }
    qint64 bytesToClient() const { return m_toClient; }
    int connections() const { return m_connections; }
    // The first TLS record the client sent on the last connection (header included); empty
    // before one came.
    QByteArray firstClientRecord() const;

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_targetPort;
    qint64 m_toServer = 0;
    qint64 m_toClient = 0;
    int m_connections = 0;
    QByteArray m_clientStart; // the first bytes from the last connection's client
};
