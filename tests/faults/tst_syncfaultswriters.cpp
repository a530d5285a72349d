#include "SyncFaultRig.h"
#include "api/ApiClient.h"
#include "outbox/Outbox.h"
#include "store/AppealStore.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

using Fault = FaultProxy::Fault;
using State = SyncStatus::State;

namespace {
const QString syncPath = u"/api/v1/sync"_s;
// Every attempt of the faulted page.
constexpr int always = 100;
// New appeals per case: three pages of SyncFaultRig::pageSize.
constexpr int newRows = 10;
constexpr int waitMs = 10000;

QByteArray fingerprint(const QStringList& rows)
{
    return QCryptographicHash::hash(rows.join(u'\n').toUtf8(), QCryptographicHash::Sha1);
}
} // namespace

// The other users of the cache file while the sync engine syncs with the real portal through
// FaultProxy: a reader on another connection sees the cache before the sync or after it, never a
// part of it; the outbox (its own thread and connection) queues and records a sent appeal while
// the engine waits on a page that does not come, since the engine holds no transaction while it
// fetches; and a cancel then is immediate and leaves the cache as it was.
class tst_SyncFaultsWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void aReaderSeesTheOldStateOrTheNew();
    void theOutboxWritesWhileAPageHangs();
    void aCancelWhileAPageHangsIsImmediate();

private:
    std::unique_ptr<SyncFaultRig> m_rig;
};

void tst_SyncFaultsWriters::initTestCase()
{
    m_rig = std::make_unique<SyncFaultRig>();
    // The outbox sends through the session layer (ApiClient over AuthorizedApi).
    m_rig->useSessionLayer();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
}

void tst_SyncFaultsWriters::init()
{
    m_rig->proxy().clearRules();
}

void tst_SyncFaultsWriters::aReaderSeesTheOldStateOrTheNew()
{
    QVERIFY(m_rig->prepareWork(newRows));
    EngineCache& cache = m_rig->cache();
    const QStringList before = cache.snapshot();
    QVERIFY(!before.isEmpty());

    // The test's connection reads the whole cache in one read transaction, again and again,
    // while the engine fetches the three pages and writes them on its thread.
    QList<QByteArray> seen;
    int failedReads = 0;
    QTimer reader;
    reader.setInterval(0);
    connect(&reader, &QTimer::timeout, this, [&] {
        const QStringList rows = cache.snapshot();
        failedReads += rows.isEmpty() ? 1 : 0;
        seen << fingerprint(rows);
    });
    reader.start();
    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    reader.stop();
    QVERIFY2(outcome.finished, qPrintable(outcome.status.error.describe()));
    QCOMPARE(outcome.pages.size(), 3);
    const QStringList after = cache.snapshot();
    QVERIFY(after != before);
    const QStringList problems = m_rig->differencesFromServer(ReplicaDifferences::Mode::Equal);
    QVERIFY2(problems.isEmpty(), qPrintable(SyncFaultRig::firstFew(problems)));

    QCOMPARE(failedReads, 0);
    const int old = int(seen.count(fingerprint(before)));
    const int updated = int(seen.count(fingerprint(after)));
    qInfo("%d reads during the sync: %d of the state before it, %d of the state after it",
          int(seen.size()), old, updated);
    QVERIFY(old > 0);
    QCOMPARE(old + updated, int(seen.size()));
}

void tst_SyncFaultsWriters::theOutboxWritesWhileAPageHangs()
{
    ApiClient client(*m_rig->api());
    Outbox outbox(client, m_rig->cache().path(), m_rig->cache().key());
    QVERIFY(QTest::qWaitFor([&outbox] { return outbox.isReady(); }, waitMs));
    QVERIFY2(outbox.cacheError().isEmpty(), qPrintable(outbox.cacheError()));
    QVERIFY(m_rig->prepareWork(newRows));
    const std::optional<QList<Appeal>> appealsBefore =
        AppealStore(m_rig->cache().database()).appeals();
    QVERIFY(appealsBefore);
    const QString cursorBefore = m_rig->cache().cursor();
    const QDateTime syncedBefore = m_rig->engine().lastSyncedAt();

    // The first page comes; the second hangs (every attempt, until the transport's time-out).
    // As it starts to hang, the user sends an appeal: the outbox writes it to the cache (queued),
    // posts it (not a sync request: the proxy lets it through) and writes the server's answer.
    const QString topic = u"Отправлено во время обновления"_s;
    bool hanging = false;
    m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath));
    FaultProxy::Rule hang = FaultProxy::Rule::of(Fault::Hang, syncPath, always);
    hang.beforeForwarding = [&] {
        if (hanging)
            return;
        hanging = true;
        outbox.queueAppeal(AppealForm {std::nullopt, topic, u"Прошу проверить начисления."_s});
    };
    m_rig->proxy().addRule(hang);
    // Whether the engine was still waiting on the page when each write was done.
    int queuedWhileSyncing = 0;
    int sentWhileSyncing = 0;
    const auto syncing = [this] {
        return m_rig->engine().isSyncing() && m_rig->engine().status().progress.pages == 1 ? 1 : 0;
    };
    connect(&outbox, &Outbox::queued, this, [&] { queuedWhileSyncing += syncing(); });
    connect(&outbox, &Outbox::itemSent, this, [&] { sentWhileSyncing += syncing(); });
    QSignalSpy queueFailed(&outbox, &Outbox::queueFailed);
    QSignalSpy cacheFailed(&outbox, &Outbox::cacheFailed);

    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    QVERIFY(hanging);
    QVERIFY(outcome.ended);
    QVERIFY(!outcome.finished);
    QCOMPARE(ApiError::kindName(outcome.status.error.api.kind),
             ApiError::kindName(ApiError::Kind::Timeout));
    QCOMPARE(outcome.pagesFetched, 1);
    QVERIFY(queueFailed.isEmpty());
    QVERIFY(cacheFailed.isEmpty());
    QCOMPARE(queuedWhileSyncing, 1);
    QCOMPARE(sentWhileSyncing, 1);

    // The cache holds what the outbox wrote and nothing of the failed sync.
    const std::optional<QList<Appeal>> appealsAfter =
        AppealStore(m_rig->cache().database()).appeals();
    QVERIFY(appealsAfter);
    QCOMPARE(appealsAfter->size(), appealsBefore->size() + 1);
    const auto sent =
        std::find_if(appealsAfter->cbegin(), appealsAfter->cend(),
                     [&topic](const Appeal& appeal) { return appeal.topic == topic; });
    QVERIFY(sent != appealsAfter->cend());
    QVERIFY(sent->serverId);
    QCOMPARE(m_rig->cache().cursor(), cursorBefore);
    QCOMPARE(m_rig->engine().lastSyncedAt(), syncedBefore);
    QCOMPARE(m_rig->cache().integrityProblems(), QString());

    m_rig->proxy().clearRules();
    const QStringList converged = m_rig->convergesOnCleanSync();
    QVERIFY2(converged.isEmpty(), qPrintable(SyncFaultRig::firstFew(converged)));
}

void tst_SyncFaultsWriters::aCancelWhileAPageHangsIsImmediate()
{
    QVERIFY(m_rig->prepareWork(newRows));
    bool hanging = false;
    m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath));
    FaultProxy::Rule hang = FaultProxy::Rule::of(Fault::Hang, syncPath, always);
    hang.beforeForwarding = [&hanging] {
        hanging = true;
    };
    m_rig->proxy().addRule(hang);

    SyncEngine& engine = m_rig->engine();
    QSignalSpy cancelled(&engine, &SyncEngine::cancelled);
    QSignalSpy pages(&engine, &SyncEngine::pageApplied);
    QVERIFY(engine.refresh());
    QVERIFY(QTest::qWaitFor([&hanging] { return hanging; }, waitMs));
    QVERIFY(engine.isSyncing());
    QCOMPARE(engine.status().progress.pages, 1);
    // Done on return: nothing to wait for, as nothing is being written.
    engine.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!engine.isSyncing());
    QCOMPARE(engine.state(), State::Idle);

    SyncFaultRig::Outcome outcome;
    outcome.ended = true;
    outcome.status = engine.status();
    const QStringList kept = m_rig->leftAsItWas(outcome);
    QVERIFY2(kept.isEmpty(), qPrintable(SyncFaultRig::firstFew(kept)));
    QVERIFY(pages.isEmpty());

    m_rig->proxy().clearRules();
    const QStringList converged = m_rig->convergesOnCleanSync();
    QVERIFY2(converged.isEmpty(), qPrintable(SyncFaultRig::firstFew(converged)));
    QCOMPARE(m_rig->cleanSyncPages(), 3);
}

QTEST_GUILESS_MAIN(tst_SyncFaultsWriters)
#include "tst_syncfaultswriters.moc"
