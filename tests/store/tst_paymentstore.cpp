#include "TestCache.h"
#include "TestPrinting.h"
#include "store/AccountStore.h"
#include "store/PaymentStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 accountA = 16616;
constexpr qint64 accountB = 900;

Payment payment(qint64 id, qint64 accountId, QDate date, qint64 kopecks)
{
    return Payment {id, accountId, date, Money::fromKopecks(kopecks), u"ПАО Сбербанк"_s};
}

QList<qint64> ids(const std::optional<QList<Payment>>& payments)
{
    QList<qint64> result;
    for (const Payment& p : payments.value())
        result.append(p.id);
    return result;
}

} // namespace

class TestPaymentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void paymentRoundTripsAndSurvivesReopen();
    void upsertOverwrites();
    void dateRangeIsInclusiveAndOrdered();
    void periodRangeCoversWholeMonths();
    void totalPaidSumsTheRange();
    void replacePaymentsTouchesOnlyItsRange();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestPaymentStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
    AccountStore accounts(m_cache->database());
    QVERIFY(accounts.upsert(Account {accountA, u"16616"_s, {}, {}, 0, {}, {}, {}, false, {}}));
    QVERIFY(accounts.upsert(Account {accountB, u"900"_s, {}, {}, 0, {}, {}, {}, false, {}}));
}

void TestPaymentStore::paymentRoundTripsAndSurvivesReopen()
{
    const Payment paid {9001, accountA, QDate(2014, 9, 15), Money::fromKopecks(123456789012),
                        u"АО «Почта Банк», касса № 3"_s};
    {
        PaymentStore store(m_cache->database());
        QVERIFY2(store.upsert(paid), qPrintable(store.lastError().text()));
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    PaymentStore store(m_cache->database());
    QCOMPARE(store.payments(accountA, QDate(2014, 9, 15), QDate(2014, 9, 15)),
             QList<Payment> {paid});
}

void TestPaymentStore::upsertOverwrites()
{
    PaymentStore store(m_cache->database());
    QVERIFY(store.upsert(payment(1, accountA, QDate(2014, 9, 1), 100)));
    const Payment corrected {1, accountA, QDate(2014, 9, 2), Money::fromKopecks(12345),
                             u"Почта России"_s};
    QVERIFY(store.upsert(corrected));
    QCOMPARE(store.payments(accountA, QDate(2014, 1, 1), QDate(2014, 12, 31)),
             QList<Payment> {corrected});
    QCOMPARE(m_cache->rowCount(u"payments"_s), 1);
}

void TestPaymentStore::dateRangeIsInclusiveAndOrdered()
{
    PaymentStore store(m_cache->database());
    QVERIFY(store.upsert(payment(5, accountA, QDate(2014, 9, 30), 100)));
    QVERIFY(store.upsert(payment(4, accountA, QDate(2014, 9, 1), 100)));
    QVERIFY(store.upsert(payment(3, accountA, QDate(2014, 9, 1), 100)));
    QVERIFY(store.upsert(payment(2, accountA, QDate(2014, 8, 31), 100)));
    QVERIFY(store.upsert(payment(1, accountA, QDate(2014, 10, 1), 100)));
    QVERIFY(store.upsert(payment(6, accountB, QDate(2014, 9, 10), 100)));
    QCOMPARE(ids(store.payments(accountA, QDate(2014, 9, 1), QDate(2014, 9, 30))),
             (QList<qint64> {3, 4, 5}));
    QCOMPARE(ids(store.payments(accountA, QDate(2014, 8, 31), QDate(2014, 10, 1))),
             (QList<qint64> {2, 3, 4, 5, 1}));
    QCOMPARE(ids(store.payments(accountB, QDate(2014, 9, 1), QDate(2014, 9, 30))),
             QList<qint64> {6});
}

void TestPaymentStore::periodRangeCoversWholeMonths()
{
    PaymentStore store(m_cache->database());
    QVERIFY(store.upsert(payment(1, accountA, QDate(2014, 1, 31), 100)));
    QVERIFY(store.upsert(payment(2, accountA, QDate(2014, 2, 1), 100)));
    QVERIFY(store.upsert(payment(3, accountA, QDate(2014, 3, 31), 100)));
    QVERIFY(store.upsert(payment(4, accountA, QDate(2014, 4, 1), 100)));
    QCOMPARE(ids(store.payments(accountA, Period(2014, 2), Period(2014, 3))),
             (QList<qint64> {2, 3}));
    QCOMPARE(ids(store.payments(accountA, Period(2014, 4), Period(2014, 4))), QList<qint64> {4});
}

void TestPaymentStore::totalPaidSumsTheRange()
{
    PaymentStore store(m_cache->database());
    QCOMPARE(store.totalPaid(accountA, QDate(2014, 1, 1), QDate(2014, 12, 31)), Money());
    QVERIFY(store.upsert(payment(1, accountA, QDate(2014, 9, 1), 1040)));
    QVERIFY(store.upsert(payment(2, accountA, QDate(2014, 9, 20), 22025)));
    QVERIFY(store.upsert(payment(3, accountA, QDate(2014, 10, 1), 7)));
    QVERIFY(store.upsert(payment(4, accountB, QDate(2014, 9, 5), 99)));
    QCOMPARE(store.totalPaid(accountA, QDate(2014, 9, 1), QDate(2014, 9, 30)),
             Money::fromKopecks(23065));
}

void TestPaymentStore::replacePaymentsTouchesOnlyItsRange()
{
    PaymentStore store(m_cache->database());
    QVERIFY(store.upsert(payment(1, accountA, QDate(2014, 8, 31), 100)));
    QVERIFY(store.upsert(payment(2, accountA, QDate(2014, 9, 10), 100)));
    QVERIFY(store.upsert(payment(3, accountA, QDate(2014, 9, 20), 100)));
    QVERIFY(store.upsert(payment(4, accountB, QDate(2014, 9, 20), 100)));

    const Payment replacement = payment(7, accountA, QDate(2014, 9, 11), 5000);
    QVERIFY2(store.replacePayments(accountA, QDate(2014, 9, 1), QDate(2014, 9, 30), {replacement}),
             qPrintable(store.lastError().text()));
    QCOMPARE(ids(store.payments(accountA, QDate(2014, 1, 1), QDate(2014, 12, 31))),
             (QList<qint64> {1, 7}));
    QCOMPARE(ids(store.payments(accountB, QDate(2014, 1, 1), QDate(2014, 12, 31))),
             QList<qint64> {4});

    // A payment outside the range, or of another account, is refused and changes nothing.
    QVERIFY(!store.replacePayments(accountA, QDate(2014, 9, 1), QDate(2014, 9, 30),
                                   {payment(8, accountA, QDate(2014, 10, 1), 1)}));
    QVERIFY(store.lastError().isValid());
    QVERIFY(!store.replacePayments(accountA, QDate(2014, 9, 1), QDate(2014, 9, 30),
                                   {payment(8, accountB, QDate(2014, 9, 2), 1)}));
    QVERIFY(!store.replacePayments(accountA, QDate(), QDate(2014, 9, 30), {}));
    QCOMPARE(ids(store.payments(accountA, QDate(2014, 1, 1), QDate(2014, 12, 31))),
             (QList<qint64> {1, 7}));
}

QTEST_GUILESS_MAIN(TestPaymentStore)
#include "tst_paymentstore.moc"
