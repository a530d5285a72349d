#include "OutboxRig.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

OutboxRig::~OutboxRig()
{
    // The outbox before the cache it writes (the base class stops the reader and the engine).
    m_outbox.reset();
}

bool OutboxRig::start()
{
    if (!DemoCacheRig::start())
        return false;
    m_port = server().portal().port();
    m_outbox = std::make_unique<Outbox>(session().client(), cache().path(), cache().key());
    m_outbox->setRetryDelays(std::chrono::milliseconds(0), std::chrono::milliseconds(0));
    if (!QTest::qWaitFor([this] { return m_outbox->isReady(); }, waitMs))
        return fail(u"the outbox did not open the cache"_s);
    if (!m_outbox->cacheError().isEmpty())
        return fail(u"the outbox: "_s + m_outbox->cacheError());
    return true;
}

bool OutboxRig::stopServer()
{
    server().portal().stop();
    return !server().portal().isRunning();
}

bool OutboxRig::startServerAgain()
{
    // The same port, so that the client's transport reaches it again; the same data and clock.
    if (!server().portal().start({u"--listen"_s, u"127.0.0.1:"_s + QString::number(m_port)}))
        return fail(u"the portal did not start again: "_s + server().errorString());
    if (server().portal().port() != m_port)
        return fail(u"the portal came back on another port"_s);
    return true;
}

std::optional<OutboxRound> OutboxRig::sendPending()
{
    QSignalSpy rounds(m_outbox.get(), &Outbox::roundFinished);
    if (!m_outbox->sendPending() && !rounds.wait(waitMs))
        return std::nullopt; // one was under way and did not end
    if (rounds.isEmpty() && !rounds.wait(waitMs))
        return std::nullopt;
    return rounds.takeLast().at(0).value<OutboxRound>();
}

QList<QStringList> OutboxRig::serverTypoReports()
{
    // Hex, so that no separator or line break inside the texts can confuse the reading.
    QProcess shell;
    shell.start(qEnvironmentVariable("KABINET_SQLCIPHER", u"sqlcipher"_s),
                {u"-batch"_s, QDir(server().portal().dataDir()).filePath(u"portal.db"_s),
                 u"SELECT hex(selection) || '|' || hex(context) || '|' || hex(screen) || '|' || "
                 "hex(comment) FROM typo_reports ORDER BY id;"_s});
    if (!shell.waitForFinished(waitMs) || shell.exitCode() != 0) {
        qWarning("sqlcipher: %s", shell.readAllStandardError().constData());
        return {};
    }
    QList<QStringList> reports;
    const QList<QByteArray> lines = shell.readAllStandardOutput().trimmed().split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields;
        for (const QByteArray& field : line.trimmed().split('|'))
            fields.append(QString::fromUtf8(QByteArray::fromHex(field)));
        reports.append(fields);
    }
    return reports;
}

void OutboxRig::type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
