#include "UiTestCache.h"
#include "accounts/ChargeTableModel.h"
#include "cache/CacheReader.h"
#include "cache/CacheReaderThread.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

class TestCacheReader : public QObject
{
    Q_OBJECT

private slots:
    void readsAccountsOffTheGuiThread();
    void readsTheCardOfTheLastClosedPeriod();
    void reportsAWrongKey();
};

void TestCacheReader::readsAccountsOffTheGuiThread()
{
    UiTestCache cache;
    QVERIFY(cache.create());
    CacheReaderThread thread(cache.path(), cache.key());
    QThread* readIn = nullptr;
    // Direct: runs in the thread that emits, i.e. where the cache was read.
    connect(
        thread.reader(), &CacheReader::accountsRead, thread.reader(),
        [&readIn] { readIn = QThread::currentThread(); }, Qt::DirectConnection);
    QSignalSpy read(thread.reader(), &CacheReader::accountsRead);
    thread.readAccounts();
    QTRY_COMPARE(read.count(), 1);
    QVERIFY(readIn != nullptr);
    QVERIFY(readIn != QThread::currentThread());
    QCOMPARE(readIn, thread.workerThread());
    const auto accounts = read.at(0).at(0).value<QList<Account>>();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(1), UiTestCache::figure6Account());
}

void TestCacheReader::readsTheCardOfTheLastClosedPeriod()
{
    UiTestCache cache;
    QVERIFY(cache.create());
    CacheReaderThread thread(cache.path(), cache.key());
    QSignalSpy read(thread.reader(), &CacheReader::cardRead);
    thread.readCard(16616);
    QTRY_COMPARE(read.count(), 1);
    const auto card = read.at(0).at(0).value<AccountCard>();
    QCOMPARE(card.account, UiTestCache::figure6Account());
    QCOMPARE(card.period, Period(2014, 9));
    QCOMPARE(card.lines, QList<ChargeLine> {UiTestCache::figure6Line()});

    // The model built from the snapshot totals to the kopeck.
    ChargeTableModel model;
    model.setLines(card.lines);
    QCOMPARE(model.total(), Money::fromKopecks(16432));
    QCOMPARE(model.index(1, ChargeTableModel::TotalColumn).data().toString(), u"164,32"_s);

    QSignalSpy profile(thread.reader(), &CacheReader::profileRead);
    thread.readProfile();
    QTRY_COMPARE(profile.count(), 1);
    QCOMPARE(profile.at(0).at(0).value<UserProfile>().login, UiTestCache::login());
}

void TestCacheReader::reportsAWrongKey()
{
    UiTestCache cache;
    QVERIFY(cache.create());
    CacheReaderThread thread(cache.path(), DataKey::generate());
    QSignalSpy failed(thread.reader(), &CacheReader::failed);
    QSignalSpy read(thread.reader(), &CacheReader::accountsRead);
    thread.readAccounts();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<CacheReader::Error>(), CacheReader::Error::CannotOpen);
    QCOMPARE(read.count(), 0);
    QVERIFY(!CacheReader::errorText(CacheReader::Error::CannotOpen).isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheReader)
#include "tst_cachereader.moc"
