#include "TestCache.h"
#include "TestPrinting.h"
#include "store/AccountStore.h"
#include "store/ChargeStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Account lebedka()
{
    return Account {16616,
                    u"16616"_s,
                    u"Лебедка Валентина Григорьевна"_s,
                    u"г.п.ч.п.б.р. Мира, д.4, кв. 7"_s,
                    3160,
                    u"Частная"_s,
                    Money::fromKopecks(22025),
                    4001,
                    true,
                    3};
}

Account overpaid()
{
    return Account {900,   u"00900"_s,         u"Щукина Ёлка Эдуардовна"_s, u"ул. Ясная, д. 1"_s,
                    5425,  u"Муниципальная"_s, Money::fromKopecks(-150075), std::nullopt,
                    false, std::nullopt};
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyFieldRoundTrips();
    void missingAccountIsNotAnError();
    void upsertOverwrites();
    void accountsAreOrderedByNumber();
    void replaceAllDropsMissingAccountsWithTheirData();
    void removeDeletesOnlyThatAccount();
    void accountsSurviveReopen();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestAccountStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
}

void TestAccountStore::everyFieldRoundTrips()
{
    AccountStore store(m_cache->database());
    QVERIFY2(store.upsert(lebedka()), qPrintable(store.lastError().text()));
    QVERIFY2(store.upsert(overpaid()), qPrintable(store.lastError().text()));

    const std::optional<Account> debtor = store.account(16616);
    QCOMPARE(debtor, lebedka());
    QVERIFY(debtor->hasDebt());
    QVERIFY(!debtor->hasOverpayment());
    QCOMPARE(debtor->balance.toString(), u"220,25"_s);

    const std::optional<Account> creditor = store.account(900);
    QCOMPARE(creditor, overpaid());
    QCOMPARE(creditor->buildingId, std::nullopt);
    QVERIFY(creditor->hasOverpayment());
    QCOMPARE(creditor->number, u"00900"_s);
}

void TestAccountStore::missingAccountIsNotAnError()
{
    AccountStore store(m_cache->database());
    QCOMPARE(store.account(1), std::nullopt);
    QVERIFY(!store.lastError().isValid());
    QCOMPARE(store.accounts(), QList<Account>());
}

void TestAccountStore::upsertOverwrites()
{
    AccountStore store(m_cache->database());
    QVERIFY(store.upsert(lebedka()));
    Account changed = lebedka();
    changed.ownerName = u"Лебедка Валентин Григорьевич"_s;
    changed.address = u"ул. Мира, д. 4, кв. 8"_s;
    changed.areaCentiM2 = 4410;
    changed.ownershipType = u"Совместная"_s;
    changed.balance = Money::fromKopecks(-1);
    changed.buildingId = std::nullopt;
    changed.hasMeters = false;
    QVERIFY(store.upsert(changed));
    QCOMPARE(store.account(16616), changed);
    QCOMPARE(m_cache->rowCount(u"accounts"_s), 1);
}

void TestAccountStore::accountsAreOrderedByNumber()
{
    AccountStore store(m_cache->database());
    QVERIFY(store.upsert(lebedka()));
    QVERIFY(store.upsert(overpaid()));
    QCOMPARE(store.accounts(), (QList<Account> {overpaid(), lebedka()}));
}

void TestAccountStore::replaceAllDropsMissingAccountsWithTheirData()
{
    AccountStore store(m_cache->database());
    ChargeStore charges(m_cache->database());
    QVERIFY(store.upsert(lebedka()));
    QVERIFY(store.upsert(overpaid()));
    for (qint64 id : {lebedka().id, overpaid().id}) {
        QVERIFY(charges.upsertLine(ChargeLine {
            id, Period(2014, 9), u"Капитальный ремонт"_s, u"кв.м."_s, 200, Money::fromKopecks(520),
            Money::fromKopecks(1040), Money(), Money::fromKopecks(1040)}));
    }

    Account renamed = lebedka();
    renamed.ownerName = u"Новый владелец"_s;
    const Account added {5, u"5"_s, u"Петров"_s, {}, 100, u"Частная"_s, Money(), {}, false, {}};
    QVERIFY2(store.replaceAll({renamed, added}), qPrintable(store.lastError().text()));

    QCOMPARE(store.accounts(), (QList<Account> {added, renamed}));
    QCOMPARE(charges.charges(overpaid().id, Period(2014, 1), Period(2014, 12)),
             QList<ChargeLine>());
    // The account that stays keeps its data: it was updated, not deleted and re-inserted.
    QCOMPARE(charges.charges(lebedka().id, Period(2014, 1), Period(2014, 12)).value().size(), 1);

    QVERIFY(store.replaceAll({}));
    QCOMPARE(store.accounts(), QList<Account>());
    QCOMPARE(m_cache->rowCount(u"charge_lines"_s), 0);
}

void TestAccountStore::removeDeletesOnlyThatAccount()
{
    AccountStore store(m_cache->database());
    QVERIFY(store.upsert(lebedka()));
    QVERIFY(store.upsert(overpaid()));
    QVERIFY(store.remove(900));
    QCOMPARE(store.accounts(), QList<Account> {lebedka()});
    // Removing what is not there is not an error.
    QVERIFY(store.remove(900));
}

void TestAccountStore::accountsSurviveReopen()
{
    {
        AccountStore store(m_cache->database());
        QVERIFY(store.upsert(lebedka()));
        QVERIFY(store.upsert(overpaid()));
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    AccountStore store(m_cache->database());
    QCOMPARE(store.accounts(), (QList<Account> {overpaid(), lebedka()}));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
