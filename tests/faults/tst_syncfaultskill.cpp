#include "SyncFaultRig.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Fault = FaultProxy::Fault;
using Kind = ApiError::Kind;
using State = SyncStatus::State;

namespace {
const QString syncPath = u"/api/v1/sync"_s;
// New appeals per case: three pages of SyncFaultRig::pageSize.
constexpr int newRows = 10;

enum class Kill
{
    BeforeFirstRequest, // stopped as the first request arrives, before it is forwarded
    DuringSecondRequest, // stopped once it answered the second, the answer lost with it
    AfterSecondRequest, // stopped once it answered the second, the answer delivered
};
} // namespace

Q_DECLARE_METATYPE(Kill)

// The sync engine against the real portal through FaultProxy, with the portal killed before the
// first request of a sync, while it answers the second (the answer lost) and after it answered
// the second (so the third and last page never comes): the sync ends Offline with the cache
// exactly as it was before it, none of the pages fetched before the kill in it, and once the
// portal is back on its data (on another port, which the proxy follows) the next clean sync
// converges.
class tst_SyncFaultsKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void serverKilled_data();
    void serverKilled();

private:
    void verifyFailed(const SyncFaultRig::Outcome& outcome, int pagesBefore, State state,
                      Kind kind);
    void verifyLeftAsItWas(const SyncFaultRig::Outcome& outcome);
    void verifyConverges();

    std::unique_ptr<SyncFaultRig> m_rig;
};

void tst_SyncFaultsKill::initTestCase()
{
    m_rig = std::make_unique<SyncFaultRig>();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
}

void tst_SyncFaultsKill::init()
{
    QVERIFY2(m_rig->readyForNextCase(), qPrintable(m_rig->errorString()));
}

void tst_SyncFaultsKill::verifyFailed(const SyncFaultRig::Outcome& outcome, int pagesBefore,
                                      State state, Kind kind)
{
    const QStringList problems =
        SyncFaultRig::failedBeforeApplying(outcome, pagesBefore, state, kind);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void tst_SyncFaultsKill::verifyLeftAsItWas(const SyncFaultRig::Outcome& outcome)
{
    const QStringList problems = m_rig->leftAsItWas(outcome);
    QVERIFY2(problems.isEmpty(), qPrintable(SyncFaultRig::firstFew(problems)));
}

void tst_SyncFaultsKill::verifyConverges()
{
    m_rig->proxy().clearRules();
    const QStringList problems = m_rig->convergesOnCleanSync();
    QVERIFY2(problems.isEmpty(), qPrintable(SyncFaultRig::firstFew(problems)));
}

void tst_SyncFaultsKill::serverKilled_data()
{
    QTest::addColumn<Kill>("when");
    QTest::addColumn<int>("pagesBefore");
    QTest::newRow("before the first request") << Kill::BeforeFirstRequest << 0;
    QTest::newRow("during the second request") << Kill::DuringSecondRequest << 1;
    QTest::newRow("after the second request") << Kill::AfterSecondRequest << 2;
}

void tst_SyncFaultsKill::serverKilled()
{
    QFETCH(Kill, when);
    QFETCH(int, pagesBefore);

    QVERIFY(m_rig->prepareWork(newRows));
    PortalProcess& portal = m_rig->portal();
    const auto stop = [&portal] {
        portal.stop();
    };
    switch (when) {
    case Kill::BeforeFirstRequest: {
        FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::Pass, syncPath);
        rule.beforeForwarding = stop;
        m_rig->proxy().addRule(rule);
        break;
    }
    case Kill::DuringSecondRequest: {
        m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath));
        FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::LoseAnswer, syncPath);
        rule.afterForwarding = stop;
        m_rig->proxy().addRule(rule);
        break;
    }
    case Kill::AfterSecondRequest: {
        m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath));
        FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::Pass, syncPath);
        rule.afterForwarding = stop;
        m_rig->proxy().addRule(rule);
        break;
    }
    }

    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    QVERIFY(!portal.isRunning());
    QCOMPARE(m_rig->proxy().pendingRuleCount(), 0);
    // The server is gone: every later attempt finds no one behind the proxy.
    verifyFailed(outcome, pagesBefore, State::Offline, Kind::ConnectionLost);

    // Back on the same data, on another port.
    QVERIFY2(m_rig->restartPortal(), qPrintable(m_rig->errorString()));
    verifyLeftAsItWas(outcome);
    verifyConverges();
}

QTEST_GUILESS_MAIN(tst_SyncFaultsKill)
#include "tst_syncfaultskill.moc"
