#include "DemoCacheRig.h"

#include "cache/CacheReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

DemoCacheRig::DemoCacheRig() = default;

DemoCacheRig::~DemoCacheRig()
{
    // The reader before the cache it reads; the engine before its page source.
    m_reader.reset();
    m_engine.reset();
    m_pages.reset();
}

bool DemoCacheRig::fail(const QString& error)
{
    m_error = error;
    return false;
}

bool DemoCacheRig::start()
{
    if (!m_server.start())
        return fail(u"the portal did not start: "_s + m_server.errorString());
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
    return true;
}

bool DemoCacheRig::sync()
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    m_engine->refresh();
    if (!finished.wait(waitMs))
        return fail(u"the sync did not finish: "_s + m_engine->status().text());
    return true;
}

void DemoCacheRig::reopenReader()
{
    m_reader.reset();
    m_reader = std::make_unique<CacheReaderThread>(m_cache.path(), m_cache.key());
}

std::optional<QList<Account>> DemoCacheRig::accounts()
{
    QSignalSpy read(m_reader->reader(), &CacheReader::accountsRead);
    m_reader->readAccounts();
    if (!read.wait(waitMs)) {
        qWarning("the accounts were not read");
        return std::nullopt;
    }
    return read.at(0).at(0).value<QList<Account>>();
}

QJsonObject DemoCacheRig::serverObject(const QString& path)
{
    return serverObject(path, true);
}

QJsonObject DemoCacheRig::serverObject(const QString& path, bool mayRetry)
{
    if (m_serverToken.isEmpty()) {
        const PortalReply login = m_server.portal().post(
            u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, u"kapremont"_s}});
        m_serverToken = login.json.value(u"accessToken"_s).toString();
        if (m_serverToken.isEmpty()) {
            qWarning("the test's own sign-in failed: %d", login.status);
            return {};
        }
    }
    const PortalReply reply = m_server.portal().get(path, PortalClient::bearer(m_serverToken));
    // The server was started again (OutboxRig) and its sessions are gone: sign in once more.
    if (reply.status == 401 && mayRetry) {
        m_serverToken.clear();
        return serverObject(path, false);
    }
    if (reply.status != 200)
        qWarning("GET %s: %d", qPrintable(path), reply.status);
    return reply.json;
}

QJsonArray DemoCacheRig::serverItems(const QString& path)
{
    return serverObject(path).value(u"items"_s).toArray();
}

void DemoCacheRig::saveShot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("KABINET_UI_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // Layouts settle in posted events: what the user would see, not a half-laid-out frame.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}
