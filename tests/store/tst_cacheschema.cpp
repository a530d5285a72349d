#include "TestCache.h"
#include "TestPrinting.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "store/BuildingStore.h"
#include "store/CacheSchema.h"
#include "store/ChargeStore.h"
#include "store/MeterStore.h"
#include "store/NewsStore.h"
#include "store/OrganizationStore.h"
#include "store/OutboxStore.h"
#include "store/PaymentStore.h"
#include "store/SyncStateStore.h"
#include "store/UserStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList version1Tables = {
    u"accounts"_s,     u"appeals"_s,        u"buildings"_s,     u"charge_lines"_s,
    u"house_funds"_s,  u"news"_s,           u"organizations"_s, u"outbox"_s,
    u"payments"_s,     u"recalculations"_s, u"repair_works"_s,  u"sync_state"_s,
    u"user_profile"_s,
};

// The bank details version 3 added to organizations.
const QStringList version3OrganizationColumns = {
    u"inn"_s,
    u"kpp"_s,
    u"bank_name"_s,
    u"bic"_s,
    u"settlement_account"_s,
    u"correspondent_account"_s,
};

QStringList userTables(const QSqlDatabase& db)
{
    QStringList tables = db.tables(QSql::Tables);
    tables.removeIf([](const QString& name) { return name.startsWith(u"sqlite_"); });
    tables.sort();
    return tables;
}

} // namespace

class TestCacheSchema : public QObject
{
    Q_OBJECT

private slots:
    void freshFileMigratesToLatest();
    void migratingAgainChangesNothing();
    void stepsCanBeAppliedOneByOne();
    void version1DataSurvivesMigration();
    void version2OrganizationsSurviveMigration();
    void version3NewsAreSeenWhenRead();
    void version4AccountsAwaitTheirPayee();
    void newerFileIsRefused();
    void invalidTargetsAreRefused();
    void failedStepKeepsThePreviousVersion();
    void failedStep3KeepsVersion2();
    void failedStep4KeepsVersion3();
    void foreignKeysAreEnforced();
    void removingAnAccountRemovesItsData();
    void checkConstraintsRejectBadValues();
};

void TestCacheSchema::freshFileMigratesToLatest()
{
    TestCache cache;
    QVERIFY(cache.open(0));
    QCOMPARE(CacheSchema::currentVersion(cache.database()), 0);
    QVERIFY(userTables(cache.database()).isEmpty());

    const CacheSchema::Result result = CacheSchema::upgrade(cache.database());
    QVERIFY2(result.isOk(), qPrintable(result.detail));
    QCOMPARE(result.fromVersion, 0);
    QCOMPARE(result.toVersion, CacheSchema::latestVersion());
    QCOMPARE(CacheSchema::currentVersion(cache.database()), CacheSchema::latestVersion());

    QStringList expected = version1Tables + QStringList {u"meter_readings"_s, u"meters"_s};
    expected.sort();
    QCOMPARE(userTables(cache.database()), expected);

    // The version is in the file, not in the connection.
    cache.close();
    QVERIFY(cache.open(0));
    QCOMPARE(CacheSchema::currentVersion(cache.database()), CacheSchema::latestVersion());
}

void TestCacheSchema::migratingAgainChangesNothing()
{
    TestCache cache;
    QVERIFY(cache.open());
    {
        AccountStore accounts(cache.database());
        QVERIFY(accounts.upsert(Account {7,
                                         u"16616"_s,
                                         u"Лебедка Валентина Григорьевна"_s,
                                         {},
                                         3160,
                                         u"Частная"_s,
                                         Money::fromKopecks(22025),
                                         {},
                                         false,
                                         {}}));
    }
    const CacheSchema::Result result = CacheSchema::upgrade(cache.database());
    QVERIFY(result.isOk());
    QCOMPARE(result.fromVersion, CacheSchema::latestVersion());
    QCOMPARE(result.toVersion, CacheSchema::latestVersion());
    QString error;
    QVERIFY(CacheSchema::migrate(cache.database(), CacheSchema::latestVersion(), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(cache.rowCount(u"accounts"_s), 1);
}

void TestCacheSchema::stepsCanBeAppliedOneByOne()
{
    TestCache cache;
    QVERIFY(cache.open(1));
    QCOMPARE(CacheSchema::currentVersion(cache.database()), 1);
    QCOMPARE(userTables(cache.database()), version1Tables);
    QVERIFY(!cache.database().record(u"news"_s).contains(u"is_read"_s));

    const CacheSchema::Result result = CacheSchema::upgrade(cache.database(), 2);
    QVERIFY2(result.isOk(), qPrintable(result.detail));
    QCOMPARE(result.fromVersion, 1);
    QCOMPARE(result.toVersion, 2);
    QVERIFY(cache.database().record(u"news"_s).contains(u"is_read"_s));
    QVERIFY(cache.database().record(u"outbox"_s).contains(u"attempts"_s));
    QVERIFY(cache.database().record(u"outbox"_s).contains(u"last_error"_s));
    QVERIFY(cache.database().record(u"accounts"_s).contains(u"has_meters"_s));
    QVERIFY(!cache.database().record(u"organizations"_s).contains(u"inn"_s));

    const CacheSchema::Result third = CacheSchema::upgrade(cache.database(), 3);
    QVERIFY2(third.isOk(), qPrintable(third.detail));
    QCOMPARE(third.fromVersion, 2);
    QCOMPARE(third.toVersion, 3);
    const QSqlRecord organizations = cache.database().record(u"organizations"_s);
    for (const QString& column : version3OrganizationColumns)
        QVERIFY2(organizations.contains(column), qPrintable(column));
    QVERIFY(!cache.database().record(u"news"_s).contains(u"is_seen"_s));

    const CacheSchema::Result fourth = CacheSchema::upgrade(cache.database(), 4);
    QVERIFY2(fourth.isOk(), qPrintable(fourth.detail));
    QCOMPARE(fourth.fromVersion, 3);
    QCOMPARE(fourth.toVersion, 4);
    QVERIFY(cache.database().record(u"news"_s).contains(u"is_seen"_s));
}

void TestCacheSchema::version1DataSurvivesMigration()
{
    TestCache cache;
    QVERIFY(cache.open(1));
    // Written as version 1 knew the tables, the way a client of that version left the file.
    const QStringList rows = {
        u"INSERT INTO user_profile VALUES (1, 'Иванов', 'ivanov@example.ru', 1)"_s,
        u"INSERT INTO accounts VALUES (7, '16616', 'Лебедка Валентина Григорьевна', "
        "'г.п.ч.п.б.р. Мира, д.4, кв. 7', 3160, 'Частная', 22025, 40)"_s,
        u"INSERT INTO charge_lines (account_id, period, service, unit, quantity_hundredths, "
        "tariff_kopecks, base_kopecks, recalculation_kopecks, total_kopecks) "
        "VALUES (7, 201409, 'Капитальный ремонт', 'кв.м.', 200, 520, 1040, 0, 1040)"_s,
        u"INSERT INTO recalculations VALUES (501, 7, 201409, 201408, -312, 'Изменение площади')"_s,
        u"INSERT INTO payments VALUES (9001, 7, '2014-09-15', 12345, 'Сбербанк')"_s,
        u"INSERT INTO buildings VALUES (40, 'ул. Мира, д. 4', 1967, 5, 4, 80, 412050, 298000, "
        "'Кирпич', 'Скатная', '[\"Центральное отопление\",\"Газ\"]', 'regional_operator')"_s,
        u"INSERT INTO repair_works VALUES (601, 40, 'Ремонт крыши', 201501, 201512, "
        "'planned', NULL)"_s,
        u"INSERT INTO house_funds VALUES (40, '2014-10-01', 1500000, 1200000, 300000, 0)"_s,
        u"INSERT INTO organizations VALUES (3, 'Фонд капитального ремонта', "
        "'Региональный оператор', 'ул. Ленина, 1', '[\"+7 800 000-00-00\"]', "
        "'fond@example.ru', 'пн–пт 9:00–18:00', 'https://fond.example.ru/')"_s,
        u"INSERT INTO news VALUES (11, 1412150400000, 'График приёма', 'Текст новости')"_s,
        u"INSERT INTO appeals VALUES (1, 77, 7, 'Перерасчёт', 'Прошу пересчитать', "
        "'answered', 'Пересчитано', 1412150400000, 1412236800000)"_s,
        u"INSERT INTO outbox (kind, payload, idempotency_key, created_at_ms, state) "
        "VALUES ('typo_report', X'7B7D', '0f8fad5b-d9cb-469f-a165-70867728950e', "
        "1412150400000, 'pending')"_s,
        u"INSERT INTO sync_state VALUES ('accounts', 'c-42', 1412150400000)"_s,
    };
    for (const QString& row : rows)
        QVERIFY2(cache.exec(row), qPrintable(row));

    QString error;
    QVERIFY2(CacheSchema::migrate(cache.database(), CacheSchema::latestVersion(), &error),
             qPrintable(error));
    QCOMPARE(CacheSchema::currentVersion(cache.database()), CacheSchema::latestVersion());

    const QDateTime october1 = QDateTime(QDate(2014, 10, 1), QTime(8, 0), Qt::UTC);

    UserStore users(cache.database());
    QCOMPARE(users.profile(), (UserProfile {u"Иванов"_s, u"ivanov@example.ru"_s, true}));

    AccountStore accounts(cache.database());
    QCOMPARE(accounts.account(7),
             (Account {7,
                       u"16616"_s,
                       u"Лебедка Валентина Григорьевна"_s,
                       u"г.п.ч.п.б.р. Мира, д.4, кв. 7"_s,
                       3160,
                       u"Частная"_s,
                       Money::fromKopecks(22025),
                       40,
                       false,
                       {}}));

    ChargeStore charges(cache.database());
    const auto lines = charges.charges(7, Period(2014, 1), Period(2014, 12));
    QVERIFY(lines);
    QCOMPARE(*lines,
             (QList<ChargeLine> {{7, Period(2014, 9), u"Капитальный ремонт"_s, u"кв.м."_s, 200,
                                  Money::fromKopecks(520), Money::fromKopecks(1040), Money(),
                                  Money::fromKopecks(1040)}}));
    const auto recalculations = charges.recalculations(7, Period(2014, 9), Period(2014, 9));
    QVERIFY(recalculations);
    QCOMPARE(*recalculations,
             (QList<Recalculation> {{501, 7, Period(2014, 9), Period(2014, 8),
                                     Money::fromKopecks(-312), u"Изменение площади"_s}}));

    PaymentStore payments(cache.database());
    const auto paid = payments.payments(7, Period(2014, 9), Period(2014, 9));
    QVERIFY(paid);
    QCOMPARE(
        *paid,
        (QList<Payment> {{9001, 7, QDate(2014, 9, 15), Money::fromKopecks(12345), u"Сбербанк"_s}}));

    BuildingStore buildings(cache.database());
    QCOMPARE(buildings.building(40),
             (Building {40,
                        u"ул. Мира, д. 4"_s,
                        1967,
                        5,
                        4,
                        80,
                        412050,
                        298000,
                        u"Кирпич"_s,
                        u"Скатная"_s,
                        {u"Центральное отопление"_s, u"Газ"_s},
                        Building::FundAccount::RegionalOperator}));
    const auto works = buildings.works(40);
    QVERIFY(works);
    QCOMPARE(*works,
             (QList<CapitalRepairWork> {{601,
                                         40,
                                         u"Ремонт крыши"_s,
                                         Period(2015, 1),
                                         Period(2015, 12),
                                         CapitalRepairWork::Status::Planned,
                                         {}}}));
    QCOMPARE(buildings.houseFund(40),
             (HouseFund {40, QDate(2014, 10, 1), Money::fromKopecks(1500000),
                         Money::fromKopecks(1200000), Money::fromKopecks(300000), Money()}));

    OrganizationStore organizations(cache.database());
    QCOMPARE(organizations.organization(3),
             (Organization {3,
                            u"Фонд капитального ремонта"_s,
                            u"Региональный оператор"_s,
                            u"ул. Ленина, 1"_s,
                            {u"+7 800 000-00-00"_s},
                            u"fond@example.ru"_s,
                            u"пн–пт 9:00–18:00"_s,
                            QUrl(u"https://fond.example.ru/"_s),
                            // The bank details of version 3 start empty.
                            {},
                            {},
                            {},
                            {},
                            {},
                            {}}));

    // The column version 2 added starts as "unread" for news cached before.
    NewsStore news(cache.database());
    QCOMPARE(news.item(11),
             (NewsItem {11, october1, u"График приёма"_s, u"Текст новости"_s, false}));
    QCOMPARE(news.unreadCount(), 1);

    AppealStore appeals(cache.database());
    QCOMPARE(appeals.appeal(1),
             (Appeal {1, 77, 7, u"Перерасчёт"_s, u"Прошу пересчитать"_s, Appeal::Status::Answered,
                      u"Пересчитано"_s, october1, october1.addDays(1)}));

    OutboxStore outbox(cache.database());
    const auto pending = outbox.pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).kind, OutboxItem::Kind::TypoReport);
    QCOMPARE(pending->at(0).payload, QByteArray("{}"));
    QCOMPARE(pending->at(0).idempotencyKey, u"0f8fad5b-d9cb-469f-a165-70867728950e"_s);
    QCOMPARE(pending->at(0).createdAt, october1);
    QCOMPARE(pending->at(0).attempts, 0);
    QCOMPARE(pending->at(0).lastError, QString());

    SyncStateStore syncStates(cache.database());
    QCOMPARE(syncStates.state(u"accounts"_s), (SyncState {u"accounts"_s, u"c-42"_s, october1}));

    // And what version 2 added works on the old data.
    MeterStore meters(cache.database());
    QVERIFY(meters.upsertMeter(Meter {300, 7, u"Холодная вода"_s, u"СВ-15 № 123"_s, 0, {}}));
    QVERIFY(news.markRead(11));
    QCOMPARE(news.unreadCount(), 0);
}

void TestCacheSchema::version2OrganizationsSurviveMigration()
{
    TestCache cache;
    QVERIFY(cache.open(2));
    // Written as version 2 knew the table: no bank details yet.
    const QStringList rows = {
        u"INSERT INTO organizations VALUES (3, 'Фонд капитального ремонта', "
        "'Региональный оператор', 'ул. Ленина, 1', '[\"+7 800 000-00-00\"]', "
        "'fond@example.ru', 'пн–пт 9:00–18:00', 'https://fond.example.ru/')"_s,
        u"INSERT INTO organizations (id, name) VALUES (5, 'ООО «УК Мира»')"_s,
    };
    for (const QString& row : rows)
        QVERIFY2(cache.exec(row), qPrintable(row));

    const CacheSchema::Result result = CacheSchema::upgrade(cache.database());
    QVERIFY2(result.isOk(), qPrintable(result.detail));
    QCOMPARE(result.fromVersion, 2);
    QCOMPARE(result.toVersion, CacheSchema::latestVersion());
    QCOMPARE(cache.rowCount(u"organizations"_s), 2);

    Organization fund;
    fund.id = 3;
    fund.name = u"Фонд капитального ремонта"_s;
    fund.role = u"Региональный оператор"_s;
    fund.address = u"ул. Ленина, 1"_s;
    fund.phones = {u"+7 800 000-00-00"_s};
    fund.email = u"fond@example.ru"_s;
    fund.openingHours = u"пн–пт 9:00–18:00"_s;
    fund.website = QUrl(u"https://fond.example.ru/"_s);
    Organization manager;
    manager.id = 5;
    manager.name = u"ООО «УК Мира»"_s;
    OrganizationStore organizations(cache.database());
    QCOMPARE(organizations.organizations(), (QList<Organization> {fund, manager}));

    // Empty text, not NULL, so that the columns read like those of an organization that takes no
    // payments.
    QSqlQuery query(cache.database());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM organizations WHERE inn = '' AND kpp = '' AND "
                       "bank_name = '' AND bic = '' AND settlement_account = '' AND "
                       "correspondent_account = ''"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);

    // The next sync fills them in.
    fund.inn = u"7203028149"_s;
    fund.kpp = u"720301001"_s;
    fund.bankName = u"Западно-Сибирское отделение № 8647 ПАО Сбербанк"_s;
    fund.bic = u"047102651"_s;
    fund.settlementAccount = u"40603810367000001234"_s;
    fund.correspondentAccount = u"30101810800000000651"_s;
    QVERIFY2(organizations.upsert(fund), qPrintable(organizations.lastError().text()));
    QCOMPARE(organizations.organization(3), fund);
    QCOMPARE(organizations.organization(5), manager);
}

void TestCacheSchema::version3NewsAreSeenWhenRead()
{
    TestCache cache;
    QVERIFY(cache.open(3));
    // Written as version 3 knew the table: read or not, nothing says whether it was shown.
    const QStringList rows = {
        u"INSERT INTO news VALUES (11, 1412150400000, 'Прочитанная', '', 1)"_s,
        u"INSERT INTO news VALUES (12, 1412236800000, 'Непрочитанная', '', 0)"_s,
    };
    for (const QString& row : rows)
        QVERIFY2(cache.exec(row), qPrintable(row));

    const CacheSchema::Result result = CacheSchema::upgrade(cache.database());
    QVERIFY2(result.isOk(), qPrintable(result.detail));
    QCOMPARE(result.fromVersion, 3);
    QCOMPARE(result.toVersion, CacheSchema::latestVersion());

    // Version 3 had no news page: what is unread has never been shown, so it counts as new.
    NewsStore news(cache.database());
    QCOMPARE(news.unseenIds(), (QSet<qint64> {12}));
    QCOMPARE(news.unreadCount(), 1);
    QCOMPARE(news.item(11)->read, true);
    QCOMPARE(news.item(12)->read, false);
    QVERIFY(news.markAllSeen());
    QCOMPARE(news.unseenIds(), QSet<qint64>());
    QCOMPARE(news.unreadCount(), 1);
    QVERIFY(!cache.exec(u"UPDATE news SET is_seen = 2 WHERE id = 11"_s));
}

void TestCacheSchema::version4AccountsAwaitTheirPayee()
{
    TestCache cache;
    QVERIFY(cache.open(4));
    const QStringList rows = {
        u"INSERT INTO accounts (id, number, owner_name, address, area_centi_m2, ownership_type, "
        "balance_kopecks) VALUES (7, '16616', 'Лебедка', '', 3160, 'Частная', 22025)"_s,
        u"INSERT INTO sync_state VALUES ('sync', '1.42.202409', 1412150400000)"_s,
        u"INSERT INTO sync_state VALUES ('account/7/charges', '2024-09', 1412150400000)"_s,
    };
    for (const QString& row : rows)
        QVERIFY2(cache.exec(row), qPrintable(row));

    const CacheSchema::Result result = CacheSchema::upgrade(cache.database(), 5);
    QVERIFY2(result.isOk(), qPrintable(result.detail));
    QCOMPARE(result.fromVersion, 4);
    QCOMPARE(result.toVersion, 5);

    // No payee yet, and no sync cursor: the next sync starts from scratch and brings every card
    // with its payee. The account's own bookkeeping stays.
    AccountStore accounts(cache.database());
    QCOMPARE(accounts.account(7)->payeeId, std::nullopt);
    SyncStateStore states(cache.database());
    QVERIFY(!states.state(u"sync"_s));
    QVERIFY(!states.lastError().isValid());
    QCOMPARE(states.state(u"account/7/charges"_s)->cursor, u"2024-09"_s);

    Account withPayee = *accounts.account(7);
    withPayee.payeeId = 3;
    QVERIFY(accounts.upsert(withPayee));
    QCOMPARE(accounts.account(7)->payeeId, std::optional<qint64>(3));
}

void TestCacheSchema::newerFileIsRefused()
{
    TestCache cache;
    QVERIFY(cache.open());
    const int newer = CacheSchema::latestVersion() + 1;
    QVERIFY(cache.exec(u"PRAGMA user_version = "_s + QString::number(newer)));

    const CacheSchema::Result result = CacheSchema::upgrade(cache.database());
    QCOMPARE(result.error, CacheSchema::Error::NewerThanSupported);
    QCOMPARE(result.fromVersion, newer);
    QString error;
    QVERIFY(!CacheSchema::migrate(cache.database(), CacheSchema::latestVersion(), &error));
    QCOMPARE(error, CacheSchema::errorText(CacheSchema::Error::NewerThanSupported));
    QVERIFY(!error.isEmpty());
    QCOMPARE(CacheSchema::currentVersion(cache.database()), newer);
}

void TestCacheSchema::invalidTargetsAreRefused()
{
    TestCache cache;
    QVERIFY(cache.open());
    QCOMPARE(CacheSchema::upgrade(cache.database(), CacheSchema::latestVersion() + 1).error,
             CacheSchema::Error::InvalidTarget);
    // Steps only go forward.
    QCOMPARE(CacheSchema::upgrade(cache.database(), 1).error, CacheSchema::Error::InvalidTarget);
    QCOMPARE(CacheSchema::currentVersion(cache.database()), CacheSchema::latestVersion());
    QVERIFY(cache.database().record(u"news"_s).contains(u"is_read"_s));
}

void TestCacheSchema::failedStepKeepsThePreviousVersion()
{
    TestCache cache;
    QVERIFY(cache.open(1));
    QVERIFY(cache.exec(u"INSERT INTO news VALUES (11, 0, 'Новость', '')"_s));
    // A table in the way makes step 2 fail after it has already altered "news".
    QVERIFY(cache.exec(u"CREATE TABLE meters (x INTEGER)"_s));

    const CacheSchema::Result result = CacheSchema::upgrade(cache.database());
    QCOMPARE(result.error, CacheSchema::Error::SqlFailed);
    QVERIFY(!result.detail.isEmpty());
    QCOMPARE(result.toVersion, 1);
    QCOMPARE(CacheSchema::currentVersion(cache.database()), 1);
    QVERIFY(!cache.database().record(u"news"_s).contains(u"is_read"_s));
    QVERIFY(!cache.database().record(u"outbox"_s).contains(u"attempts"_s));
    QCOMPARE(cache.rowCount(u"news"_s), 1);

    // Nothing is left half-done, so the step runs cleanly once the obstacle is gone.
    QVERIFY(cache.exec(u"DROP TABLE meters"_s));
    QVERIFY(CacheSchema::upgrade(cache.database()).isOk());
    QCOMPARE(CacheSchema::currentVersion(cache.database()), CacheSchema::latestVersion());
}

void TestCacheSchema::failedStep3KeepsVersion2()
{
    TestCache cache;
    QVERIFY(cache.open(2));
    QVERIFY(cache.exec(u"INSERT INTO organizations (id, name) VALUES (3, 'Фонд')"_s));
    // A column in the way makes step 3 fail after it has added inn, kpp and bank_name.
    QVERIFY(cache.exec(u"ALTER TABLE organizations ADD COLUMN bic INTEGER"_s));

    const CacheSchema::Result result = CacheSchema::upgrade(cache.database());
    QCOMPARE(result.error, CacheSchema::Error::SqlFailed);
    QCOMPARE(result.fromVersion, 2);
    QCOMPARE(result.toVersion, 2);
    QCOMPARE(CacheSchema::currentVersion(cache.database()), 2);
    const QSqlRecord organizations = cache.database().record(u"organizations"_s);
    QVERIFY(!organizations.contains(u"inn"_s));
    QVERIFY(!organizations.contains(u"bank_name"_s));
    QCOMPARE(cache.rowCount(u"organizations"_s), 1);
}

void TestCacheSchema::failedStep4KeepsVersion3()
{
    TestCache cache;
    QVERIFY(cache.open(3));
    QVERIFY(cache.exec(u"INSERT INTO news VALUES (11, 1412150400000, 'Новость', '', 1)"_s));
    // A trigger in the way makes step 4 fail after it has added the column.
    QVERIFY(cache.exec(u"CREATE TRIGGER no_updates BEFORE UPDATE ON news "
                       "BEGIN SELECT RAISE(ABORT, 'read-only'); END"_s));

    const CacheSchema::Result result = CacheSchema::upgrade(cache.database());
    QCOMPARE(result.error, CacheSchema::Error::SqlFailed);
    QCOMPARE(result.fromVersion, 3);
    QCOMPARE(result.toVersion, 3);
    QCOMPARE(CacheSchema::currentVersion(cache.database()), 3);
    QVERIFY(!cache.database().record(u"news"_s).contains(u"is_seen"_s));
    QCOMPARE(cache.rowCount(u"news"_s), 1);

    QVERIFY(cache.exec(u"DROP TRIGGER no_updates"_s));
    QVERIFY(CacheSchema::upgrade(cache.database()).isOk());
    QCOMPARE(NewsStore(cache.database()).unseenIds(), QSet<qint64>());
}

void TestCacheSchema::foreignKeysAreEnforced()
{
    TestCache cache;
    QVERIFY(cache.open());
    ChargeStore charges(cache.database());
    QVERIFY(!charges.upsertLine(ChargeLine {
        404, Period(2014, 9), u"Капитальный ремонт"_s, u"кв.м."_s, 200, Money::fromKopecks(520),
        Money::fromKopecks(1040), Money(), Money::fromKopecks(1040)}));
    QVERIFY(charges.lastError().isValid());
    QCOMPARE(cache.rowCount(u"charge_lines"_s), 0);

    PaymentStore payments(cache.database());
    QVERIFY(!payments.upsert(Payment {1, 404, QDate(2014, 9, 1), Money::fromKopecks(100), {}}));
    MeterStore meters(cache.database());
    QVERIFY(!meters.saveReading(MeterReading {404, QDate(2014, 9, 1), 1000, {}}));
    BuildingStore buildings(cache.database());
    QVERIFY(!buildings.saveHouseFund(HouseFund {404, {}, {}, {}, {}, {}}));
}

void TestCacheSchema::removingAnAccountRemovesItsData()
{
    TestCache cache;
    QVERIFY(cache.open());
    AccountStore accounts(cache.database());
    ChargeStore charges(cache.database());
    PaymentStore payments(cache.database());
    MeterStore meters(cache.database());
    AppealStore appeals(cache.database());
    for (qint64 id : {1, 2}) {
        QVERIFY(
            accounts.upsert(Account {id, QString::number(id), {}, {}, 0, {}, {}, {}, true, {}}));
        QVERIFY(charges.upsertLine(
            ChargeLine {id, Period(2014, 9), u"Капитальный ремонт"_s, {}, 0, {}, {}, {}, {}}));
        QVERIFY(charges.upsertRecalculation(
            Recalculation {id, id, Period(2014, 9), Period(2014, 8), {}, {}}));
        QVERIFY(payments.upsert(Payment {id, id, QDate(2014, 9, 1), {}, {}}));
        QVERIFY(meters.upsertMeter(Meter {id, id, u"ХВС"_s, {}, 0, {}}));
        QVERIFY(meters.saveReading(MeterReading {id, QDate(2014, 9, 1), 5, {}}));
        QVERIFY(appeals.create(Appeal {0, {}, id, u"Тема"_s, u"Текст"_s, {}, {}, {}, {}}));
    }
    QVERIFY(accounts.remove(1));
    for (const QString& table : {u"charge_lines"_s, u"recalculations"_s, u"payments"_s, u"meters"_s,
                                 u"meter_readings"_s, u"appeals"_s})
        QCOMPARE(cache.rowCount(table), 1);
    QCOMPARE(meters.meters(2).value().size(), 1);
    QCOMPARE(payments.payments(2, QDate(2014, 1, 1), QDate(2014, 12, 31)).value().size(), 1);
}

void TestCacheSchema::checkConstraintsRejectBadValues()
{
    TestCache cache;
    QVERIFY(cache.open());
    AccountStore accounts(cache.database());
    QVERIFY(accounts.upsert(Account {1, u"1"_s, {}, {}, 0, {}, {}, {}, false, {}}));
    QVERIFY(!accounts.upsert(Account {2, u"2"_s, {}, {}, -1, {}, {}, {}, false, {}}));

    ChargeStore charges(cache.database());
    QVERIFY(!charges.upsertLine(
        ChargeLine {1, Period(), u"Капитальный ремонт"_s, {}, 0, {}, {}, {}, {}}));
    QVERIFY(charges.lastError().isValid());

    PaymentStore payments(cache.database());
    QVERIFY(!payments.upsert(Payment {1, 1, QDate(), {}, {}}));

    BuildingStore buildings(cache.database());
    QVERIFY(buildings.upsertBuilding(Building {5, {}, 0, 0, 0, 0, 0, 0, {}, {}, {}, {}}));
    QVERIFY(!buildings.upsertWork(
        CapitalRepairWork {1, 5, u"Крыша"_s, Period(2016, 1), Period(2015, 1), {}, {}}));
    QCOMPARE(cache.rowCount(u"repair_works"_s), 0);
}

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "tst_cacheschema.moc"
