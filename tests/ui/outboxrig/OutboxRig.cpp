#include "OutboxRig.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int waitMs = 20000;
} // namespace

OutboxRig::OutboxRig() = default;

OutboxRig::~OutboxRig()
{
    // The outbox and the reader before the cache they read; the engine before its page source.
    m_outbox.reset();
    m_reader.reset();
    m_engine.reset();
    m_pages.reset();
}

bool OutboxRig::fail(const QString& error)
{
    m_error = error;
    return false;
}

bool OutboxRig::start()
{
    if (!m_server.start())
        return fail(u"the portal did not start: "_s + m_server.errorString());
    m_port = m_server.portal().port();
    if (!m_cache.open())
        return fail(u"the cache did not open"_s);
    m_session = std::make_unique<PortalSession>(m_server.baseUrl(), m_server.portal().caPath());
    if (!m_session->logIn())
        return fail(u"demo could not sign in"_s);
    m_pages = std::make_unique<AuthorizedPageSource>(m_session->api());
    m_engine = std::make_unique<SyncEngine>(*m_pages, m_cache.path(), m_cache.key());
    m_engine->setInterval(std::chrono::seconds(0));
    if (!sync())
        return false;
    m_reader = std::make_unique<CacheReaderThread>(m_cache.path(), m_cache.key());
    m_outbox = std::make_unique<Outbox>(m_session->client(), m_cache.path(), m_cache.key());
    m_outbox->setRetryDelays(std::chrono::milliseconds(0), std::chrono::milliseconds(0));
    if (!QTest::qWaitFor([this] { return m_outbox->isReady(); }, waitMs))
        return fail(u"the outbox did not open the cache"_s);
    if (!m_outbox->cacheError().isEmpty())
        return fail(u"the outbox: "_s + m_outbox->cacheError());
    return true;
}

bool OutboxRig::sync()
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    m_engine->refresh();
    if (!finished.wait(waitMs))
        return fail(u"the sync did not finish: "_s + m_engine->status().text());
    return true;
}

bool OutboxRig::stopServer()
{
    m_server.portal().stop();
    return !m_server.portal().isRunning();
}

bool OutboxRig::startServerAgain()
{
    // The same port, so that the client's transport reaches it again; the same data and clock.
    if (!m_server.portal().start({u"--listen"_s, u"127.0.0.1:"_s + QString::number(m_port)}))
        return fail(u"the portal did not start again: "_s + m_server.errorString());
    if (m_server.portal().port() != m_port)
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

QJsonArray OutboxRig::serverItems(const QString& path)
{
    const PortalReply login = m_server.portal().post(
        u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, u"kapremont"_s}});
    const QString token = login.json.value(u"accessToken"_s).toString();
    if (token.isEmpty()) {
        qWarning("the test's own sign-in failed: %d", login.status);
        return {};
    }
    const PortalReply reply = m_server.portal().get(path, PortalClient::bearer(token));
    if (reply.status != 200)
        qWarning("GET %s: %d", qPrintable(path), reply.status);
    return reply.json.value(u"items"_s).toArray();
}

QList<QStringList> OutboxRig::serverTypoReports()
{
    // Hex, so that no separator or line break inside the texts can confuse the reading.
    QProcess shell;
    shell.start(qEnvironmentVariable("KABINET_SQLCIPHER", u"sqlcipher"_s),
                {u"-batch"_s, QDir(m_server.portal().dataDir()).filePath(u"portal.db"_s),
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

void OutboxRig::saveShot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("KABINET_UI_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}
