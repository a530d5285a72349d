#include "TestCache.h"
#include "TestPrinting.h"
#include "store/SyncStateStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime synced = QDateTime(QDate(2014, 9, 15), QTime(23, 59, 59, 999), Qt::UTC);

} // namespace

class TestSyncStateStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void unknownScopeHasNoState();
    void stateRoundTripsAndSurvivesReopen();
    void saveOverwrites();
    void accountScopesAreDistinct();
    void removeWithPrefixForgetsOneAccount();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestSyncStateStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
}

void TestSyncStateStore::unknownScopeHasNoState()
{
    SyncStateStore store(m_cache->database());
    QCOMPARE(store.state(u"accounts"_s), std::nullopt);
    QVERIFY(!store.lastError().isValid());
    QCOMPARE(store.states(), QList<SyncState>());
}

void TestSyncStateStore::stateRoundTripsAndSurvivesReopen()
{
    const SyncState accounts {u"accounts"_s, u"opaque:курсор/42=="_s, synced};
    const SyncState neverFinished {u"news"_s, {}, {}};
    {
        SyncStateStore store(m_cache->database());
        QVERIFY2(store.save(accounts), qPrintable(store.lastError().text()));
        QVERIFY2(store.save(neverFinished), qPrintable(store.lastError().text()));
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    SyncStateStore store(m_cache->database());
    QCOMPARE(store.state(u"accounts"_s), accounts);
    QCOMPARE(store.state(u"accounts"_s)->lastSyncedAt.timeSpec(), Qt::UTC);
    QVERIFY(store.state(u"news"_s)->lastSyncedAt.isNull());
    QCOMPARE(store.states(), (QList<SyncState> {accounts, neverFinished}));
}

void TestSyncStateStore::saveOverwrites()
{
    SyncStateStore store(m_cache->database());
    QVERIFY(store.save(SyncState {u"news"_s, u"1"_s, synced}));
    const SyncState later {u"news"_s, u"2"_s, synced.addSecs(3600)};
    QVERIFY(store.save(later));
    QCOMPARE(store.states(), QList<SyncState> {later});
    QVERIFY(store.remove(u"news"_s));
    QCOMPARE(store.state(u"news"_s), std::nullopt);
}

void TestSyncStateStore::accountScopesAreDistinct()
{
    QCOMPARE(SyncState::forAccount(16616, u"charges"), u"account/16616/charges"_s);
    QVERIFY(SyncState::forAccount(1, u"charges") != SyncState::forAccount(16616, u"charges"));
    QVERIFY(SyncState::forAccount(1, u"charges") != SyncState::forAccount(1, u"payments"));
}

void TestSyncStateStore::removeWithPrefixForgetsOneAccount()
{
    SyncStateStore store(m_cache->database());
    for (const QString& scope :
         {SyncState::forAccount(1, u"charges"), SyncState::forAccount(1, u"payments"),
          SyncState::forAccount(12, u"charges"), u"accounts"_s, u"account%_"_s})
        QVERIFY(store.save(SyncState {scope, u"c"_s, synced}));
    QCOMPARE(store.removeWithPrefix(u"account/1/"_s), 2);
    const std::optional<QList<SyncState>> states = store.states();
    QVERIFY(states);
    QList<QString> left;
    for (const SyncState& state : *states)
        left.append(state.scope);
    QCOMPARE(
        left,
        (QList<QString> {u"account%_"_s, SyncState::forAccount(12, u"charges"), u"accounts"_s}));
    // Wildcards in a prefix are plain characters.
    QCOMPARE(store.removeWithPrefix(u"account%"_s), 1);
    QCOMPARE(store.states().value().size(), 2);
}

QTEST_GUILESS_MAIN(TestSyncStateStore)
#include "tst_syncstatestore.moc"
