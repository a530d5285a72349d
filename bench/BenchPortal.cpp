#include "BenchPortal.h"

#include <QDeadlineTimer>

using namespace Qt::Literals::StringLiterals;

BenchPortal::BenchPortal(QString binary, QString dataDir)
    : m_binary(std::move(binary))
    , m_dataDir(std::move(dataDir))
{ }

BenchPortal::~BenchPortal()
{
    stop();
}

bool BenchPortal::start(const QStringList& extraArguments, int timeoutMs)
{
    m_process.setProgram(m_binary);
    m_process.setArguments(
        QStringList {u"--listen"_s, u"127.0.0.1:0"_s, u"--dev-tls"_s, u"--data"_s, m_dataDir}
        + extraArguments);
    // Its request log would fill the pipe: one line per request, nobody reading.
    m_process.setStandardErrorFile(m_dataDir + u"/portal.log"_s);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return fail(u"cannot start "_s + m_binary + u": "_s + m_process.errorString());

    QDeadlineTimer deadline(timeoutMs);
    while (m_stdout.count('\n') < 2) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return fail(u"kabinet-portal did not start (see %1/portal.log); it said: %2"_s.arg(
                m_dataDir, QString::fromLocal8Bit(m_stdout)));
        m_process.waitForReadyRead(100);
        m_stdout += m_process.readAllStandardOutput();
    }
    const QList<QByteArray> lines = m_stdout.split('\n');
    const QByteArray listening("listening on ");
    const QByteArray ca("ca: ");
    if (!lines.at(0).startsWith(listening) || !lines.at(1).startsWith(ca))
        return fail(u"unexpected start-up lines: "_s + QString::fromLocal8Bit(m_stdout));
    m_url = QUrl(QString::fromLatin1(lines.at(0).mid(listening.size())));
    m_caFile = QString::fromLocal8Bit(lines.at(1).mid(ca.size()));
    return true;
}

void BenchPortal::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool BenchPortal::fail(const QString& message)
{
    m_errorString = message;
    stop();
    return false;
}
