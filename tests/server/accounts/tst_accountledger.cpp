// AccountLedger: the movement of funds adds up to the kopeck over any range, its opening is the
// closing of the period before, and periods after the last closed one never count.
#include "AccountsFixture.h"
#include "accounts/AccountLedger.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class AccountLedgerTest : public QObject
{
    Q_OBJECT

private:
    // 2014-01 … 2015-06 charged 16432 a month (plus a recalculation line in 2014-09), paid on the
    // 25th of most months; a recalculation booked in 2014-09 for 2014-06.
    static qint64 fill(AccountsFixture& fixture)
    {
        const std::optional<qint64> account = fixture.addAccount(u"16616"_s);
        if (!account)
            return 0;
        for (Period p(2014, 1); p <= Period(2015, 6); p = p.next()) {
            const qint64 recalculation = p == Period(2014, 9) ? -1040 : 0;
            if (!fixture.addCharge(*account, p, 16432, recalculation))
                return 0;
            if (p.month() % 4 != 0
                && !fixture.addPayment(*account, QDate(p.year(), p.month(), 25), 15000 + p.month()))
                return 0;
        }
        if (!fixture.addRecalculation(*account, Period(2014, 9), Period(2014, 6), -1040))
            return 0;
        return *account;
    }

    // What the rows of from..to add up to, counted by hand.
    static qint64 expectedClosing(Period lastClosed, Period to)
    {
        qint64 balance = 0;
        for (Period p(2014, 1); p <= Period(2015, 6) && p <= to && p <= lastClosed; p = p.next()) {
            balance += 16432;
            if (p == Period(2014, 9))
                balance -= 1040;
            if (p.month() % 4 != 0)
                balance -= 15000 + p.month();
        }
        return balance;
    }

private slots:
    void movementAddsUpOverRanges_data()
    {
        QTest::addColumn<Period>("from");
        QTest::addColumn<Period>("to");
        QTest::newRow("year") << Period(2014, 1) << Period(2014, 12);
        QTest::newRow("one month") << Period(2014, 9) << Period(2014, 9);
        QTest::newRow("across years") << Period(2014, 7) << Period(2015, 3);
        QTest::newRow("before history") << Period(2010, 1) << Period(2013, 12);
        QTest::newRow("from before history") << Period(2013, 6) << Period(2014, 4);
        QTest::newRow("past the last closed") << Period(2015, 1) << Period(2016, 12);
        QTest::newRow("after the last closed") << Period(2015, 6) << Period(2015, 8);
    }

    void movementAddsUpOverRanges()
    {
        QFETCH(Period, from);
        QFETCH(Period, to);
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        const qint64 account = fill(fixture);
        QVERIFY(account != 0);
        const Period lastClosed(2015, 3);

        const std::optional<MovementOfFunds> movement =
            AccountLedger(fixture.database()).movement(account, from, to, lastClosed);
        QVERIFY(movement);
        QCOMPARE(movement->from, from);
        QCOMPARE(movement->to, to);
        QVERIFY(movement->isConsistent());
        QCOMPARE(movement->opening.kopecks(), expectedClosing(lastClosed, from.previous()));
        QCOMPARE(movement->closing.kopecks(), expectedClosing(lastClosed, to));

        qint64 charged = 0;
        qint64 recalculated = 0;
        qint64 paid = 0;
        for (Period p = from; p <= to && p <= lastClosed; p = p.next()) {
            if (p < Period(2014, 1) || p > Period(2015, 6))
                continue;
            charged += 16432;
            recalculated += p == Period(2014, 9) ? -1040 : 0;
            paid += p.month() % 4 != 0 ? 15000 + p.month() : 0;
        }
        QCOMPARE(movement->charged.kopecks(), charged);
        QCOMPARE(movement->recalculated.kopecks(), recalculated);
        QCOMPARE(movement->paid.kopecks(), paid);
    }

    void consecutiveRangesChain()
    {
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        const qint64 account = fill(fixture);
        QVERIFY(account != 0);
        AccountLedger ledger(fixture.database());
        const Period lastClosed(2015, 6);
        const auto first = ledger.movement(account, Period(2014, 1), Period(2014, 8), lastClosed);
        const auto second = ledger.movement(account, Period(2014, 9), Period(2015, 6), lastClosed);
        const auto whole = ledger.movement(account, Period(2014, 1), Period(2015, 6), lastClosed);
        QVERIFY(first && second && whole);
        QCOMPARE(second->opening, first->closing);
        QCOMPARE(whole->closing, second->closing);
        QCOMPARE(whole->charged, first->charged + second->charged);
        QCOMPARE(whole->paid, first->paid + second->paid);
        QCOMPARE(ledger.balance(account, lastClosed), std::optional<Money>(whole->closing));
    }

    void nothingClosedIsAllZero()
    {
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        const qint64 account = fill(fixture);
        QVERIFY(account != 0);
        AccountLedger ledger(fixture.database());
        const auto movement = ledger.movement(account, Period(2014, 1), Period(2014, 12), Period());
        QVERIFY(movement);
        QVERIFY(movement->opening.isZero() && movement->charged.isZero() && movement->paid.isZero()
                && movement->closing.isZero());
        QCOMPARE(ledger.balance(account, Period()), std::optional<Money>(Money()));
    }

    void otherAccountsDoNotCount()
    {
        AccountsFixture fixture;
        QVERIFY(fixture.isReady());
        const qint64 account = fill(fixture);
        const std::optional<qint64> other = fixture.addAccount(u"16617"_s);
        QVERIFY(account != 0 && other);
        QVERIFY(fixture.addCharge(*other, Period(2014, 5), 99999));
        QVERIFY(fixture.addPayment(*other, QDate(2014, 5, 2), 777));
        const auto movement =
            AccountLedger(fixture.database())
                .movement(*other, Period(2014, 1), Period(2014, 12), Period(2015, 1));
        QVERIFY(movement);
        QCOMPARE(movement->charged.kopecks(), 99999);
        QCOMPARE(movement->paid.kopecks(), 777);
        QCOMPARE(movement->closing.kopecks(), 99999 - 777);
    }
};

QTEST_GUILESS_MAIN(AccountLedgerTest)
#include "tst_accountledger.moc"
