#pragma once

#include "PortalClient.h"

#include <QDateTime>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

// Runs the real kabinet-portal binary for a test, over real HTTPS on loopback:
//
//     PortalProcess portal;
//     QVERIFY2(portal.start(), qPrintable(portal.errorString()));
//     const PortalReply reply = portal.get(u"/api/v1/health"_s);
//     QCOMPARE(reply.status, 200);
//
// start() runs `kabinet-portal --listen 127.0.0.1:0 --dev-tls --data DIR` plus the extra
// arguments, with DIR a temporary directory of its own (or the one given to the constructor),
// and reads the port and the CA path from the first two lines of output. The client trusts that
// CA only through its QSslConfiguration. The destructor stops the server (SIGTERM, then SIGKILL
// after a timeout).
class PortalProcess
{
public:
    // A fresh temporary data directory, removed with this object.
    PortalProcess();
    // An existing data directory, kept: e.g. to start a second server on the first one's data.
    explicit PortalProcess(const QString& dataDir);
    ~PortalProcess();
    PortalProcess(const PortalProcess&) = delete;
    PortalProcess& operator=(const PortalProcess&) = delete;

    // Starts and waits for the start-up lines; false with errorString() (and the server's
    // stderr) when it does not come up.
    bool start(const QStringList& extraArguments = {});
    // Stops and starts again on the same data directory (on a new port).
    bool restart(const QStringList& extraArguments = {});
    // Stops the server; returns its exit code, or -1 when it crashed or had to be killed.
    int stop();
    bool isRunning() const;
    // The server's process id (0 when not running), e.g. to look at /proc/PID.
    qint64 processId() const { return m_process.processId(); }

    QString errorString() const { return m_errorString; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString dataDir() const { return m_dataDir; }
    QString caPath() const { return m_caPath; }
    QSslCertificate caCertificate() const { return m_caCertificate; }

    // Everything the server wrote to stderr so far (its log).
    QByteArray standardError();
    // Waits until stderr contains needle; the log is written asynchronously to the answer.
    bool waitForStandardError(const QByteArray& needle, int timeoutMs = 5000);

    // The server's clock. Called before start(), the server runs with --clock-file and starts
    // at utc; called later (on such a server), it moves the server's time to utc.
    bool setClock(const QDateTime& utc);

    // The client of the running server: made by start() (trusting that server's CA), dropped by
    // stop(); don't keep the reference across a restart().
    PortalClient& client();
    PortalReply get(const QString& path, const PortalClient::Headers& headers = {});
    PortalReply post(const QString& path, const QJsonObject& body = {},
                     const PortalClient::Headers& headers = {});
    PortalReply put(const QString& path, const QJsonObject& body = {},
                    const PortalClient::Headers& headers = {});
    PortalReply patch(const QString& path, const QJsonObject& body = {},
                      const PortalClient::Headers& headers = {});
    PortalReply del(const QString& path, const std::optional<QJsonObject>& body = std::nullopt,
                    const PortalClient::Headers& headers = {});
    PortalReply send(const QByteArray& method, const QString& path,
                     const std::optional<QByteArray>& body,
                     const PortalClient::Headers& headers = {});

    // The path of the kabinet-portal binary under test.
    static QString binaryPath();

    // Runs kabinet-portal with exactly these arguments to its end (for --help, errors, …).
    struct Run
    {
        bool finished = false; // false: it had to be killed after the timeout
        int exitCode = -1;
        QByteArray standardOutput;
        QByteArray standardError;
    };
    static Run run(const QStringList& arguments, int timeoutMs = 10000);

private:
    bool fail(const QString& message);
    bool readStartupLines(bool expectCa);

    std::unique_ptr<QTemporaryDir> m_ownDataDir;
    QString m_dataDir;
    QTemporaryDir m_clockDir;
    std::optional<QDateTime> m_clockStart;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    quint16 m_port = 0;
    QString m_caPath;
    QSslCertificate m_caCertificate;
    std::unique_ptr<PortalClient> m_client;
    QString m_errorString;
    int m_startTimeoutMs = 20000;
    int m_stopTimeoutMs = 5000;
};
