#include "CacheReplica.h"
#include "EngineCache.h"
#include "EngineTestLog.h"
#include "PortalLogin.h"
#include "PortalProcess.h"
#include "ReplicaDifferences.h"
#include "SyncExpectation.h"
#include "engine/AuthorizedPageSource.h"
#include "engine/SyncEngine.h"
#include "session/AuthorizedApi.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QDateTime demoNow(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
constexpr int syncTimeoutMs = 60000;
} // namespace

// The engine's pages through the session layer (AuthorizedApi) against the real portal: the
// adapter the application uses, with the access token refreshed on the way.
class TestAuthorizedPageSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_portal.setClock(demoNow));
        QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
        m_transport = PortalLogin::transportFor(m_portal);
        m_api = std::make_unique<AuthorizedApi>(*m_transport);
        m_source = std::make_unique<AuthorizedPageSource>(*m_api);
        QVERIFY(m_cache.open());
        m_engine = std::make_unique<SyncEngine>(*m_source, m_cache.path(), m_cache.key());
        m_engine->setInterval(0s);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_source.reset();
        m_api.reset();
    }

    void aSyncGoesThroughTheSession()
    {
        const std::optional<SessionTokens> tokens = PortalLogin::logInDemo(*m_transport);
        QVERIFY(tokens);
        m_api->startSession(*tokens);
        QVERIFY(sync());

        QString error;
        std::optional<SyncReplica> expected =
            SyncExpectation::fromEndpoints(m_portal, tokens->accessToken, &error);
        QVERIFY2(expected, qPrintable(error));
        std::optional<SyncReplica> cached = CacheReplica::read(m_cache.database());
        QVERIFY(cached);
        CacheReplica::normalize(*expected);
        CacheReplica::normalize(*cached);
        QVERIFY(!expected->accounts.isEmpty());
        const QStringList differences = ReplicaDifferences::between(*cached, *expected);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 10).join(u'\n')));
        QCOMPARE(m_api->refreshCount(), 0);
    }

    void anExpiredAccessTokenIsRefreshedOnTheWay()
    {
        // Access tokens last 15 minutes, refresh tokens 30 days.
        QVERIFY(m_portal.setClock(demoNow.addSecs(3600)));
        QVERIFY(sync());
        QCOMPARE(m_api->refreshCount(), 1);
        QCOMPARE(m_engine->state(), SyncStatus::State::Idle);
    }

    void anEndedSessionFailsTheSyncAsUnauthorized()
    {
        m_api->startSession(SessionTokens {u"not-a-token"_s, 900, u"not-a-refresh-token"_s, 60});
        QSignalSpy ended(m_api.get(), &AuthorizedApi::sessionEnded);
        QVERIFY(m_engine->refresh());
        QVERIFY(QTest::qWaitFor([this] { return !m_engine->isSyncing(); }, syncTimeoutMs));
        QCOMPARE(m_engine->state(), SyncStatus::State::Failed);
        QCOMPARE(m_engine->status().error.kind, SyncError::Kind::Api);
        QCOMPARE(m_engine->status().error.api.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(ended.size(), 1);
    }

private:
    bool sync()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        if (!m_engine->refresh())
            return false;
        if (!QTest::qWaitFor([this] { return !m_engine->isSyncing(); }, syncTimeoutMs))
            return false;
        if (finished.isEmpty())
            qCWarning(lcEngineTest).noquote() << m_engine->status().error.describe();
        return finished.size() == 1;
    }

    PortalProcess m_portal;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<AuthorizedApi> m_api;
    std::unique_ptr<AuthorizedPageSource> m_source;
    EngineCache m_cache;
    std::unique_ptr<SyncEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestAuthorizedPageSource)
#include "tst_authorizedpagesource.moc"
