#include "PortalLogin.h"
#include "SyncFaultRig.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Fault = FaultProxy::Fault;
using State = SyncStatus::State;

namespace {
const QString syncPath = u"/api/v1/sync"_s;
const QString refreshPath = u"/api/v1/sessions/refresh"_s;
// The portal's time at the start; access tokens last 15 minutes.
const QDateTime demoNow(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
// New appeals per case: three pages of SyncFaultRig::pageSize.
constexpr int newRows = 10;
} // namespace

// The session failing in the middle of a sync, through the application's own page source
// (AuthorizedPageSource over AuthorizedApi) against the real portal behind FaultProxy: an access
// token that expires between two pages is refreshed once and the sync goes on to the end; a
// session revoked on the server between two pages (its refresh token with it) ends the sync as
// Unauthorized after one refresh attempt, with sessionEnded() once and the cache as it was before
// the sync (the page fetched before is not in it).
// (tst_authorizedpagesource covers the same before a sync starts.)
class tst_SyncFaultsSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void anAccessTokenExpiringMidSyncIsRefreshedOnce();
    void aSessionRevokedMidSyncEndsTheSyncCleanly();

private:
    std::unique_ptr<SyncFaultRig> m_rig;
    QDateTime m_now = demoNow;
};

void tst_SyncFaultsSession::initTestCase()
{
    m_rig = std::make_unique<SyncFaultRig>();
    QVERIFY(m_rig->setPortalClock(m_now));
    m_rig->useSessionLayer();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY(m_rig->api());
}

void tst_SyncFaultsSession::init()
{
    m_rig->proxy().clearRules();
}

void tst_SyncFaultsSession::anAccessTokenExpiringMidSyncIsRefreshedOnce()
{
    QVERIFY(m_rig->prepareWork(newRows));
    const int refreshes = m_rig->api()->refreshCount();
    const int refreshRequests = m_rig->proxy().receivedCount(refreshPath);
    // An hour passes between the first page and the second: the second request's token has expired.
    m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath));
    FaultProxy::Rule later = FaultProxy::Rule::of(Fault::Pass, syncPath);
    later.beforeForwarding = [this] {
        m_now = m_now.addSecs(3600);
        QVERIFY(m_rig->portal().setClock(m_now));
    };
    m_rig->proxy().addRule(later);

    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    QVERIFY2(outcome.finished, qPrintable(outcome.status.error.describe()));
    QCOMPARE(outcome.status.state, State::Idle);
    QVERIFY(outcome.pages.size() >= 3);
    QCOMPARE(m_rig->proxy().pendingRuleCount(), 0);
    QCOMPARE(m_rig->api()->refreshCount(), refreshes + 1);
    QCOMPARE(m_rig->proxy().receivedCount(refreshPath), refreshRequests + 1);

    // The test's own token expired too.
    QVERIFY(m_rig->renewToken());
    const QStringList problems = m_rig->differencesFromServer(ReplicaDifferences::Mode::Equal);
    QVERIFY2(problems.isEmpty(), qPrintable(SyncFaultRig::firstFew(problems)));
}

void tst_SyncFaultsSession::aSessionRevokedMidSyncEndsTheSyncCleanly()
{
    // A session of its own, so that the test knows the access token to revoke it with.
    const std::optional<SessionTokens> tokens = PortalLogin::logInDemo(m_rig->transport());
    QVERIFY(tokens);
    m_rig->api()->startSession(*tokens);
    QVERIFY(m_rig->prepareWork(newRows));
    const int syncRequests = m_rig->proxy().receivedCount(syncPath);
    const int refreshRequests = m_rig->proxy().receivedCount(refreshPath);
    QSignalSpy ended(m_rig->api(), &AuthorizedApi::sessionEnded);

    // Signed out elsewhere (DELETE /sessions/current revokes both tokens) after the first page.
    m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath));
    FaultProxy::Rule revoked = FaultProxy::Rule::of(Fault::Pass, syncPath);
    revoked.beforeForwarding = [this, &tokens] {
        const PortalReply reply = m_rig->portal().del(u"/api/v1/sessions/current"_s, std::nullopt,
                                                      PortalClient::bearer(tokens->accessToken));
        QCOMPARE(reply.status, 204);
    };
    m_rig->proxy().addRule(revoked);

    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    QVERIFY(outcome.ended);
    QVERIFY(!outcome.finished);
    QCOMPARE(SyncStatus::stateName(outcome.status.state), SyncStatus::stateName(State::Failed));
    QCOMPARE(outcome.status.error.kind, SyncError::Kind::Api);
    QCOMPARE(ApiError::kindName(outcome.status.error.api.kind),
             ApiError::kindName(ApiError::Kind::Unauthorized));
    QCOMPARE(outcome.pagesFetched, 1);
    QCOMPARE(outcome.pages.size(), 0);
    // One refresh tried and refused, the session ended once, and nothing asked after that.
    QCOMPARE(m_rig->proxy().receivedCount(refreshPath), refreshRequests + 1);
    QCOMPARE(ended.size(), 1);
    QVERIFY(!m_rig->api()->hasSession());
    QCOMPARE(m_rig->proxy().receivedCount(syncPath), syncRequests + 2);
    const QStringList kept = m_rig->leftAsItWas(outcome);
    QVERIFY2(kept.isEmpty(), qPrintable(SyncFaultRig::firstFew(kept)));

    // Signed in again, the next sync goes on from the cache's cursor and converges.
    const std::optional<SessionTokens> again = PortalLogin::logInDemo(m_rig->transport());
    QVERIFY(again);
    m_rig->api()->startSession(*again);
    const QStringList converged = m_rig->convergesOnCleanSync();
    QVERIFY2(converged.isEmpty(), qPrintable(SyncFaultRig::firstFew(converged)));
}

QTEST_GUILESS_MAIN(tst_SyncFaultsSession)
#include "tst_syncfaultssession.moc"
