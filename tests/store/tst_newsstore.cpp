#include "TestCache.h"
#include "TestPrinting.h"
#include "store/NewsStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

NewsItem news(qint64 id, int day)
{
    return NewsItem {id, QDateTime(QDate(2014, 9, day), QTime(9, 30, 15, 250), Qt::UTC),
                     u"Изменение графика приёма граждан № "_s + QString::number(id),
                     u"С 1 октября приём ведётся по адресу:\nул. Ленина, д. 1."_s, false};
}

QList<qint64> ids(const std::optional<QList<NewsItem>>& items)
{
    QList<qint64> result;
    for (const NewsItem& item : items.value())
        result.append(item.id);
    return result;
}

} // namespace

class TestNewsStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void itemRoundTrips();
    void latestIsNewestFirstAndLimited();
    void markReadChangesTheUnreadCount();
    void serverUpdatesKeepTheReadFlag();
    void markingAMissingItemFails();
    void readFlagSurvivesReopen();
    void newItemsAreUnseenUntilShown();
    void readingMakesAnItemSeen();

private:
    std::unique_ptr<TestCache> m_cache;
};

void TestNewsStore::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->open());
}

void TestNewsStore::itemRoundTrips()
{
    NewsStore store(m_cache->database());
    const NewsItem item = news(1, 15);
    QVERIFY2(store.upsert(item), qPrintable(store.lastError().text()));
    const std::optional<NewsItem> stored = store.item(1);
    QCOMPARE(stored, item);
    QCOMPARE(stored->published.timeSpec(), Qt::UTC);
    QCOMPARE(stored->published.time().msec(), 250);
    QCOMPARE(store.item(2), std::nullopt);
    QVERIFY(!store.lastError().isValid());
}

void TestNewsStore::latestIsNewestFirstAndLimited()
{
    NewsStore store(m_cache->database());
    QVERIFY(store.upsert(news(1, 10)));
    QVERIFY(store.upsert(news(2, 20)));
    QVERIFY(store.upsert(news(3, 5)));
    QVERIFY(store.upsert(news(4, 20)));
    QCOMPARE(ids(store.latest()), (QList<qint64> {4, 2, 1, 3}));
    QCOMPARE(ids(store.latest(2)), (QList<qint64> {4, 2}));
    QCOMPARE(ids(store.latest(0)), QList<qint64>());
}

void TestNewsStore::markReadChangesTheUnreadCount()
{
    NewsStore store(m_cache->database());
    QCOMPARE(store.unreadCount(), 0);
    for (qint64 id = 1; id <= 3; ++id)
        QVERIFY(store.upsert(news(id, int(id))));
    QCOMPARE(store.unreadCount(), 3);
    QVERIFY(store.markRead(2));
    QCOMPARE(store.unreadCount(), 2);
    QCOMPARE(store.item(2)->read, true);
    QCOMPARE(store.item(1)->read, false);
    QVERIFY(store.markRead(2, false));
    QCOMPARE(store.unreadCount(), 3);
    QVERIFY(store.markAllRead());
    QCOMPARE(store.unreadCount(), 0);
    QVERIFY(store.remove(1));
    QCOMPARE(ids(store.latest()), (QList<qint64> {3, 2}));
}

void TestNewsStore::serverUpdatesKeepTheReadFlag()
{
    NewsStore store(m_cache->database());
    QVERIFY(store.upsert(news(1, 1)));
    QVERIFY(store.markRead(1));

    // The server's copy always says "unread": it does not know.
    NewsItem edited = news(1, 2);
    edited.title = u"Исправленный заголовок"_s;
    edited.body = u"Новый текст"_s;
    QVERIFY(store.upsert(edited));
    edited.read = true;
    QCOMPARE(store.item(1), edited);
    QCOMPARE(store.unreadCount(), 0);

    // A new item takes the flag it comes with.
    NewsItem alreadyRead = news(2, 3);
    alreadyRead.read = true;
    QVERIFY(store.upsert(alreadyRead));
    QCOMPARE(store.item(2)->read, true);
}

void TestNewsStore::markingAMissingItemFails()
{
    NewsStore store(m_cache->database());
    QVERIFY(!store.markRead(42));
    QVERIFY(store.lastError().isValid());
}

void TestNewsStore::readFlagSurvivesReopen()
{
    {
        NewsStore store(m_cache->database());
        QVERIFY(store.upsert(news(1, 1)));
        QVERIFY(store.upsert(news(2, 2)));
        QVERIFY(store.markRead(1));
    }
    m_cache->close();
    QVERIFY(m_cache->open());
    NewsStore store(m_cache->database());
    QCOMPARE(store.unreadCount(), 1);
    NewsItem first = news(1, 1);
    first.read = true;
    QCOMPARE(store.item(1), first);
    QCOMPARE(store.item(2), news(2, 2));
}

void TestNewsStore::newItemsAreUnseenUntilShown()
{
    NewsStore store(m_cache->database());
    QCOMPARE(store.unseenIds(), QSet<qint64>());
    QVERIFY(store.upsert(news(1, 1)));
    QVERIFY(store.upsert(news(2, 2)));
    QCOMPARE(store.unseenIds(), (QSet<qint64> {1, 2}));
    QVERIFY(store.markAllSeen());
    QCOMPARE(store.unseenIds(), QSet<qint64>());
    // Seen is not read: both still wait to be read.
    QCOMPARE(store.unreadCount(), 2);

    // The server's edit of an item shown already does not make it new again; a new item is.
    NewsItem edited = news(1, 1);
    edited.title = u"Исправленный заголовок"_s;
    QVERIFY(store.upsert(edited));
    QVERIFY(store.upsert(news(3, 3)));
    QCOMPARE(store.unseenIds(), (QSet<qint64> {3}));

    m_cache->close();
    QVERIFY(m_cache->open());
    QCOMPARE(NewsStore(m_cache->database()).unseenIds(), (QSet<qint64> {3}));
}

void TestNewsStore::readingMakesAnItemSeen()
{
    NewsStore store(m_cache->database());
    for (qint64 id = 1; id <= 3; ++id)
        QVERIFY(store.upsert(news(id, int(id))));
    QVERIFY(store.markRead(2));
    QCOMPARE(store.unseenIds(), (QSet<qint64> {1, 3}));
    // Unread again, but it has been shown.
    QVERIFY(store.markRead(2, false));
    QCOMPARE(store.unseenIds(), (QSet<qint64> {1, 3}));
    QVERIFY(store.markAllRead());
    QCOMPARE(store.unseenIds(), QSet<qint64>());
}

QTEST_GUILESS_MAIN(TestNewsStore)
#include "tst_newsstore.moc"
