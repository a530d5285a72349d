#include "TestCache.h"
#include "TestPrinting.h"
#include "store/BuildingStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Building mira4()
{
    return Building {4001,
                     u"г.п.ч.п.б.р., ул. Мира, д. 4"_s,
                     1967,
                     5,
                     4,
                     80,
                     412050,
                     298015,
                     u"Кирпич"_s,
                     u"Скатная, шифер"_s,
                     {u"Центральное отопление"_s, u"Газ, сетевой"_s, u"Лифт «ОТИС»\n(2 шт.)"_s},
                     Building::FundAccount::RegionalOperator};
}

CapitalRepairWork work(qint64 id, Period from, Period to, std::optional<Money> cost)
{
    return CapitalRepairWork {
        id, 4001, u"Ремонт крыши"_s, from, to, CapitalRepairWork::Status::Planned, cost};
}

} // namespace

class TestBuildingStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void buildingRoundTripsAndSurvivesReopen();
    void everyFundAccountRoundTrips();
    void upsertOverwrites();
    void worksRoundTripInOrder();
    void everyWorkStatusRoundTrips();
    void replaceWorksKeepsOtherHouses();
    void houseFundRoundTripsAndOverwrites();
    void removingTheHouseRemovesWorksAndFund();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestBuildingStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
}

void TestBuildingStore::buildingRoundTripsAndSurvivesReopen()
{
    {
        BuildingStore store(m_cache->database());
        QVERIFY2(store.upsertBuilding(mira4()), qPrintable(store.lastError().text()));
        QCOMPARE(store.building(4001), mira4());
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    BuildingStore store(m_cache->database());
    QCOMPARE(store.building(4001), mira4());
    QCOMPARE(store.building(1), std::nullopt);
    QVERIFY(!store.lastError().isValid());
}

void TestBuildingStore::everyFundAccountRoundTrips()
{
    BuildingStore store(m_cache->database());
    for (auto fundAccount :
         {Building::FundAccount::RegionalOperator, Building::FundAccount::SpecialAccount,
          Building::FundAccount::Unknown}) {
        Building building = mira4();
        building.fundAccount = fundAccount;
        building.utilities.clear();
        QVERIFY2(store.upsertBuilding(building), qPrintable(store.lastError().text()));
        QCOMPARE(store.building(4001), building);
    }
}

void TestBuildingStore::upsertOverwrites()
{
    BuildingStore store(m_cache->database());
    QVERIFY(store.upsertBuilding(mira4()));
    const Building changed {4001,
                            u"ул. Мира, д. 4А"_s,
                            1968,
                            9,
                            6,
                            144,
                            700000,
                            550000,
                            u"Панель"_s,
                            u"Плоская"_s,
                            {u"Мусоропровод"_s},
                            Building::FundAccount::SpecialAccount};
    QVERIFY(store.upsertBuilding(changed));
    QCOMPARE(store.building(4001), changed);
    QCOMPARE(m_cache->rowCount(u"buildings"_s), 1);
}

void TestBuildingStore::worksRoundTripInOrder()
{
    BuildingStore store(m_cache->database());
    QVERIFY(store.upsertBuilding(mira4()));
    const CapitalRepairWork roof = work(2, Period(2015, 5), Period(2015, 9), std::nullopt);
    CapitalRepairWork lift = work(1, Period(2016, 1), Period(2017, 12), Money::fromKopecks(0));
    lift.name = u"Замена лифтового оборудования"_s;
    CapitalRepairWork facade =
        work(3, Period(2015, 5), Period(2015, 5), Money::fromKopecks(123456789));
    facade.name = u"Утепление фасада"_s;
    for (const CapitalRepairWork& each : {lift, roof, facade})
        QVERIFY2(store.upsertWork(each), qPrintable(store.lastError().text()));

    QCOMPARE(store.works(4001), (QList<CapitalRepairWork> {roof, facade, lift}));
    QCOMPARE(store.works(4001).value().at(0).cost, std::nullopt);
    QCOMPARE(store.works(4001).value().at(2).cost, Money());

    CapitalRepairWork priced = roof;
    priced.cost = Money::fromKopecks(99900);
    priced.status = CapitalRepairWork::Status::InProgress;
    QVERIFY(store.upsertWork(priced));
    QCOMPARE(store.works(4001), (QList<CapitalRepairWork> {priced, facade, lift}));
}

void TestBuildingStore::everyWorkStatusRoundTrips()
{
    BuildingStore store(m_cache->database());
    QVERIFY(store.upsertBuilding(mira4()));
    for (auto status : {CapitalRepairWork::Status::Planned, CapitalRepairWork::Status::InProgress,
                        CapitalRepairWork::Status::Completed, CapitalRepairWork::Status::Postponed,
                        CapitalRepairWork::Status::Cancelled}) {
        CapitalRepairWork each = work(1, Period(2015, 1), Period(2015, 2), std::nullopt);
        each.status = status;
        QVERIFY2(store.upsertWork(each), qPrintable(store.lastError().text()));
        QCOMPARE(store.works(4001), QList<CapitalRepairWork> {each});
    }
}

void TestBuildingStore::replaceWorksKeepsOtherHouses()
{
    BuildingStore store(m_cache->database());
    QVERIFY(store.upsertBuilding(mira4()));
    Building other = mira4();
    other.id = 4002;
    QVERIFY(store.upsertBuilding(other));
    CapitalRepairWork otherWork = work(10, Period(2020, 1), Period(2020, 6), std::nullopt);
    otherWork.buildingId = 4002;
    QVERIFY(store.upsertWork(otherWork));
    QVERIFY(store.upsertWork(work(1, Period(2015, 1), Period(2015, 2), std::nullopt)));
    QVERIFY(store.upsertWork(work(2, Period(2016, 1), Period(2016, 2), std::nullopt)));

    const CapitalRepairWork kept = work(2, Period(2016, 3), Period(2016, 4), Money());
    const CapitalRepairWork added = work(3, Period(2017, 1), Period(2017, 1), std::nullopt);
    QVERIFY2(store.replaceWorks(4001, {kept, added}), qPrintable(store.lastError().text()));
    QCOMPARE(store.works(4001), (QList<CapitalRepairWork> {kept, added}));
    QCOMPARE(store.works(4002), QList<CapitalRepairWork> {otherWork});

    QVERIFY(!store.replaceWorks(4001, {otherWork}));
    QVERIFY(store.lastError().isValid());
    QCOMPARE(store.works(4001), (QList<CapitalRepairWork> {kept, added}));
}

void TestBuildingStore::houseFundRoundTripsAndOverwrites()
{
    const HouseFund fund {4001,
                          QDate(2014, 10, 1),
                          Money::fromKopecks(150000000),
                          Money::fromKopecks(120000050),
                          Money::fromKopecks(29999950),
                          Money::fromKopecks(100000000)};
    {
        BuildingStore store(m_cache->database());
        QVERIFY(store.upsertBuilding(mira4()));
        QCOMPARE(store.houseFund(4001), std::nullopt);
        QVERIFY2(store.saveHouseFund(fund), qPrintable(store.lastError().text()));
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    BuildingStore store(m_cache->database());
    const std::optional<HouseFund> stored = store.houseFund(4001);
    QCOMPARE(stored, fund);
    QCOMPARE(stored->remaining(), Money::fromKopecks(20000050));

    HouseFund later = fund;
    later.asOf = QDate(2014, 11, 1);
    later.paid = Money::fromKopecks(130000000);
    later.spentOnWorks = Money();
    QVERIFY(store.saveHouseFund(later));
    QCOMPARE(store.houseFund(4001), later);
    QCOMPARE(m_cache->rowCount(u"house_funds"_s), 1);
}

void TestBuildingStore::removingTheHouseRemovesWorksAndFund()
{
    BuildingStore store(m_cache->database());
    QVERIFY(store.upsertBuilding(mira4()));
    QVERIFY(store.upsertWork(work(1, Period(2015, 1), Period(2015, 2), std::nullopt)));
    QVERIFY(store.saveHouseFund(HouseFund {4001, {}, {}, {}, {}, {}}));
    QVERIFY(store.removeBuilding(4001));
    QCOMPARE(store.building(4001), std::nullopt);
    QCOMPARE(m_cache->rowCount(u"repair_works"_s), 0);
    QCOMPARE(m_cache->rowCount(u"house_funds"_s), 0);
}

QTEST_GUILESS_MAIN(TestBuildingStore)
#include "tst_buildingstore.moc"
