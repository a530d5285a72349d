#include "TestCache.h"
#include "TestPrinting.h"
#include "store/AccountStore.h"
#include "store/CacheTransaction.h"
#include "store/ChargeStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Account account(qint64 id)
{
    return Account {id, QString::number(id), u"Владелец"_s, {}, 100, {}, {}, {}, false, {}};
}

ChargeLine line(qint64 accountId, int month)
{
    return ChargeLine {accountId,
                       Period(2014, month),
                       u"Капитальный ремонт"_s,
                       u"кв.м."_s,
                       200,
                       Money::fromKopecks(520),
                       Money::fromKopecks(1040),
                       Money(),
                       Money::fromKopecks(1040)};
}

} // namespace

class TestCacheTransaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void committedWritesStay();
    void destructionWithoutCommitLeavesNothing();
    void explicitRollbackLeavesNothing();
    void aSecondTransactionOnTheConnectionIsRefused();
    void storeReplacesNestInsideATransaction();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestCacheTransaction::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
}

void TestCacheTransaction::committedWritesStay()
{
    {
        CacheTransaction transaction(m_cache->database());
        QVERIFY2(transaction.isActive(), qPrintable(transaction.lastError().text()));
        AccountStore accounts(m_cache->database());
        ChargeStore charges(m_cache->database());
        QVERIFY(accounts.upsert(account(1)));
        QVERIFY(charges.upsertLine(line(1, 9)));
        QVERIFY2(transaction.commit(), qPrintable(transaction.lastError().text()));
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit());
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    QCOMPARE(m_cache->rowCount(u"accounts"_s), 1);
    QCOMPARE(m_cache->rowCount(u"charge_lines"_s), 1);
}

void TestCacheTransaction::destructionWithoutCommitLeavesNothing()
{
    AccountStore accounts(m_cache->database());
    QVERIFY(accounts.upsert(account(1)));
    {
        CacheTransaction transaction(m_cache->database());
        QVERIFY(transaction.isActive());
        ChargeStore charges(m_cache->database());
        Account changed = account(1);
        changed.ownerName = u"Другой владелец"_s;
        QVERIFY(accounts.upsert(changed));
        QVERIFY(accounts.upsert(account(2)));
        QVERIFY(charges.upsertLine(line(2, 9)));
        QCOMPARE(m_cache->rowCount(u"accounts"_s), 2);
        // A sync interrupted here, e.g. by an exception or an early return.
    }
    QCOMPARE(accounts.accounts(), QList<Account> {account(1)});
    QCOMPARE(m_cache->rowCount(u"charge_lines"_s), 0);

    m_cache->close();
    QVERIFY(m_cache->open());
    AccountStore reopened(m_cache->database());
    QCOMPARE(reopened.accounts(), QList<Account> {account(1)});
}

void TestCacheTransaction::explicitRollbackLeavesNothing()
{
    CacheTransaction transaction(m_cache->database());
    QVERIFY(transaction.isActive());
    AccountStore accounts(m_cache->database());
    QVERIFY(accounts.upsert(account(1)));
    transaction.rollback();
    QVERIFY(!transaction.isActive());
    QVERIFY(!transaction.commit());
    QCOMPARE(m_cache->rowCount(u"accounts"_s), 0);
}

void TestCacheTransaction::aSecondTransactionOnTheConnectionIsRefused()
{
    CacheTransaction outer(m_cache->database());
    QVERIFY(outer.isActive());
    {
        CacheTransaction inner(m_cache->database());
        QVERIFY(!inner.isActive());
        QVERIFY(inner.lastError().isValid());
        QVERIFY(!inner.commit());
    }
    // The refused one did not end the outer one on its way out.
    AccountStore accounts(m_cache->database());
    QVERIFY(accounts.upsert(account(1)));
    QVERIFY(outer.commit());
    QCOMPARE(m_cache->rowCount(u"accounts"_s), 1);
}

void TestCacheTransaction::storeReplacesNestInsideATransaction()
{
    AccountStore accounts(m_cache->database());
    ChargeStore charges(m_cache->database());
    QVERIFY(accounts.upsert(account(1)));
    QVERIFY(charges.upsertLine(line(1, 8)));
    {
        CacheTransaction transaction(m_cache->database());
        QVERIFY(charges.replaceCharges(1, Period(2014, 1), Period(2014, 12), {line(1, 9)}));
        // A failed replace inside the transaction undoes only itself.
        QVERIFY(!charges.replaceCharges(1, Period(2014, 1), Period(2014, 12), {line(1, 13)}));
        QVERIFY(accounts.upsert(account(2)));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(charges.charges(1, Period(2014, 1), Period(2014, 12)), QList<ChargeLine> {line(1, 9)});
    QCOMPARE(m_cache->rowCount(u"accounts"_s), 2);
    {
        CacheTransaction transaction(m_cache->database());
        QVERIFY(charges.replaceCharges(1, Period(2014, 1), Period(2014, 12), {}));
        QCOMPARE(m_cache->rowCount(u"charge_lines"_s), 0);
    }
    QCOMPARE(charges.charges(1, Period(2014, 1), Period(2014, 12)), QList<ChargeLine> {line(1, 9)});
}

QTEST_GUILESS_MAIN(TestCacheTransaction)
#include "tst_cachetransaction.moc"
