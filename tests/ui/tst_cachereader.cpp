#include "UiTestCache.h"
#include "accounts/ChargeTableModel.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheReader.h"
#include "cache/CacheReaderThread.h"
#include "store/AccountStore.h"
#include "store/CacheSchema.h"

#include <QFileInfo>
#include <QSemaphore>
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
    void queryAnswersInTheReceiversThread();
    void queryForAGoneReceiverIsDropped();
    void queryThatFailsReportsReadFailed();
    void opensAnUpToDateCacheAtOnce();
    void leavesAMissingCacheToTheEngine();
    void leavesAnOlderSchemaToTheEngine();
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

void TestCacheReader::queryAnswersInTheReceiversThread()
{
    UiTestCache cache;
    QVERIFY(cache.create());
    CacheReaderThread thread(cache.path(), cache.key());
    QObject receiver;
    QThread* readIn = nullptr;
    QThread* answeredIn = nullptr;
    std::optional<QList<Account>> answer;
    thread.query(
        &receiver,
        [&readIn](const QSqlDatabase& database) {
            readIn = QThread::currentThread();
            return AccountStore(database).accounts();
        },
        [&](const QList<Account>& accounts) {
            answeredIn = QThread::currentThread();
            answer = accounts;
        });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(readIn, thread.workerThread());
    QCOMPARE(answeredIn, QThread::currentThread());
    QCOMPARE(answer->size(), 2);
    QCOMPARE(answer->at(1), UiTestCache::figure6Account());
}

void TestCacheReader::queryForAGoneReceiverIsDropped()
{
    UiTestCache cache;
    QVERIFY(cache.create());
    CacheReaderThread thread(cache.path(), cache.key());
    QSemaphore readStarted;
    QSemaphore mayFinish;
    bool answered = false;
    auto receiver = std::make_unique<QObject>();
    thread.query(
        receiver.get(),
        [&](const QSqlDatabase& database) {
            readStarted.release();
            mayFinish.acquire();
            return AccountStore(database).accounts();
        },
        [&answered](const QList<Account>&) { answered = true; });
    readStarted.acquire();
    // The page closes while its data is being read: the answer must not reach it.
    receiver.reset();
    mayFinish.release();
    // A later query answers, so the first one's answer would have arrived by then.
    QObject other;
    bool otherAnswered = false;
    thread.query(
        &other, [](const QSqlDatabase& database) { return AccountStore(database).accounts(); },
        [&otherAnswered](const QList<Account>&) { otherAnswered = true; });
    QTRY_VERIFY(otherAnswered);
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

void TestCacheReader::queryThatFailsReportsReadFailed()
{
    UiTestCache cache;
    QVERIFY(cache.create());
    CacheReaderThread thread(cache.path(), cache.key());
    QSignalSpy failed(thread.reader(), &CacheReader::failed);
    QObject receiver;
    bool answered = false;
    thread.query(
        &receiver, [](const QSqlDatabase&) { return std::optional<int>(); },
        [&answered](int) { answered = true; });
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<CacheReader::Error>(), CacheReader::Error::ReadFailed);
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestCacheReader)
void TestCacheReader::opensAnUpToDateCacheAtOnce()
{
    UiTestCache cache;
    QVERIFY(cache.create());
    CacheReaderThread thread(cache.path(), cache.key());
    QSignalSpy opened(thread.reader(), &CacheReader::openedIfUpToDate);
    QSignalSpy failed(thread.reader(), &CacheReader::failed);
    thread.openIfUpToDate();
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    // The window may read at once, without waiting for the sync engine.
    QSignalSpy read(thread.reader(), &CacheReader::accountsRead);
    thread.readAccounts();
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).value<QList<Account>>().size(), 2);
    QVERIFY(failed.isEmpty());
}

void TestCacheReader::leavesAMissingCacheToTheEngine()
{
    UiTestCache cache;
    QVERIFY(cache.create());
    const QString missing = QFileInfo(cache.path()).absolutePath() + u"/other.db"_s;
    CacheReaderThread thread(missing, cache.key());
    QSignalSpy opened(thread.reader(), &CacheReader::openedIfUpToDate);
    thread.openIfUpToDate();
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    // Creating it is the engine's: the reader must not leave an empty file in its way.
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCacheReader::leavesAnOlderSchemaToTheEngine()
{
    UiTestCache cache;
    QVERIFY(cache.create());
    const QString older = QFileInfo(cache.path()).absolutePath() + u"/older.db"_s;
    {
        std::optional<CacheDatabase> database =
            CacheDatabase::open(older, cache.key().bytes(), u"tst-older"_s);
        QVERIFY(database);
        QString error;
        QVERIFY2(
            CacheSchema::migrate(database->database(), CacheSchema::latestVersion() - 1, &error),
            qPrintable(error));
    }
    CacheReaderThread thread(older, cache.key());
    QSignalSpy opened(thread.reader(), &CacheReader::openedIfUpToDate);
    thread.openIfUpToDate();
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toBool(), false);
}

#include "tst_cachereader.moc"
