#include "EngineCache.h"
#include "charges/AccountHistoryReader.h"
#include "protocol/types/SyncState.h"
#include "store/AccountStore.h"
#include "store/ChargeStore.h"
#include "store/PaymentStore.h"
#include "store/SyncStateStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// AccountHistoryReader on a real SQLCipher cache written through the stores: what it reads is
// the account's history up to its last closed period, and never a row of a later one.
class TestAccountHistoryReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsTheWholeHistoryUpToTheLastClosedPeriod();
    void aPeriodAfterTheLastClosedOneIsNeverRead();
    void paymentsOnlyWhenAskedFor();
    void nothingClosedReadsNothing();
    void withoutARecordTheLatestChargedPeriodCounts();
    void anAccountNotInTheCacheIsAnEmptyHistory();

private:
    void writeAccount(const QString& cursor);

    std::unique_ptr<EngineCache> m_cache;
    static constexpr qint64 accountId = 3;
};

namespace {

ChargeLine line(Period period, qint64 base)
{
    ChargeLine result;
    result.accountId = 3;
    result.period = period;
    result.service = u"Капитальный ремонт"_s;
    result.unit = u"кв.м."_s;
    result.quantityHundredths = 3160;
    result.tariff = Money::fromKopecks(520);
    result.baseCharge = Money::fromKopecks(base);
    result.total = result.baseCharge;
    return result;
}

} // namespace

void TestAccountHistoryReader::init()
{
    m_cache = std::make_unique<EngineCache>();
    QVERIFY(m_cache->open());
}

void TestAccountHistoryReader::cleanup()
{
    m_cache.reset();
}

void TestAccountHistoryReader::writeAccount(const QString& cursor)
{
    const QSqlDatabase db = m_cache->database();
    Account account;
    account.id = accountId;
    account.number = u"16616"_s;
    QVERIFY(AccountStore(db).upsert(account));
    ChargeStore charges(db);
    // September 2024 is the last closed period; October is there as if a closing had been
    // taken back after it was synced.
    for (const Period period : {Period(2024, 8), Period(2024, 9), Period(2024, 10)})
        QVERIFY(charges.upsertLine(line(period, 16432)));
    QVERIFY(charges.upsertRecalculation(Recalculation {9, accountId, Period(2024, 9),
                                                       Period(2024, 6), Money::fromKopecks(-1040),
                                                       u"Уточнение площади"_s}));
    QVERIFY(charges.upsertRecalculation(Recalculation {
        10, accountId, Period(2024, 10), Period(2024, 10), Money::fromKopecks(5), u"Проверка"_s}));
    PaymentStore payments(db);
    QVERIFY(payments.upsert(
        Payment {51, accountId, QDate(2024, 9, 30), Money::fromKopecks(22025), u"Сбербанк"_s}));
    QVERIFY(payments.upsert(
        Payment {52, accountId, QDate(2024, 10, 1), Money::fromKopecks(100), u"ВТБ"_s}));
    if (!cursor.isNull()) {
        QVERIFY(SyncStateStore(db).save(
            SyncState {SyncState::forAccount(accountId, u"charges"), cursor, {}}));
    }
}

void TestAccountHistoryReader::readsTheWholeHistoryUpToTheLastClosedPeriod()
{
    writeAccount(u"2024-09"_s);
    const std::optional<AccountHistory> history = AccountHistoryReader::read(
        m_cache->database(), accountId, AccountHistoryReader::Payments::Read);
    QVERIFY(history);
    QCOMPARE(history->account.number, u"16616"_s);
    QCOMPARE(history->lastClosed, Period(2024, 9));
    QCOMPARE(history->lines.size(), 2);
    QCOMPARE(history->lines.at(0).period, Period(2024, 8));
    QCOMPARE(history->recalculations.size(), 1);
    QCOMPARE(history->recalculations.at(0).reason, u"Уточнение площади"_s);
    QCOMPARE(history->payments.size(), 1);
    QCOMPARE(history->payments.at(0).id, 51);
    QCOMPARE(history->firstPeriod(), Period(2024, 8));
}

void TestAccountHistoryReader::aPeriodAfterTheLastClosedOneIsNeverRead()
{
    writeAccount(u"2024-09"_s);
    const AccountHistory history = *AccountHistoryReader::read(
        m_cache->database(), accountId, AccountHistoryReader::Payments::Read);
    for (const ChargeLine& l : history.lines)
        QVERIFY(l.period <= Period(2024, 9));
    for (const Recalculation& r : history.recalculations)
        QVERIFY(r.appliedIn <= Period(2024, 9));
    for (const Payment& p : history.payments)
        QVERIFY(p.date <= QDate(2024, 9, 30));
}

void TestAccountHistoryReader::paymentsOnlyWhenAskedFor()
{
    writeAccount(u"2024-09"_s);
    const std::optional<AccountHistory> history = AccountHistoryReader::read(
        m_cache->database(), accountId, AccountHistoryReader::Payments::Skip);
    QVERIFY(history);
    QVERIFY(history->payments.isEmpty());
    QCOMPARE(history->lines.size(), 2);
}

void TestAccountHistoryReader::nothingClosedReadsNothing()
{
    writeAccount(u""_s);
    const std::optional<AccountHistory> history = AccountHistoryReader::read(
        m_cache->database(), accountId, AccountHistoryReader::Payments::Read);
    QVERIFY(history);
    QCOMPARE(history->account.id, accountId);
    QVERIFY(!history->lastClosed.isValid());
    QVERIFY(history->lines.isEmpty());
    QVERIFY(history->recalculations.isEmpty());
    QVERIFY(history->payments.isEmpty());
}

void TestAccountHistoryReader::withoutARecordTheLatestChargedPeriodCounts()
{
    writeAccount(QString());
    const std::optional<Period> lastClosed =
        AccountHistoryReader::lastClosedPeriod(m_cache->database(), accountId);
    QVERIFY(lastClosed);
    QCOMPARE(*lastClosed, Period(2024, 10));
}

void TestAccountHistoryReader::anAccountNotInTheCacheIsAnEmptyHistory()
{
    writeAccount(u"2024-09"_s);
    const std::optional<AccountHistory> history =
        AccountHistoryReader::read(m_cache->database(), 999, AccountHistoryReader::Payments::Read);
    QVERIFY(history);
    QCOMPARE(history->account.id, 0);
    QVERIFY(history->lines.isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountHistoryReader)
#include "tst_accounthistoryreader.moc"
