#include "SyncFaultRig.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Fault = FaultProxy::Fault;
using Kind = ApiError::Kind;
using State = SyncStatus::State;

namespace {
const QString syncPath = u"/api/v1/sync"_s;
// Every attempt of the faulted page: Qt's own resends and the engine's retries.
constexpr int always = 100;
// New appeals per case: three pages of SyncFaultRig::pageSize.
constexpr int newRows = 10;
constexpr int pagesPerSync = 3;

} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(State)

// The sync engine against the real portal through FaultProxy, broken on the network's side:
// answers lost or cut off at 0 %, 10 % and 99 %, a truncated body, a hang longer than the
// time-out (the server killed: tst_syncfaultskill), on the first, a middle or the last page. Each
// time the cache is left exactly as it was before the sync (none of the pages fetched before the
// fault is in it), the status says what went wrong in the engine's typed terms, and the next clean
// sync converges to the server's data.
class tst_SyncFaultsNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void faultOnAPage_data();
    void faultOnAPage();
    void aDropThatHealsWithinTheRetriesEndsTheSync();

private:
    void verifyFailed(const SyncFaultRig::Outcome& outcome, int pagesBefore, State state,
                      Kind kind);
    void verifyLeftAsItWas(const SyncFaultRig::Outcome& outcome);
    void verifyConverges();

    std::unique_ptr<SyncFaultRig> m_rig;
};

void tst_SyncFaultsNetwork::initTestCase()
{
    m_rig = std::make_unique<SyncFaultRig>();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
}

void tst_SyncFaultsNetwork::init()
{
    QVERIFY2(m_rig->readyForNextCase(), qPrintable(m_rig->errorString()));
}

void tst_SyncFaultsNetwork::verifyFailed(const SyncFaultRig::Outcome& outcome, int pagesBefore,
                                         State state, Kind kind)
{
    const QStringList problems =
        SyncFaultRig::failedBeforeApplying(outcome, pagesBefore, state, kind);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void tst_SyncFaultsNetwork::verifyLeftAsItWas(const SyncFaultRig::Outcome& outcome)
{
    const QStringList problems = m_rig->leftAsItWas(outcome);
    QVERIFY2(problems.isEmpty(), qPrintable(SyncFaultRig::firstFew(problems)));
}

void tst_SyncFaultsNetwork::verifyConverges()
{
    m_rig->proxy().clearRules();
    const QStringList problems = m_rig->convergesOnCleanSync();
    QVERIFY2(problems.isEmpty(), qPrintable(SyncFaultRig::firstFew(problems)));
}

void tst_SyncFaultsNetwork::faultOnAPage_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("pagesBefore");
    QTest::addColumn<State>("state");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("answer lost, page 1")
        << Fault::LoseAnswer << 0.0 << 0 << State::Offline << Kind::ConnectionLost;
    QTest::newRow("answer lost, page 2")
        << Fault::LoseAnswer << 0.0 << 1 << State::Offline << Kind::ConnectionLost;
    QTest::newRow("dropped before forwarding, page 2")
        << Fault::DropBeforeForwarding << 0.0 << 1 << State::Offline << Kind::ConnectionLost;
    QTest::newRow("dropped at 0 %, page 2")
        << Fault::DropAt << 0.0 << 1 << State::Offline << Kind::ConnectionLost;
    QTest::newRow("dropped at 10 %, page 2")
        << Fault::DropAt << 0.1 << 1 << State::Offline << Kind::ConnectionLost;
    QTest::newRow("dropped at 99 %, page 2")
        << Fault::DropAt << 0.99 << 1 << State::Offline << Kind::ConnectionLost;
    QTest::newRow("dropped at 99 %, page 3 (the last)")
        << Fault::DropAt << 0.99 << 2 << State::Offline << Kind::ConnectionLost;
    QTest::newRow("answer lost, page 3 (the last)")
        << Fault::LoseAnswer << 0.0 << 2 << State::Offline << Kind::ConnectionLost;
    QTest::newRow("truncated body, page 2")
        << Fault::Truncate << 0.5 << 1 << State::Offline << Kind::ConnectionLost;
    QTest::newRow("truncated body at 99 %, page 1")
        << Fault::Truncate << 0.99 << 0 << State::Offline << Kind::ConnectionLost;
    // No bytes for longer than the time-out: the server is there but does not answer, which
    // SyncEngine does not count as offline.
    QTest::newRow("hang, page 2") << Fault::Hang << 0.0 << 1 << State::Failed << Kind::Timeout;
}

void tst_SyncFaultsNetwork::faultOnAPage()
{
    QFETCH(Fault, fault);
    QFETCH(double, fraction);
    QFETCH(int, pagesBefore);
    QFETCH(State, state);
    QFETCH(Kind, kind);

    QVERIFY(m_rig->prepareWork(newRows));
    const int forwardedBefore = m_rig->proxy().forwardedCount(syncPath);
    if (pagesBefore > 0)
        m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath, pagesBefore));
    FaultProxy::Rule rule = FaultProxy::Rule::of(fault, syncPath, always);
    rule.fraction = fraction;
    m_rig->proxy().addRule(rule);

    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    verifyFailed(outcome, pagesBefore, state, kind);
    verifyLeftAsItWas(outcome);
    // The engine asked for the faulted page again before giving up.
    const int received = m_rig->proxy().receivedCount(syncPath);
    QVERIFY2(received - forwardedBefore >= pagesBefore + SyncFaultRig::fastRetries().maxAttempts,
             qPrintable(QString::number(received - forwardedBefore)));
    verifyConverges();
    // The clean sync fetched the same pages: the fault was on one of them (page 3 the last).
    QCOMPARE(m_rig->cleanSyncPages(), pagesPerSync);
}

void tst_SyncFaultsNetwork::aDropThatHealsWithinTheRetriesEndsTheSync()
{
    // One lost page, then the network is back: the retry fetches it and the sync finishes, with
    // nothing applied twice or skipped.
    QVERIFY(m_rig->prepareWork(newRows));
    m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath));
    FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::DropAt, syncPath);
    rule.fraction = 0.5;
    m_rig->proxy().addRule(rule);
    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.status.state, State::Idle);
    QVERIFY(outcome.pages.size() >= 3);
    const QStringList problems = m_rig->differencesFromServer(ReplicaDifferences::Mode::Equal);
    QVERIFY2(problems.isEmpty(), qPrintable(SyncFaultRig::firstFew(problems)));
}

QTEST_GUILESS_MAIN(tst_SyncFaultsNetwork)
#include "tst_syncfaultsnetwork.moc"
