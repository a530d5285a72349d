#include "HistoryRig.h"

#include <QDir>
#include <QSignalSpy>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int waitMs = 20000;
} // namespace

HistoryRig::HistoryRig() = default;

HistoryRig::~HistoryRig()
{
    // The reader before the cache it reads; the engine before its page source.
    m_reader.reset();
    m_engine.reset();
    m_pages.reset();
}

bool HistoryRig::fail(const QString& error)
{
    m_error = error;
    return false;
}

bool HistoryRig::start()
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

bool HistoryRig::sync()
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    m_engine->refresh();
    if (!finished.wait(waitMs))
        return fail(u"the sync did not finish: "_s + m_engine->status().text());
    return true;
}

QJsonObject HistoryRig::serverGet(const QString& path)
{
    if (m_token.isEmpty()) {
        const PortalReply login = m_server.portal().post(
            u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, u"kapremont"_s}});
        m_token = login.json.value(u"accessToken"_s).toString();
        if (m_token.isEmpty()) {
            qWarning("the test's own sign-in failed: %d", login.status);
            return {};
        }
    }
    const PortalReply reply = m_server.portal().get(path, PortalClient::bearer(m_token));
    if (reply.status != 200) {
        qWarning("GET %s: %d", qPrintable(path), reply.status);
        return {};
    }
    return reply.json;
}

QJsonObject HistoryRig::serverHistory(qint64 accountId, const QString& what, Period from, Period to)
{
    return serverGet(u"/api/v1/accounts/%1/%2?from=%3&to=%4"_s.arg(
        QString::number(accountId), what, from.toIsoString(), to.toIsoString()));
}

qint64 HistoryRig::accountId(const QString& number)
{
    const QJsonArray items = serverGet(u"/api/v1/accounts"_s).value(u"items"_s).toArray();
    for (const QJsonValue& item : items) {
        if (item.toObject().value(u"number"_s).toString() == number)
            return item.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}

void HistoryRig::saveShot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("KABINET_UI_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}
