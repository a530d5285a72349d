#include "SyncFaultRig.h"

#include "CacheReplica.h"
#include "PortalLogin.h"
#include "SyncExpectation.h"
#include "engine/AuthorizedPageSource.h"
#include "engine/TransportPageSource.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

SyncRetryPolicy SyncFaultRig::fastRetries()
{
    SyncRetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelay = 20ms;
    policy.maxDelay = 50ms;
    policy.maxRetryAfter = 5s;
    return policy;
}

SyncFaultRig::~SyncFaultRig()
{
    // The engine first: it cancels its request on the source, which uses the transport.
    m_engine.reset();
    m_source.reset();
    m_api.reset();
    m_transport.reset();
}

bool SyncFaultRig::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool SyncFaultRig::start(const QStringList& extraPortalArguments)
{
    // The first sync in one page (the demo's 700 rows in pages of pageSize would take seconds);
    // the small pages from then on, for the new work of each case.
    if (!m_portal.start(QStringList {u"--demo"_s} + extraPortalArguments))
        return fail(u"the portal did not start: "_s + m_portal.errorString());
    m_portalArguments = QStringList {u"--demo"_s, u"--sync-page-size"_s, QString::number(pageSize)}
        + extraPortalArguments;
    if (!m_proxy.start(m_portal.baseUrl(), m_portal.caPath()))
        return fail(u"the proxy did not start: "_s + m_proxy.errorString());

    // The client knows the proxy only: every request of the engine goes through it.
    const TlsTrust::LoadResult trust = TlsTrust::load(m_proxy.caPath(), QString());
    if (!trust.ok())
        return fail(u"the proxy's CA: "_s + trust.message);
    m_transport = std::make_unique<ApiTransport>(m_proxy.baseUrl(), *trust.trust);
    m_transport->setTimeout(timeout);
    if (!renewToken())
        return fail(u"cannot sign in through the proxy"_s);
    if (m_sessionLayer) {
        const std::optional<SessionTokens> tokens = PortalLogin::logInDemo(*m_transport);
        if (!tokens)
            return fail(u"cannot start the engine's session"_s);
        m_api = std::make_unique<AuthorizedApi>(*m_transport);
        m_api->startSession(*tokens);
        m_source = std::make_unique<AuthorizedPageSource>(*m_api);
    } else {
        auto source = std::make_unique<TransportPageSource>(*m_transport);
        source->setAccessToken(m_token);
        m_source = std::move(source);
    }

    m_cache = std::make_unique<EngineCache>();
    if (!m_cache->open())
        return fail(u"cannot open the cache"_s);
    m_engine = std::make_unique<SyncEngine>(*m_source, m_cache->path(), m_cache->key());
    m_engine->setInterval(0s);
    m_engine->setRetryPolicy(fastRetries());
    m_engine->start();

    const Outcome first = syncOnce(60000);
    if (!first.finished)
        return fail(u"the first sync failed: "_s + first.status.error.describe());
    if (!restartPortal())
        return false;
    const QStringList differences = differencesFromServer(ReplicaDifferences::Mode::Equal);
    if (!differences.isEmpty())
        return fail(u"the first sync does not match the server:\n"_s + firstFew(differences));
    m_converged = true;
    return true;
}

bool SyncFaultRig::renewToken()
{
    m_token = PortalLogin::demoToken(*m_transport);
    return !m_token.isEmpty();
}

bool SyncFaultRig::restartPortal()
{
    if (!m_portal.restart(m_portalArguments))
        return fail(u"the portal did not restart: "_s + m_portal.errorString());
    if (!m_proxy.setUpstream(m_portal.baseUrl(), m_portal.caPath()))
        return fail(m_proxy.errorString());
    return true;
}

bool SyncFaultRig::prepareWork(int appeals, int textCharacters)
{
    // Checked again only when the last sync did not end in the server's state.
    const QStringList before = m_converged ? QStringList() : convergesOnCleanSync();
    if (!before.isEmpty()) {
        QTest::qFail(qPrintable(u"the cache did not match the server before the fault:\n"_s
                                + firstFew(before)),
                     __FILE__, __LINE__);
        return false;
    }
    m_dumpBefore = m_cache->exactDump();
    m_cursorBefore = m_cache->cursor();
    m_lastSyncedBefore = m_engine->lastSyncedAt();
    m_converged = false;
    for (int i = 0; i < appeals; ++i) {
        const QString topic = u"Обращение %1"_s.arg(++m_appealCounter);
        const QString text = QString(textCharacters, u'ж');
        const PortalReply reply =
            m_portal.post(u"/api/v1/appeals"_s, {{u"topic"_s, topic}, {u"text"_s, text}},
                          PortalClient::bearer(m_token));
        if (reply.status != 201) {
            QTest::qFail(qPrintable(u"POST /appeals answered "_s + QString::number(reply.status)),
                         __FILE__, __LINE__);
            return false;
        }
    }
    return true;
}

SyncFaultRig::Outcome SyncFaultRig::syncOnce(int timeoutMs)
{
    Outcome outcome;
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    QSignalSpy pages(m_engine.get(), &SyncEngine::pageApplied);
    const QMetaObject::Connection progress =
        QObject::connect(m_engine.get(), &SyncEngine::statusChanged, m_engine.get(),
                         [&outcome](const SyncStatus& status) {
                             outcome.pagesFetched =
                                 std::max(outcome.pagesFetched, status.progress.pages);
                         });
    if (!m_engine->refresh()) {
        QObject::disconnect(progress);
        QTest::qFail("a sync was under way already", __FILE__, __LINE__);
        return outcome;
    }
    outcome.ended = QTest::qWaitFor([this] { return !m_engine->isSyncing(); }, timeoutMs);
    QObject::disconnect(progress);
    outcome.finished = outcome.ended && !finished.isEmpty();
    outcome.status = m_engine->status();
    for (const QList<QVariant>& page : std::as_const(pages))
        outcome.pages.append(page.at(0).value<SyncPageReport>());
    return outcome;
}

QStringList SyncFaultRig::leftAsItWas(const Outcome& outcome)
{
    QStringList problems;
    if (!outcome.ended)
        return {u"the sync did not end"_s};
    const QString integrity = m_cache->integrityProblems();
    if (!integrity.isEmpty())
        problems << u"integrity: "_s + integrity;

    const QStringList after = m_cache->exactDump();
    const QSet<QString> was(m_dumpBefore.cbegin(), m_dumpBefore.cend());
    const QSet<QString> is(after.cbegin(), after.cend());
    for (const QString& line : std::as_const(m_dumpBefore)) {
        if (!is.contains(line))
            problems << u"lost or changed: "_s + line;
    }
    for (const QString& line : after) {
        if (!was.contains(line))
            problems << u"written: "_s + line;
    }
    if (problems.isEmpty() && after != m_dumpBefore)
        problems << u"the rows are the same but not as many"_s;

    if (m_cache->cursor() != m_cursorBefore)
        problems << u"the cursor is "_s + m_cache->cursor() + u", not "_s + m_cursorBefore;
    if (m_engine->lastSyncedAt() != m_lastSyncedBefore)
        problems << u"the engine's last sync is "_s + m_engine->lastSyncedAt().toString(Qt::ISODate)
                + u", not "_s + m_lastSyncedBefore.toString(Qt::ISODate);
    for (const SyncPageReport& page : outcome.pages)
        problems << u"page "_s + QString::number(page.page) + u" was reported applied"_s;
    return problems;
}

bool SyncFaultRig::readyForNextCase()
{
    m_proxy.clearRules();
    return m_portal.isRunning() || restartPortal();
}

QStringList SyncFaultRig::failedBeforeApplying(const Outcome& outcome, int pagesBefore,
                                               SyncStatus::State state, ApiError::Kind kind)
{
    if (!outcome.ended)
        return {u"the sync did not end"_s};
    QStringList problems;
    const auto expect = [&problems](bool holds, const QString& what) {
        if (!holds)
            problems.append(what);
    };
    expect(!outcome.finished, u"the sync finished"_s);
    expect(outcome.status.state == state,
           u"state "_s + SyncStatus::stateName(outcome.status.state) + u", not "_s
               + SyncStatus::stateName(state));
    expect(outcome.status.error.kind == SyncError::Kind::Api, u"not an API error"_s);
    expect(outcome.status.error.api.kind == kind,
           u"error "_s + ApiError::kindName(outcome.status.error.api.kind) + u", not "_s
               + ApiError::kindName(kind));
    expect(outcome.status.error.api.httpStatus == 0,
           u"HTTP status "_s + QString::number(outcome.status.error.api.httpStatus));
    expect(state != SyncStatus::State::Offline || outcome.status.offlineSince.isValid(),
           u"offline with no time since when"_s);
    // The pages before the fault were fetched, and none of them applied.
    expect(outcome.pagesFetched == pagesBefore,
           QString::number(outcome.pagesFetched) + u" pages fetched, not "_s
               + QString::number(pagesBefore));
    expect(outcome.pages.isEmpty(), QString::number(outcome.pages.size()) + u" pages applied"_s);
    return problems;
}

QStringList SyncFaultRig::convergesOnCleanSync()
{
    if (m_proxy.pendingRuleCount() > 0)
        return {u"the proxy still has fault rules"_s};
    const Outcome clean = syncOnce();
    m_cleanSyncPages = int(clean.pages.size());
    if (!clean.finished)
        return {u"the clean sync did not finish: "_s + clean.status.error.describe()};
    if (clean.status.state != SyncStatus::State::Idle)
        return {u"the clean sync ended "_s + SyncStatus::stateName(clean.status.state)};
    QStringList problems = differencesFromServer(ReplicaDifferences::Mode::Equal);
    const QString integrity = m_cache->integrityProblems();
    if (!integrity.isEmpty())
        problems << u"integrity: "_s + integrity;
    m_converged = problems.isEmpty();
    return problems;
}

QStringList SyncFaultRig::differencesFromServer(ReplicaDifferences::Mode mode)
{
    QString error;
    std::optional<SyncReplica> expected = SyncExpectation::fromEndpoints(m_portal, m_token, &error);
    if (!expected)
        return {u"the per-endpoint answers failed: "_s + error};
    std::optional<SyncReplica> cached = CacheReplica::read(m_cache->database());
    if (!cached)
        return {u"the cache could not be read"_s};
    CacheReplica::normalize(*expected);
    CacheReplica::normalize(*cached);
    return ReplicaDifferences::between(*cached, *expected, mode);
}

QString SyncFaultRig::firstFew(const QStringList& lines)
{
    return lines.mid(0, 10).join(u"\n"_s) + (lines.size() > 10 ? u"\n…"_s : QString());
}
