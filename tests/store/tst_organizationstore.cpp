#include "TestCache.h"
#include "TestPrinting.h"
#include "store/OrganizationStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Organization fund()
{
    return Organization {3,
                         u"НО «Фонд капитального ремонта многоквартирных домов»"_s,
                         u"Региональный оператор"_s,
                         u"625000, г. Тюмень, ул. Ленина, д. 1, оф. 2"_s,
                         {u"+7 (3452) 00-00-00"_s, u"8-800-000-00-00 (бесплатно)"_s},
                         u"info@fond.example.ru"_s,
                         u"пн–чт 9:00–18:00, пт 9:00–16:45; обед 13:00–14:00"_s,
                         QUrl(u"https://фондкр.рф/контакты?раздел=1"_s),
                         u"7203028149"_s,
                         u"720301001"_s,
                         u"Западно-Сибирское отделение № 8647 ПАО Сбербанк"_s,
                         u"047102651"_s,
                         u"40603810367000001234"_s,
                         u"30101810800000000651"_s};
}

// Takes no payments: no bank details.
Organization manager()
{
    Organization organization;
    organization.id = 1;
    organization.name = u"ООО «УК Мира»"_s;
    organization.role = u"Управляющая организация"_s;
    return organization;
}

} // namespace

class TestOrganizationStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyFieldRoundTripsAndSurvivesReopen();
    void upsertOverwrites();
    void bankDetailsKeepLeadingZerosAndAnyText();
    void replaceAllLeavesExactlyTheServersList();
    void removeDeletesOne();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestOrganizationStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
}

void TestOrganizationStore::everyFieldRoundTripsAndSurvivesReopen()
{
    {
        OrganizationStore store(m_cache->database());
        QVERIFY2(store.upsert(fund()), qPrintable(store.lastError().text()));
        QVERIFY2(store.upsert(manager()), qPrintable(store.lastError().text()));
        QCOMPARE(store.organization(3), fund());
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    OrganizationStore store(m_cache->database());
    QCOMPARE(store.organizations(), (QList<Organization> {manager(), fund()}));
    QCOMPARE(store.organization(3)->website.host(), u"фондкр.рф"_s);
    QCOMPARE(store.organization(3)->settlementAccount, u"40603810367000001234"_s);
    QVERIFY(store.organization(3)->takesPayments());
    QVERIFY(store.organization(1)->website.isEmpty());
    QVERIFY(!store.organization(1)->takesPayments());
    QCOMPARE(store.organization(2), std::nullopt);
    QVERIFY(!store.lastError().isValid());
}

void TestOrganizationStore::upsertOverwrites()
{
    OrganizationStore store(m_cache->database());
    QVERIFY(store.upsert(fund()));
    Organization changed = fund();
    changed.phones = {};
    changed.email = u"новый@фондкр.рф"_s;
    changed.website = QUrl(u"http://example.org/"_s);
    changed.bankName = u"ПАО Сбербанк"_s;
    changed.bic = u"044525225"_s;
    changed.settlementAccount = u"40702810038000004567"_s;
    changed.correspondentAccount = u"30101810400000000225"_s;
    QVERIFY(store.upsert(changed));
    QCOMPARE(store.organizations(), QList<Organization> {changed});

    // And the details go away when the organization stops taking payments.
    Organization cleared = changed;
    cleared.inn.clear();
    cleared.kpp.clear();
    cleared.bankName.clear();
    cleared.bic.clear();
    cleared.settlementAccount.clear();
    cleared.correspondentAccount.clear();
    QVERIFY(store.upsert(cleared));
    QCOMPARE(store.organizations(), QList<Organization> {cleared});
}

void TestOrganizationStore::bankDetailsKeepLeadingZerosAndAnyText()
{
    // Stored as text exactly as received: a BIC's leading zero counts, and the cache does not
    // judge the details (PaymentDetailsRules does), so even a malformed one is kept for display.
    OrganizationStore store(m_cache->database());
    Organization odd = fund();
    odd.bic = u"000000001"_s;
    odd.inn = u"0012345678"_s;
    odd.settlementAccount = u"40603 810 3 67000001234"_s;
    odd.kpp = u"7736AB001"_s;
    QVERIFY2(store.upsert(odd), qPrintable(store.lastError().text()));
    QCOMPARE(store.organization(3), odd);
    QSqlQuery query(m_cache->database());
    QVERIFY(query.exec(u"SELECT typeof(bic), typeof(inn) FROM organizations WHERE id = 3"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"text"_s);
    QCOMPARE(query.value(1).toString(), u"text"_s);
}

void TestOrganizationStore::replaceAllLeavesExactlyTheServersList()
{
    OrganizationStore store(m_cache->database());
    QVERIFY(store.upsert(fund()));
    QVERIFY(store.upsert(manager()));
    Organization bank;
    bank.id = 7;
    bank.name = u"ПАО Сбербанк"_s;
    bank.role = u"Платёжный агент"_s;
    bank.phones = {u"900"_s};
    QVERIFY2(store.replaceAll({bank, fund()}), qPrintable(store.lastError().text()));
    QCOMPARE(store.organizations(), (QList<Organization> {fund(), bank}));
    QVERIFY(store.replaceAll({}));
    QCOMPARE(store.organizations(), QList<Organization>());
}

void TestOrganizationStore::removeDeletesOne()
{
    OrganizationStore store(m_cache->database());
    QVERIFY(store.upsert(fund()));
    QVERIFY(store.upsert(manager()));
    QVERIFY(store.remove(3));
    QCOMPARE(store.organizations(), QList<Organization> {manager()});
}

QTEST_GUILESS_MAIN(TestOrganizationStore)
#include "tst_organizationstore.moc"
