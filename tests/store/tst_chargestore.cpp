#include "TestCache.h"
#include "TestPrinting.h"
#include "store/AccountStore.h"
#include "store/ChargeStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 accountA = 16616;
constexpr qint64 accountB = 900;

// The line of the portal's account card: 2,00 кв.м. × 5,20 = 10,40.
ChargeLine capitalRepair(qint64 accountId, Period period, qint64 recalculationKopecks = 0)
{
    return ChargeLine {accountId,
                       period,
                       u"Капитальный ремонт"_s,
                       u"кв.м."_s,
                       200,
                       Money::fromKopecks(520),
                       Money::fromKopecks(1040),
                       Money::fromKopecks(recalculationKopecks),
                       Money::fromKopecks(1040 + recalculationKopecks)};
}

ChargeLine penalty(qint64 accountId, Period period)
{
    return ChargeLine {accountId,
                       period,
                       u"Пени"_s,
                       u"руб."_s,
                       1,
                       Money::fromKopecks(1),
                       Money::fromKopecks(37),
                       Money(),
                       Money::fromKopecks(37)};
}

} // namespace

class TestChargeStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lineRoundTripsAndSurvivesReopen();
    void upsertOverwritesTheSameService();
    void rangeQueriesAreInclusiveAndCrossYears();
    void totalChargedSumsTheRange();
    void replaceChargesTouchesOnlyItsRange();
    void replaceChargesRejectsForeignLines();
    void failedReplaceKeepsTheOldLines();
    void recalculationsRoundTripAndReplace();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestChargeStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
    AccountStore accounts(m_cache->database());
    QVERIFY(accounts.upsert(Account {accountA, u"16616"_s, {}, {}, 3160, {}, {}, {}, false, {}}));
    QVERIFY(accounts.upsert(Account {accountB, u"900"_s, {}, {}, 5425, {}, {}, {}, false, {}}));
}

void TestChargeStore::lineRoundTripsAndSurvivesReopen()
{
    const ChargeLine line = capitalRepair(accountA, Period(2014, 9), -312);
    {
        ChargeStore store(m_cache->database());
        QVERIFY2(store.upsertLine(line), qPrintable(store.lastError().text()));
        QCOMPARE(store.charges(accountA, Period(2014, 9), Period(2014, 9)),
                 QList<ChargeLine> {line});
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    ChargeStore store(m_cache->database());
    const auto lines = store.charges(accountA, Period(2014, 9), Period(2014, 9));
    QCOMPARE(lines, QList<ChargeLine> {line});
    QCOMPARE(lines->at(0).tariff.toString(), u"5,20"_s);
    QCOMPARE(lines->at(0).total.toString(), u"7,28"_s);
}

void TestChargeStore::upsertOverwritesTheSameService()
{
    ChargeStore store(m_cache->database());
    QVERIFY(store.upsertLine(capitalRepair(accountA, Period(2014, 9))));
    QVERIFY(store.upsertLine(penalty(accountA, Period(2014, 9))));
    ChargeLine changed = capitalRepair(accountA, Period(2014, 9), 100);
    changed.unit = u"м²"_s;
    changed.quantityHundredths = 3160;
    QVERIFY(store.upsertLine(changed));
    QCOMPARE(store.charges(accountA, Period(2014, 9), Period(2014, 9)),
             (QList<ChargeLine> {changed, penalty(accountA, Period(2014, 9))}));
    QCOMPARE(m_cache->rowCount(u"charge_lines"_s), 2);
}

void TestChargeStore::rangeQueriesAreInclusiveAndCrossYears()
{
    ChargeStore store(m_cache->database());
    for (Period period = Period(2014, 10); period <= Period(2015, 3); period = period.next()) {
        QVERIFY(store.upsertLine(capitalRepair(accountA, period)));
        QVERIFY(store.upsertLine(capitalRepair(accountB, period)));
    }
    const auto lines = store.charges(accountA, Period(2014, 11), Period(2015, 2));
    QVERIFY(lines);
    QList<Period> periods;
    for (const ChargeLine& line : *lines) {
        QCOMPARE(line.accountId, accountA);
        periods.append(line.period);
    }
    QCOMPARE(
        periods,
        (QList<Period> {Period(2014, 11), Period(2014, 12), Period(2015, 1), Period(2015, 2)}));
    QCOMPARE(store.charges(accountA, Period(2015, 4), Period(2015, 12)), QList<ChargeLine>());
    QCOMPARE(store.charges(12345, Period(2014, 1), Period(2015, 12)), QList<ChargeLine>());
}

void TestChargeStore::totalChargedSumsTheRange()
{
    ChargeStore store(m_cache->database());
    QCOMPARE(store.totalCharged(accountA, Period(2014, 1), Period(2014, 12)), Money());
    QVERIFY(store.upsertLine(capitalRepair(accountA, Period(2014, 8))));
    QVERIFY(store.upsertLine(capitalRepair(accountA, Period(2014, 9), -312)));
    QVERIFY(store.upsertLine(penalty(accountA, Period(2014, 9))));
    QVERIFY(store.upsertLine(capitalRepair(accountA, Period(2014, 10))));
    QVERIFY(store.upsertLine(capitalRepair(accountB, Period(2014, 9))));
    QCOMPARE(store.totalCharged(accountA, Period(2014, 9), Period(2014, 10)),
             Money::fromKopecks(728 + 37 + 1040));
}

void TestChargeStore::replaceChargesTouchesOnlyItsRange()
{
    ChargeStore store(m_cache->database());
    for (int month = 7; month <= 10; ++month) {
        QVERIFY(store.upsertLine(capitalRepair(accountA, Period(2014, month))));
        QVERIFY(store.upsertLine(penalty(accountA, Period(2014, month))));
    }
    QVERIFY(store.upsertLine(capitalRepair(accountB, Period(2014, 8))));

    // The server now says: August has only a corrected capital-repair line, September nothing.
    const ChargeLine corrected = capitalRepair(accountA, Period(2014, 8), 500);
    QVERIFY2(store.replaceCharges(accountA, Period(2014, 8), Period(2014, 9), {corrected}),
             qPrintable(store.lastError().text()));

    QCOMPARE(store.charges(accountA, Period(2014, 8), Period(2014, 9)),
             QList<ChargeLine> {corrected});
    QCOMPARE(store.charges(accountA, Period(2014, 7), Period(2014, 7)).value().size(), 2);
    QCOMPARE(store.charges(accountA, Period(2014, 10), Period(2014, 10)).value().size(), 2);
    QCOMPARE(store.charges(accountB, Period(2014, 8), Period(2014, 8)),
             QList<ChargeLine> {capitalRepair(accountB, Period(2014, 8))});
}

void TestChargeStore::replaceChargesRejectsForeignLines()
{
    ChargeStore store(m_cache->database());
    QVERIFY(store.upsertLine(capitalRepair(accountA, Period(2014, 9))));

    QVERIFY(!store.replaceCharges(accountA, Period(2014, 9), Period(2014, 9),
                                  {capitalRepair(accountA, Period(2014, 10))}));
    QVERIFY(store.lastError().isValid());
    QVERIFY(!store.replaceCharges(accountA, Period(2014, 9), Period(2014, 9),
                                  {capitalRepair(accountB, Period(2014, 9))}));
    QVERIFY(!store.replaceCharges(accountA, Period(2014, 10), Period(2014, 9), {}));
    QVERIFY(!store.replaceCharges(accountA, Period(), Period(2014, 9), {}));
    QCOMPARE(store.charges(accountA, Period(2014, 1), Period(2014, 12)),
             QList<ChargeLine> {capitalRepair(accountA, Period(2014, 9))});
    QCOMPARE(m_cache->rowCount(u"charge_lines"_s), 1);
}

void TestChargeStore::failedReplaceKeepsTheOldLines()
{
    ChargeStore store(m_cache->database());
    QVERIFY(store.upsertLine(capitalRepair(accountA, Period(2014, 9))));
    QVERIFY(store.upsertLine(penalty(accountA, Period(2014, 9))));
    // A fault injected into the second insert, after the delete and the first insert have run.
    QVERIFY(
        m_cache->exec(u"CREATE TEMP TRIGGER fail_second BEFORE INSERT ON charge_lines "
                      "WHEN NEW.service = 'Сбой' BEGIN SELECT RAISE(ABORT, 'injected'); END"_s));
    ChargeLine broken = penalty(accountA, Period(2014, 9));
    broken.service = u"Сбой"_s;

    QVERIFY(!store.replaceCharges(accountA, Period(2014, 9), Period(2014, 9),
                                  {capitalRepair(accountA, Period(2014, 9), 1), broken}));
    QVERIFY(store.lastError().text().contains(u"injected"_s));
    QCOMPARE(store.charges(accountA, Period(2014, 9), Period(2014, 9)),
             (QList<ChargeLine> {capitalRepair(accountA, Period(2014, 9)),
                                 penalty(accountA, Period(2014, 9))}));
}

void TestChargeStore::recalculationsRoundTripAndReplace()
{
    const Recalculation areaFix {501,
                                 accountA,
                                 Period(2014, 9),
                                 Period(2014, 3),
                                 Money::fromKopecks(-312),
                                 u"Изменение площади помещения"_s};
    const Recalculation tariffFix {502,
                                   accountA,
                                   Period(2014, 10),
                                   Period(2014, 9),
                                   Money::fromKopecks(1999),
                                   u"Тариф «5,20» с 01.09.2014"_s};
    const Recalculation otherAccount {
        503, accountB, Period(2014, 9), Period(2014, 9), Money::fromKopecks(5), {}};
    {
        ChargeStore store(m_cache->database());
        QVERIFY(store.upsertRecalculation(areaFix));
        QVERIFY(store.upsertRecalculation(tariffFix));
        QVERIFY(store.upsertRecalculation(otherAccount));
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    ChargeStore store(m_cache->database());
    QCOMPARE(store.recalculations(accountA, Period(2014, 1), Period(2014, 12)),
             (QList<Recalculation> {areaFix, tariffFix}));
    // The range is about the period a recalculation is applied in, not the one it corrects.
    QCOMPARE(store.recalculations(accountA, Period(2014, 3), Period(2014, 3)),
             QList<Recalculation>());
    QCOMPARE(store.recalculations(accountA, Period(2014, 10), Period(2014, 10)),
             QList<Recalculation> {tariffFix});

    Recalculation changed = areaFix;
    changed.amount = Money::fromKopecks(-400);
    changed.reason = u"Уточнение площади"_s;
    QVERIFY(store.upsertRecalculation(changed));
    QCOMPARE(store.recalculations(accountA, Period(2014, 9), Period(2014, 9)),
             QList<Recalculation> {changed});

    QVERIFY2(store.replaceRecalculations(accountA, Period(2014, 9), Period(2014, 10), {tariffFix}),
             qPrintable(store.lastError().text()));
    QCOMPARE(store.recalculations(accountA, Period(2014, 1), Period(2014, 12)),
             QList<Recalculation> {tariffFix});
    QCOMPARE(store.recalculations(accountB, Period(2014, 1), Period(2014, 12)),
             QList<Recalculation> {otherAccount});
    QVERIFY(
        !store.replaceRecalculations(accountA, Period(2014, 10), Period(2014, 10), {otherAccount}));
}

QTEST_GUILESS_MAIN(TestChargeStore)
#include "tst_chargestore.moc"
