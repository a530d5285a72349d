#include "EngineCache.h"
#include "SampleAnswers.h"
#include "engine/SyncApplier.h"
#include "engine/SyncBookkeeping.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "store/BuildingStore.h"
#include "store/ChargeStore.h"
#include "store/MeterStore.h"
#include "store/NewsStore.h"
#include "store/OrganizationStore.h"
#include "store/OutboxStore.h"
#include "store/PaymentStore.h"
#include "store/UserStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SampleAnswers;

namespace {
const Period september(2014, 9);
const QDateTime firstSync(QDate(2014, 10, 1), QTime(9, 0), Qt::UTC);
const QDateTime secondSync(QDate(2014, 10, 2), QTime(9, 0), Qt::UTC);
const Period anyFrom(1900, 1);
const Period anyTo(9999, 12);
const QDate dayOne(1, 1, 1);
const QDate lastDay(9999, 12, 31);
} // namespace

class TestSyncApplier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstPageFillsTheCache();
    void laterPagesAddAndReplace();
    void aRowSentAgainReplacesTheOneAFirstSyncInserted();
    void removedAccountsTakeEverythingWithThem();
    void historyAfterTheLastClosedPeriodIsDropped();
    void paymentsAloneAreTrimmedToTheRecordedPeriod();
    void housesNoAccountNamesAreDropped();
    void metersKeepReadingsNotSentYet();
    void fromScratchReplacesTheServersDataOnly();
    void anAppealOfAnUnlinkedAccountIsKept();
    void onlyTheLastPageMarksTheSync();
    void aFailedWriteLeavesTheOldStateAndCursor();
    void anEntryForAnUnknownAccountIsRefused();
    void aBusyCacheIsReported();
    void theWholeSyncIsOneTransaction();
    void anAccountRemovedOnALaterPageIsNotMarkedSynced();
    void aCancelBeforeTheCommitRollsEverythingBack();

private:
    SyncError apply(const SyncAnswerBody& answer, const QDateTime& now = firstSync,
                    bool fromScratch = false)
    {
        return SyncApplier(m_cache->database()).apply(answer, now, fromScratch);
    }

    std::unique_ptr<EngineCache> m_cache;
};

void TestSyncApplier::init()
{
    m_cache = std::make_unique<EngineCache>();
    QVERIFY(m_cache->open());
}

void TestSyncApplier::cleanup()
{
    m_cache.reset();
}

void TestSyncApplier::firstPageFillsTheCache()
{
    SyncAnswerBody answer = accountWithHistory(u"c1"_s, 3, september);
    answer.profile = profile();
    answer.accounts = {account(3, 2, 16432)};
    answer.buildings = {building(2)};
    answer.organizations = {organization(1)};
    answer.news = {news(4)};
    answer.appeals = {appeal(12, 3)};
    answer.meters = {{3, {meter(11, 3, {reading(11, QDate(2014, 9, 25), 12345)})}}};
    answer.charges[0].recalculations = {recalculation(9, 3, september, -1040)};
    const SyncError error = apply(answer, firstSync, true);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));

    const QSqlDatabase db = m_cache->database();
    QCOMPARE(UserStore(db).profile(), answer.profile);
    QCOMPARE(AccountStore(db).account(3), answer.accounts.at(0));
    QCOMPARE(ChargeStore(db).charges(3, anyFrom, anyTo)->size(), 12);
    QCOMPARE(ChargeStore(db).totalCharged(3, anyFrom, anyTo), Money::fromKopecks(12 * 16432));
    QCOMPARE(ChargeStore(db).recalculations(3, anyFrom, anyTo)->size(), 1);
    QCOMPARE(PaymentStore(db).totalPaid(3, dayOne, lastDay), Money::fromKopecks(12 * 16432));
    QCOMPARE(MeterStore(db).meters(3)->size(), 1);
    QCOMPARE(BuildingStore(db).building(2)->address, answer.buildings.at(0).building.address);
    QCOMPARE(BuildingStore(db).works(2)->size(), 1);
    QCOMPARE(OrganizationStore(db).organizations()->size(), 1);
    QCOMPARE(NewsStore(db).latest()->size(), 1);
    QCOMPARE(AppealStore(db).appealByServerId(12)->accountId, std::optional<qint64>(3));

    SyncBookkeeping bookkeeping(db);
    QCOMPARE(bookkeeping.cursor(), u"c1"_s);
    QCOMPARE(bookkeeping.lastSyncedAt(), firstSync);
    // The dump the other tests compare shows every row.
    const QStringList dump = m_cache->dump();
    QVERIFY2(dump.size() > 30, qPrintable(QString::number(dump.size())));
    QVERIFY(dump.contains(u"sync_state: scope=sync, cursor=c1"_s));
    QCOMPARE(bookkeeping.lastClosedPeriod(3), september);
    QCOMPARE(bookkeeping.accountSyncedAt(3), firstSync);
}

void TestSyncApplier::laterPagesAddAndReplace()
{
    QVERIFY(!apply(accountWithHistory(u"c1"_s, 3, september)).isError());
    SyncAnswerBody changes = page(u"c2"_s);
    changes.accounts = {account(3, std::nullopt, 500)};
    // The same period and service replace the line; a payment with a new id is added, one with
    // a known id replaces it.
    changes.charges = {charges(3, september, {line(3, september, 20000)})};
    changes.payments = {{3,
                         {payment(77, 3, QDate(2014, 9, 30), 100),
                          payment(3000, 3, september.firstDay().addDays(24), 1)}}};
    QVERIFY(!apply(changes, secondSync).isError());

    const QSqlDatabase db = m_cache->database();
    QCOMPARE(AccountStore(db).account(3)->balance, Money::fromKopecks(500));
    const auto septemberLines = ChargeStore(db).charges(3, september, september);
    QCOMPARE(septemberLines->size(), 1);
    QCOMPARE(septemberLines->at(0).total, Money::fromKopecks(20000));
    QCOMPARE(ChargeStore(db).charges(3, anyFrom, anyTo)->size(), 12);
    const auto payments = PaymentStore(db).payments(3, dayOne, lastDay);
    QCOMPARE(payments->size(), 13);
    QCOMPARE(PaymentStore(db).totalPaid(3, dayOne, lastDay),
             Money::fromKopecks(11 * 16432 + 1 + 100));
    QCOMPARE(SyncBookkeeping(db).cursor(), u"c2"_s);
}

void TestSyncApplier::aRowSentAgainReplacesTheOneAFirstSyncInserted()
{
    // A first sync into an empty cache inserts its rows without looking for them first
    // (StoreConnection::upsert); a row sent again, on a later page of the same sync or by the next
    // sync, must still replace the stored one, never be refused or stored twice.
    const Period august = september.addMonths(-1);
    const Period october = september.next();
    const QDate paidInAugust = august.firstDay().addDays(24);
    const QDate paidInSeptember = september.firstDay().addDays(24);
    const QSqlDatabase db = m_cache->database();
    SyncAnswerBody again = page(u"c2"_s);
    again.charges = {charges(3, september, {line(3, august, 111)})};
    again.payments = {{3, {payment(3001, 3, paidInAugust, 222)}}};
    SyncError error = SyncApplier(db).apply(
        {accountWithHistory(u"c1"_s, 3, september, true), again}, firstSync, true);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(ChargeStore(db).charges(3, anyFrom, anyTo)->size(), 12);
    QCOMPARE(ChargeStore(db).charges(3, august, august)->constFirst().total,
             Money::fromKopecks(111));
    QCOMPARE(PaymentStore(db).payments(3, dayOne, lastDay)->size(), 12);
    QCOMPARE(PaymentStore(db).payments(3, paidInAugust, paidInAugust)->constFirst().amount,
             Money::fromKopecks(222));

    // The next sync changes September's line and payment and adds October's.
    SyncAnswerBody next = page(u"c3"_s);
    next.charges = {charges(3, october, {line(3, september, 333), line(3, october, 444)})};
    next.payments = {{3,
                      {payment(3000, 3, paidInSeptember, 555),
                       payment(3100, 3, october.firstDay().addDays(3), 666)}}};
    error = apply(next, secondSync);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    const std::optional<QList<ChargeLine>> lines = ChargeStore(db).charges(3, anyFrom, anyTo);
    QCOMPARE(lines->size(), 13);
    QCOMPARE(lines->at(11).period, september);
    QCOMPARE(lines->at(11).total, Money::fromKopecks(333));
    QCOMPARE(lines->at(12).period, october);
    QCOMPARE(lines->at(12).total, Money::fromKopecks(444));
    QCOMPARE(ChargeStore(db).totalCharged(3, anyFrom, anyTo),
             Money::fromKopecks(10 * 16432 + 111 + 333 + 444));
    const std::optional<QList<Payment>> payments = PaymentStore(db).payments(3, dayOne, lastDay);
    QCOMPARE(payments->size(), 13);
    QCOMPARE(payments->at(11).id, 3000);
    QCOMPARE(payments->at(11).amount, Money::fromKopecks(555));
    QCOMPARE(payments->at(12).id, 3100);
    QCOMPARE(payments->at(12).amount, Money::fromKopecks(666));
    QCOMPARE(PaymentStore(db).totalPaid(3, dayOne, lastDay),
             Money::fromKopecks(10 * 16432 + 222 + 555 + 666));
    QCOMPARE(m_cache->integrityProblems(), QString());
}

void TestSyncApplier::removedAccountsTakeEverythingWithThem()
{
    SyncAnswerBody first = accountWithHistory(u"c1"_s, 3, september);
    const SyncAnswerBody other = accountWithHistory(u"c1"_s, 4, september);
    first.accounts += other.accounts;
    first.charges += other.charges;
    first.payments += other.payments;
    first.meters = {{3, {meter(11, 3, {reading(11, QDate(2014, 9, 25), 12345)})}}};
    QVERIFY(!apply(first).isError());

    SyncAnswerBody removal = page(u"c2"_s);
    removal.removedAccounts = {3, 999}; // 999 was never here: ignored
    const SyncError error = apply(removal, secondSync);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));

    const QSqlDatabase db = m_cache->database();
    QVERIFY(!AccountStore(db).account(3));
    QVERIFY(ChargeStore(db).charges(3, anyFrom, anyTo)->isEmpty());
    QVERIFY(PaymentStore(db).payments(3, dayOne, lastDay)->isEmpty());
    QVERIFY(MeterStore(db).meters(3)->isEmpty());
    QVERIFY(!SyncBookkeeping(db).lastClosedPeriod(3));
    // The other account is untouched.
    QCOMPARE(ChargeStore(db).charges(4, anyFrom, anyTo)->size(), 12);
    QCOMPARE(SyncBookkeeping(db).lastClosedPeriod(4), september);
}

void TestSyncApplier::historyAfterTheLastClosedPeriodIsDropped()
{
    QVERIFY(!apply(accountWithHistory(u"c1"_s, 3, september)).isError());
    // The operator takes the closing of September back: August is the last closed period.
    SyncAnswerBody reopened = page(u"c2"_s);
    reopened.charges = {charges(3, september.previous(), {})};
    QVERIFY(!apply(reopened).isError());

    const QSqlDatabase db = m_cache->database();
    QCOMPARE(ChargeStore(db).charges(3, anyFrom, anyTo)->size(), 11);
    QVERIFY(ChargeStore(db).charges(3, september, september)->isEmpty());
    QCOMPARE(PaymentStore(db).payments(3, dayOne, lastDay)->size(), 11);
    QVERIFY(PaymentStore(db).payments(3, september, september)->isEmpty());
    QCOMPARE(SyncBookkeeping(db).lastClosedPeriod(3), september.previous());

    // No period closed at all: nothing of the history stays.
    SyncAnswerBody none = page(u"c3"_s);
    none.charges = {charges(3, Period(), {})};
    QVERIFY(!apply(none).isError());
    QVERIFY(ChargeStore(db).charges(3, anyFrom, anyTo)->isEmpty());
    QVERIFY(PaymentStore(db).payments(3, dayOne, lastDay)->isEmpty());
    QCOMPARE(SyncBookkeeping(db).lastClosedPeriod(3), Period());
}

void TestSyncApplier::paymentsAloneAreTrimmedToTheRecordedPeriod()
{
    QVERIFY(!apply(accountWithHistory(u"c1"_s, 3, september)).isError());
    SyncAnswerBody late = page(u"c2"_s);
    late.payments = {
        {3, {payment(1, 3, QDate(2014, 9, 30), 10), payment(2, 3, QDate(2014, 10, 1), 20)}}};
    QVERIFY(!apply(late).isError());
    const QSqlDatabase db = m_cache->database();
    QVERIFY(PaymentStore(db).payments(3, QDate(2014, 10, 1), lastDay)->isEmpty());
    QCOMPARE(PaymentStore(db).payments(3, QDate(2014, 9, 30), QDate(2014, 9, 30))->size(), 1);
}

void TestSyncApplier::housesNoAccountNamesAreDropped()
{
    SyncAnswerBody first = page(u"c1"_s);
    first.accounts = {account(3, 2), account(4, 5)};
    first.buildings = {building(2), building(5)};
    QVERIFY(!apply(first).isError());
    const QSqlDatabase db = m_cache->database();
    QVERIFY(BuildingStore(db).building(5));

    // Account 4's card now names no house: house 5 goes; house 2 stays.
    SyncAnswerBody change = page(u"c2"_s);
    change.accounts = {account(4, std::nullopt)};
    QVERIFY(!apply(change).isError());
    QVERIFY(!BuildingStore(db).building(5));
    QVERIFY(BuildingStore(db).works(5)->isEmpty());
    QVERIFY(BuildingStore(db).building(2));

    SyncAnswerBody removal = page(u"c3"_s);
    removal.removedAccounts = {3};
    QVERIFY(!apply(removal).isError());
    QVERIFY(!BuildingStore(db).building(2));
}

void TestSyncApplier::metersKeepReadingsNotSentYet()
{
    SyncAnswerBody first = page(u"c1"_s);
    first.accounts = {account(3)};
    first.meters = {
        {3,
         {meter(11, 3,
                {reading(11, QDate(2014, 8, 25), 1000), reading(11, QDate(2014, 7, 25), 500)})}}};
    QVERIFY(!apply(first).isError());
    const QSqlDatabase db = m_cache->database();
    MeterStore meters(db);
    // The user enters two readings here; one of them reaches the server before the next sync.
    QVERIFY(
        meters.saveReading(reading(11, QDate(2014, 9, 25), 2000, MeterReading::State::Pending)));
    QVERIFY(
        meters.saveReading(reading(11, QDate(2014, 9, 26), 2100, MeterReading::State::Pending)));

    // The server dropped July's reading and has accepted the one of 25 September.
    SyncAnswerBody second = page(u"c2"_s);
    second.meters = {
        {3,
         {meter(11, 3,
                {reading(11, QDate(2014, 9, 25), 2000), reading(11, QDate(2014, 8, 25), 1000)})}}};
    QVERIFY(!apply(second).isError());
    const auto readings = meters.readings(11, dayOne, lastDay);
    QVERIFY(readings);
    QCOMPARE(readings->size(), 3);
    QCOMPARE(readings->at(0).date, QDate(2014, 8, 25));
    QCOMPARE(readings->at(1).date, QDate(2014, 9, 25));
    QCOMPARE(readings->at(1).state, MeterReading::State::Accepted);
    QCOMPARE(readings->at(2).date, QDate(2014, 9, 26));
    QCOMPARE(readings->at(2).state, MeterReading::State::Pending);
    QCOMPARE(meters.meter(11)->lastReadingDate, QDate(2014, 9, 25));
}

void TestSyncApplier::fromScratchReplacesTheServersDataOnly()
{
    SyncAnswerBody first = accountWithHistory(u"c1"_s, 3, september);
    first.profile = profile(u"old@example.ru"_s);
    first.organizations = {organization(1)};
    first.news = {news(4), news(5)};
    first.appeals = {appeal(12, std::nullopt)};
    QVERIFY(!apply(first).isError());
    const QSqlDatabase db = m_cache->database();
    // Only this computer knows that the user read item 5.
    QVERIFY(NewsStore(db).markRead(5));
    // What only this computer has: a queued appeal and its outbox item.
    Appeal draft = appeal(0, std::nullopt);
    draft.serverId.reset();
    draft.status = Appeal::Status::Queued;
    const std::optional<qint64> draftId = AppealStore(db).create(draft);
    QVERIFY(draftId);
    OutboxItem item;
    item.kind = OutboxItem::Kind::Appeal;
    item.payload = "{}";
    QVERIFY(OutboxStore(db).enqueue(item));

    // The server's data was reset: a different account, nothing else.
    SyncAnswerBody fresh = accountWithHistory(u"new1"_s, 8, september);
    fresh.profile = profile(u"new@example.ru"_s);
    // News item 5 is still on the server, item 4 is gone.
    NewsItem stillThere = news(5);
    stillThere.read = false;
    fresh.news = {stillThere};
    const SyncError error = apply(fresh, secondSync, true);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));

    QCOMPARE(UserStore(db).profile()->email, u"new@example.ru"_s);
    QCOMPARE(AccountStore(db).accounts()->size(), 1);
    QVERIFY(AccountStore(db).account(8));
    QVERIFY(ChargeStore(db).charges(3, anyFrom, anyTo)->isEmpty());
    QVERIFY(OrganizationStore(db).organizations()->isEmpty());
    const std::optional<QList<NewsItem>> keptNews = NewsStore(db).latest();
    QVERIFY(keptNews);
    QCOMPARE(keptNews->size(), 1);
    QCOMPARE(keptNews->constFirst().id, 5);
    // The read flag survived the reset.
    QVERIFY(keptNews->constFirst().read);
    QCOMPARE(NewsStore(db).unreadCount(), std::optional<int>(0));
    QVERIFY(!AppealStore(db).appealByServerId(12));
    QVERIFY(AppealStore(db).appeal(*draftId));
    QCOMPARE(OutboxStore(db).all()->size(), 1);
    QVERIFY(!SyncBookkeeping(db).lastClosedPeriod(3));
    QCOMPARE(SyncBookkeeping(db).cursor(), u"new1"_s);
}

void TestSyncApplier::anAppealOfAnUnlinkedAccountIsKept()
{
    SyncAnswerBody first = page(u"c1"_s);
    first.accounts = {account(3)};
    first.appeals = {appeal(12, 3), appeal(13, 7)};
    const SyncError error = apply(first);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    AppealStore appeals(m_cache->database());
    QCOMPARE(appeals.appealByServerId(12)->accountId, std::optional<qint64>(3));
    QVERIFY(appeals.appealByServerId(13));
    QCOMPARE(appeals.appealByServerId(13)->accountId, std::nullopt);
}

void TestSyncApplier::onlyTheLastPageMarksTheSync()
{
    QVERIFY(!apply(accountWithHistory(u"c1"_s, 3, september), firstSync).isError());
    SyncAnswerBody middle = page(u"run.1"_s, true);
    middle.news = {news(1)};
    QVERIFY(!apply(middle, secondSync).isError());
    SyncBookkeeping bookkeeping(m_cache->database());
    // The cursor moves with every page; the time only with a complete sync.
    QCOMPARE(bookkeeping.cursor(), u"run.1"_s);
    QCOMPARE(bookkeeping.lastSyncedAt(), firstSync);
    QCOMPARE(bookkeeping.accountSyncedAt(3), firstSync);

    const QDateTime third = secondSync.addSecs(60);
    QVERIFY(!apply(page(u"c2"_s), third).isError());
    QCOMPARE(bookkeeping.cursor(), u"c2"_s);
    QCOMPARE(bookkeeping.lastSyncedAt(), third);
    QCOMPARE(bookkeeping.accountSyncedAt(3), third);
}

void TestSyncApplier::aFailedWriteLeavesTheOldStateAndCursor()
{
    QVERIFY(!apply(accountWithHistory(u"c1"_s, 3, september)).isError());
    const QStringList before = m_cache->dump(EngineCache::Times::Include);

    // Everything of this page is fine but the last reading, which the cache's CHECK refuses
    // (a negative value): the account card, the lines and the news written before it must go.
    SyncAnswerBody broken = page(u"c2"_s);
    broken.accounts = {account(3, std::nullopt, 999)};
    broken.charges = {charges(3, september, {line(3, september, 1)})};
    broken.meters = {{3, {meter(11, 3, {reading(11, QDate(2014, 9, 25), -5)})}}};
    broken.news = {news(5)};
    const SyncError error = apply(broken, secondSync);
    QCOMPARE(error.kind, SyncError::Kind::CacheWrite);
    QCOMPARE(error.write, SyncError::WriteFailure::Statement);
    QVERIFY2(error.detail.contains(u"meter 11"_s), qPrintable(error.detail));

    QCOMPARE(m_cache->dump(EngineCache::Times::Include), before);
    QCOMPARE(SyncBookkeeping(m_cache->database()).cursor(), u"c1"_s);
}

void TestSyncApplier::anEntryForAnUnknownAccountIsRefused()
{
    QVERIFY(!apply(accountWithHistory(u"c1"_s, 3, september)).isError());
    const QStringList before = m_cache->dump(EngineCache::Times::Include);
    SyncAnswerBody orphan = page(u"c2"_s);
    orphan.news = {news(5)};
    orphan.payments = {{42, {payment(1, 42, QDate(2014, 9, 1), 10)}}};
    const SyncError error = apply(orphan);
    QCOMPARE(error.kind, SyncError::Kind::CacheWrite);
    QCOMPARE(error.write, SyncError::WriteFailure::UnknownAccount);
    QVERIFY2(error.detail.contains(u"42"_s), qPrintable(error.detail));
    QCOMPARE(m_cache->dump(EngineCache::Times::Include), before);
}

void TestSyncApplier::aBusyCacheIsReported()
{
    // A transaction already open on the connection: the applier cannot begin its own.
    QSqlDatabase db = m_cache->database();
    QVERIFY(db.transaction());
    const SyncError error = apply(accountWithHistory(u"c1"_s, 3, september));
    QCOMPARE(error.kind, SyncError::Kind::CacheWrite);
    QCOMPARE(error.write, SyncError::WriteFailure::Busy);
    QVERIFY(db.rollback());
    QVERIFY(AccountStore(db).accounts()->isEmpty());
}

void TestSyncApplier::theWholeSyncIsOneTransaction()
{
    QVERIFY(!apply(accountWithHistory(u"c1"_s, 3, september)).isError());
    const QStringList before = m_cache->exactDump();

    SyncAnswerBody first = accountWithHistory(u"run.1"_s, 4, september, true);
    first.news = {news(1)};
    SyncAnswerBody second = page(u"run.2"_s, true);
    second.news = {news(2)};
    second.accounts = {account(3, std::nullopt, 555)};
    // The last page breaks on its last reading (the cache's CHECK refuses a negative value):
    // the two pages before it, whole and fine, must go too.
    SyncAnswerBody broken = page(u"c2"_s);
    broken.news = {news(3)};
    broken.meters = {{4, {meter(11, 4, {reading(11, QDate(2014, 9, 25), -5)})}}};
    SyncApplier applier(m_cache->database());
    const SyncError error = applier.apply({first, second, broken}, secondSync, false);
    QCOMPARE(error.kind, SyncError::Kind::CacheWrite);
    QVERIFY2(error.detail.contains(u"meter 11"_s), qPrintable(error.detail));
    QCOMPARE(m_cache->exactDump(), before);
    QVERIFY(!AccountStore(m_cache->database()).account(4));
    QVERIFY(!NewsStore(m_cache->database()).item(1));

    SyncAnswerBody last = page(u"c2"_s);
    last.news = {news(3)};
    last.meters = {{4, {meter(11, 4, {reading(11, QDate(2014, 9, 25), 5)})}}};
    const SyncError none = applier.apply({first, second, last}, secondSync, false);
    QVERIFY2(!none.isError(), qPrintable(none.describe()));
    QCOMPARE(AccountStore(m_cache->database()).accounts()->size(), 2);
    QCOMPARE(AccountStore(m_cache->database()).account(3)->balance, Money::fromKopecks(555));
    QCOMPARE(NewsStore(m_cache->database()).latest()->size(), 3);
    SyncBookkeeping bookkeeping(m_cache->database());
    QCOMPARE(bookkeeping.cursor(), u"c2"_s);
    QCOMPARE(bookkeeping.lastSyncedAt(), secondSync);
    QCOMPARE(bookkeeping.accountSyncedAt(3), secondSync);
    QCOMPARE(bookkeeping.accountSyncedAt(4), secondSync);
}

void TestSyncApplier::anAccountRemovedOnALaterPageIsNotMarkedSynced()
{
    QVERIFY(!apply(accountWithHistory(u"c1"_s, 3, september)).isError());
    SyncAnswerBody linked = accountWithHistory(u"run.1"_s, 4, september, true);
    SyncAnswerBody unlinked = page(u"c2"_s);
    unlinked.removedAccounts = {4};
    const SyncError error =
        SyncApplier(m_cache->database()).apply({linked, unlinked}, secondSync, false);
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QVERIFY(!AccountStore(m_cache->database()).account(4));
    SyncBookkeeping bookkeeping(m_cache->database());
    QCOMPARE(bookkeeping.accountSyncedAt(3), secondSync);
    // Nothing recorded for an account the cache does not hold.
    QCOMPARE(bookkeeping.accountSyncedAt(4), QDateTime());
    QCOMPARE(bookkeeping.lastClosedPeriod(4), std::nullopt);
}

void TestSyncApplier::aCancelBeforeTheCommitRollsEverythingBack()
{
    QVERIFY(!apply(accountWithHistory(u"c1"_s, 3, september)).isError());
    const QStringList before = m_cache->exactDump();
    SyncAnswerBody first = accountWithHistory(u"run.1"_s, 4, september, true);
    SyncAnswerBody last = page(u"c2"_s);
    last.news = {news(1)};
    // Asked before the transaction and after each page: cancelled once the first page is written.
    int asked = 0;
    const SyncError error =
        SyncApplier(m_cache->database()).apply({first, last}, secondSync, false, [&asked] {
            return ++asked > 1;
        });
    QCOMPARE(asked, 2);
    QCOMPARE(error.kind, SyncError::Kind::CacheWrite);
    QCOMPARE(error.write, SyncError::WriteFailure::Cancelled);
    QCOMPARE(m_cache->exactDump(), before);
    // The connection is free again.
    QVERIFY(!apply(last, secondSync).isError());
}

QTEST_GUILESS_MAIN(TestSyncApplier)
#include "tst_syncapplier.moc"
