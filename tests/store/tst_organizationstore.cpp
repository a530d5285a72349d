#include "TestCache.h"
#include "TestPrinting.h"
#include "store/OrganizationStore.h"

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
                         QUrl(u"https://фондкр.рф/контакты?раздел=1"_s)};
}

Organization manager()
{
    return Organization {1,     u"ООО «УК Мира»"_s, u"Управляющая организация"_s, {}, {}, {}, {},
                         QUrl()};
}

} // namespace

class TestOrganizationStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyFieldRoundTripsAndSurvivesReopen();
    void upsertOverwrites();
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
    QVERIFY(store.organization(1)->website.isEmpty());
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
    QVERIFY(store.upsert(changed));
    QCOMPARE(store.organizations(), QList<Organization> {changed});
}

void TestOrganizationStore::replaceAllLeavesExactlyTheServersList()
{
    OrganizationStore store(m_cache->database());
    QVERIFY(store.upsert(fund()));
    QVERIFY(store.upsert(manager()));
    Organization bank {7, u"ПАО Сбербанк"_s, u"Платёжный агент"_s, {}, {u"900"_s}, {}, {}, {}};
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
