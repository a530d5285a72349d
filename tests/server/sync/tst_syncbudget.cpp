#include "sync/SyncBudget.h"

#include <QTest>

class TestSyncBudget : public QObject
{
    Q_OBJECT

private slots:
    void firstItemAlwaysFits()
    {
        SyncBudget budget(3);
        QVERIFY(budget.fits(50)); // a meter with many readings still goes on an empty page
        budget.spend(50);
        QVERIFY(!budget.fits(1));
        QCOMPARE(budget.allowance(), 0);
    }

    void fillsUpToTheLimit()
    {
        SyncBudget budget(3);
        QCOMPARE(budget.allowance(), 3);
        budget.spend(1);
        QCOMPARE(budget.allowance(), 2);
        QVERIFY(budget.fits(2));
        QVERIFY(!budget.fits(3));
        budget.spend(2);
        QCOMPARE(budget.used(), 3);
        QVERIFY(!budget.fits(1));
        QCOMPARE(budget.allowance(), 0);
    }

    void defaultLimit()
    {
        QCOMPARE(SyncBudget(0).limit(), SyncBudget::defaultLimit);
        QCOMPARE(SyncBudget(-4).limit(), SyncBudget::defaultLimit);
        QCOMPARE(SyncBudget(7).limit(), 7);
    }
};

QTEST_GUILESS_MAIN(TestSyncBudget)
#include "tst_syncbudget.moc"
