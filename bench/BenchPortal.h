#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// The real kabinet-portal for the benchmark, run as tests/server/PortalProcess runs it:
// `--listen 127.0.0.1:0 --dev-tls --data DIR` plus the extra arguments, reading the URL and the
// CA's path from its first two lines of output. Stopped (SIGTERM, then SIGKILL) with this object.
class BenchPortal
{
public:
    BenchPortal(QString binary, QString dataDir);
    ~BenchPortal();
    BenchPortal(const BenchPortal&) = delete;
    BenchPortal& operator=(const BenchPortal&) = delete;

    // Waits up to timeoutMs for the start-up lines (writing --demo-scale data takes a while).
    bool start(const QStringList& extraArguments, int timeoutMs);
    void stop();

    QUrl url() const { return m_url; }
    QString caFile() const { return m_caFile; }
    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString& message);

    QString m_binary;
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_stdout;
    QUrl m_url;
    QString m_caFile;
    QString m_errorString;
};
