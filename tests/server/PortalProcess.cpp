#include "PortalProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSaveFile>

namespace {
QString clockFileName()
{
    return QStringLiteral("clock");
}
} // namespace

PortalProcess::PortalProcess()
    : m_ownDataDir(std::make_unique<QTemporaryDir>())
    , m_dataDir(m_ownDataDir->path())
{ }

PortalProcess::PortalProcess(const QString& dataDir)
    : m_dataDir(dataDir)
{ }

PortalProcess::~PortalProcess()
{
    stop();
}

QString PortalProcess::binaryPath()
{
    return QStringLiteral(KABINET_PORTAL_BINARY);
}

bool PortalProcess::start(const QStringList& extraArguments)
{
    if (isRunning())
        return fail(QStringLiteral("already running"));
    m_stdout.clear();
    m_port = 0;
    m_caPath.clear();
    m_client.reset();

    QStringList arguments {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--dev-tls"), QStringLiteral("--data"), m_dataDir};
    if (m_clockStart)
        arguments << QStringLiteral("--clock-file") << m_clockDir.filePath(clockFileName());
    arguments << extraArguments;

    m_process.setProgram(binaryPath());
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(m_startTimeoutMs))
        return fail(
            QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process.errorString()));
    if (!readStartupLines(true)) {
        stop();
        return false;
    }

    QFile ca(m_caPath);
    const QList<QSslCertificate> cas = ca.open(QIODevice::ReadOnly)
        ? QSslCertificate::fromData(ca.readAll(), QSsl::Pem)
        : QList<QSslCertificate>();
    if (cas.isEmpty()) {
        stop();
        return fail(QStringLiteral("cannot read the CA %1").arg(m_caPath));
    }
    m_caCertificate = cas.constFirst();
    m_client = std::make_unique<PortalClient>(baseUrl(), cas);
    return true;
}

bool PortalProcess::readStartupLines(bool expectCa)
{
    const QByteArray listening("listening on https://127.0.0.1:");
    const qsizetype needed = expectCa ? 2 : 1;
    QDeadlineTimer deadline(m_startTimeoutMs);
    while (m_stdout.count('\n') < needed) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_stdout += m_process.readAllStandardOutput();
            m_stderr += m_process.readAllStandardError();
            return fail(
                QStringLiteral("the server did not start; stdout: %1; stderr: %2")
                    .arg(QString::fromLocal8Bit(m_stdout), QString::fromLocal8Bit(m_stderr)));
        }
        m_process.waitForReadyRead(100);
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
    }

    const QList<QByteArray> lines = m_stdout.split('\n');
    const QByteArray first = lines.at(0);
    bool ok = false;
    const uint port = first.startsWith(listening) ? first.mid(listening.size()).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535)
        return fail(QStringLiteral("unexpected first line: %1").arg(QString::fromLocal8Bit(first)));
    m_port = quint16(port);
    if (expectCa) {
        const QByteArray second = lines.at(1);
        if (!second.startsWith("ca: "))
            return fail(
                QStringLiteral("unexpected second line: %1").arg(QString::fromLocal8Bit(second)));
        m_caPath = QString::fromLocal8Bit(second.mid(4));
    }
    return true;
}

bool PortalProcess::restart(const QStringList& extraArguments)
{
    stop();
    return start(extraArguments);
}

int PortalProcess::stop()
{
    m_client.reset();
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    bool killed = false;
    if (!m_process.waitForFinished(m_stopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(m_stopTimeoutMs);
        killed = true;
    }
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
    if (killed || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

bool PortalProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QUrl PortalProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QByteArray PortalProcess::standardError()
{
    if (isRunning())
        m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

bool PortalProcess::waitForStandardError(const QByteArray& needle, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!standardError().contains(needle)) {
        if (!isRunning() || deadline.hasExpired())
            return false;
        m_process.waitForReadyRead(
            int(qMax<qint64>(1, qMin<qint64>(100, deadline.remainingTime()))));
    }
    return true;
}

bool PortalProcess::setClock(const QDateTime& utc)
{
    if (isRunning() && !m_clockStart)
        return false;
    QSaveFile file(m_clockDir.filePath(clockFileName()));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(utc.toUTC().toString(Qt::ISODateWithMs).toLatin1());
    if (!file.commit())
        return false;
    if (!m_clockStart)
        m_clockStart = utc;
    return true;
}

PortalClient& PortalProcess::client()
{
    Q_ASSERT_X(m_client, "PortalProcess::client", "start() the server first");
    return *m_client;
}

PortalReply PortalProcess::get(const QString& path, const PortalClient::Headers& headers)
{
    return client().get(path, headers);
}

PortalReply PortalProcess::post(const QString& path, const QJsonObject& body,
                                const PortalClient::Headers& headers)
{
    return client().post(path, body, headers);
}

PortalReply PortalProcess::put(const QString& path, const QJsonObject& body,
                               const PortalClient::Headers& headers)
{
    return client().put(path, body, headers);
}

PortalReply PortalProcess::patch(const QString& path, const QJsonObject& body,
                                 const PortalClient::Headers& headers)
{
    return client().patch(path, body, headers);
}

PortalReply PortalProcess::del(const QString& path, const std::optional<QJsonObject>& body,
                               const PortalClient::Headers& headers)
{
    return client().del(path, body, headers);
}

PortalReply PortalProcess::send(const QByteArray& method, const QString& path,
                                const std::optional<QByteArray>& body,
                                const PortalClient::Headers& headers)
{
    return client().send(method, path, body, headers);
}

PortalProcess::Run PortalProcess::run(const QStringList& arguments, int timeoutMs)
{
    Run result;
    QProcess process;
    process.start(binaryPath(), arguments);
    if (!process.waitForStarted(timeoutMs))
        return result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

bool PortalProcess::fail(const QString& message)
{
    m_errorString = message;
    return false;
}
