#include "TestCache.h"
#include "TestPrinting.h"
#include "store/UserStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestUserStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nothingIsStoredAtFirst();
    void profileRoundTripsAndSurvivesReopen();
    void savingAgainOverwrites();
    void receiptSubscriptionCanBeSwitched();
    void clearForgetsTheProfile();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestUserStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
}

void TestUserStore::nothingIsStoredAtFirst()
{
    UserStore store(m_cache->database());
    QCOMPARE(store.profile(), std::nullopt);
    QVERIFY(!store.lastError().isValid());
    // There is nothing to switch yet.
    QVERIFY(!store.setReceiptsByEmail(true));
    QVERIFY(store.lastError().isValid());
    QCOMPARE(m_cache->rowCount(u"user_profile"_s), 0);
}

void TestUserStore::profileRoundTripsAndSurvivesReopen()
{
    const UserProfile profile {u"Лебедка_В-1"_s, u"валентина@пример.рф"_s, true};
    {
        UserStore store(m_cache->database());
        QVERIFY2(store.saveProfile(profile), qPrintable(store.lastError().text()));
        QCOMPARE(store.profile(), profile);
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    UserStore store(m_cache->database());
    QCOMPARE(store.profile(), profile);
}

void TestUserStore::savingAgainOverwrites()
{
    UserStore store(m_cache->database());
    QVERIFY(store.saveProfile(UserProfile {u"Ivanov"_s, u"old@example.ru"_s, true}));
    const UserProfile changed {u"Иванов"_s, u"new@example.ru"_s, false};
    QVERIFY(store.saveProfile(changed));
    QCOMPARE(store.profile(), changed);
    QCOMPARE(m_cache->rowCount(u"user_profile"_s), 1);
}

void TestUserStore::receiptSubscriptionCanBeSwitched()
{
    UserStore store(m_cache->database());
    QVERIFY(store.saveProfile(UserProfile {u"Иванов"_s, u"ivanov@example.ru"_s, false}));
    QVERIFY(store.setReceiptsByEmail(true));
    QCOMPARE(store.profile().value().receiptsByEmail, true);
    QVERIFY(store.setReceiptsByEmail(false));
    QCOMPARE(store.profile().value().receiptsByEmail, false);
    QCOMPARE(store.profile().value().login, u"Иванов"_s);
}

void TestUserStore::clearForgetsTheProfile()
{
    UserStore store(m_cache->database());
    QVERIFY(store.saveProfile(UserProfile {u"Иванов"_s, u"ivanov@example.ru"_s, false}));
    QVERIFY(store.clear());
    QCOMPARE(store.profile(), std::nullopt);
    QVERIFY(!store.lastError().isValid());
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
