#include "DemoCacheRig.h"
#include "main/MainWindow.h"
#include "news/NewsListModel.h"
#include "news/NewsPage.h"
#include "store/NewsStore.h"
#include "widgets/CopyableTableView.h"

#include <QAction>
#include <QClipboard>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;

bool load(NewsPage& page)
{
    QSignalSpy reloaded(&page, &NewsPage::reloaded);
    page.reload();
    return reloaded.wait(waitMs);
}

// The cache's own word, on a connection of the test's, beside the app's reader.
int unreadInCache(DemoCacheRig& rig)
{
    return NewsStore(rig.cache().database()).unreadCount().value_or(-1);
}

} // namespace

class TestNewsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whatCameSinceTheLastVisitIsCounted();
    void everyItemMatchesTheServer();
    void readingAnItemDropsTheUnreadCountForGood();
    void markingAllReadAndUnreadIsKept();
    void theListIsCopyable();
    void aVisitBeforeTheFirstReadReadsNothing();

private:
    DemoCacheRig m_rig;
};

void TestNewsPage::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
}

void TestNewsPage::whatCameSinceTheLastVisitIsCounted()
{
    // As the application wires it: the page in the window, its count beside «Новости».
    MainWindow window;
    auto* page = new NewsPage(&m_rig.reader());
    window.setSectionPage(MainSection::News, page);
    connect(page, &NewsPage::newCountChanged, &window,
            [&window](int count) { window.setSectionCount(MainSection::News, count); });
    const QListWidgetItem* entry =
        window.findChild<QListWidget*>(u"navigation"_s)->item(int(MainSection::News));
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Never visited: everything the sync brought is new.
    const int all = int(m_rig.serverItems(u"/api/v1/news"_s).size());
    QCOMPARE(all, 6);
    QVERIFY(load(*page));
    QCOMPARE(page->newCount(), all);
    QCOMPARE(entry->text(), u"News (6)"_s);
    QVERIFY(entry->font().bold());

    // The visit: the items are marked new while it lasts, and seen for good.
    QSignalSpy reloaded(page, &NewsPage::reloaded);
    window.showSection(MainSection::News);
    QVERIFY(reloaded.wait(waitMs));
    QCOMPARE(page->newCount(), 0);
    QCOMPARE(entry->text(), u"News"_s);
    QVERIFY(!entry->font().bold());
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QVERIFY(page->model()->index(row, 0).data(NewsListModel::NewRole).toBool());
    QVERIFY(page->findChild<QLabel*>(u"newsSummary"_s)->text().contains(u"6 new"_s));
    QCOMPARE(NewsStore(m_rig.cache().database()).unseenIds(), QSet<qint64>());
    // Seen is not read.
    QCOMPARE(page->unreadCount(), all);
    DemoCacheRig::saveShot(&window, u"news-window-visit"_s);

    // Left and come back: nothing new any more.
    window.showSection(MainSection::Home);
    QVERIFY(load(*page));
    QCOMPARE(page->newCount(), 0);
    QVERIFY(!page->model()->index(0, 0).data(NewsListModel::NewRole).toBool());

    // An item a sync brings meanwhile is new, and the only one.
    NewsItem fresh {777, DemoServer::demoNow(), u"Свежая новость"_s, u"Текст"_s, false};
    QVERIFY(NewsStore(m_rig.cache().database()).upsert(fresh));
    QVERIFY(load(*page));
    QCOMPARE(page->newCount(), 1);
    QCOMPARE(entry->text(), u"News (1)"_s);

    // Counted as much after the application starts again.
    m_rig.reopenReader();
    NewsPage again(&m_rig.reader());
    QVERIFY(load(again));
    QCOMPARE(again.newCount(), 1);
    QVERIFY(NewsStore(m_rig.cache().database()).remove(777));
}

void TestNewsPage::everyItemMatchesTheServer()
{
    NewsPage page(&m_rig.reader());
    QVERIFY(load(page));
    const QJsonArray server = m_rig.serverItems(u"/api/v1/news"_s);
    QCOMPARE(page.model()->rowCount(), int(server.size()));
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QJsonObject item = server.at(row).toObject();
        const QModelIndex date = page.model()->index(row, NewsListModel::DateColumn);
        const QModelIndex title = page.model()->index(row, NewsListModel::TitleColumn);
        QCOMPARE(title.data(NewsListModel::NewsIdRole).toLongLong(),
                 item.value(u"id"_s).toInteger());
        const QDateTime published =
            QDateTime::fromString(item.value(u"published"_s).toString(), Qt::ISODate);
        QVERIFY(published.isValid());
        QCOMPARE(date.data(NewsListModel::PublishedRole).toDateTime(), published);
        QCOMPARE(date.data().toString(), published.toLocalTime().date().toString(u"dd.MM.yyyy"));
        QCOMPARE(title.data().toString(), item.value(u"title"_s).toString());
        // The reader pane shows the item in full.
        const NewsItem& shown = page.model()->items().at(row);
        const QString html = NewsPage::itemHtml(shown);
        QTextDocument document;
        document.setHtml(html);
        QVERIFY(document.toPlainText().contains(item.value(u"title"_s).toString()));
        QVERIFY(document.toPlainText().contains(item.value(u"body"_s).toString()));
    }
}

void TestNewsPage::readingAnItemDropsTheUnreadCountForGood()
{
    NewsPage page(&m_rig.reader());
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(load(page));
    CopyableTableView* view = page.view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    // Focus may choose the first item, as Qt's views do, which shows it and so reads it: that
    // settles first.
    QTRY_COMPARE_WITH_TIMEOUT(unreadInCache(m_rig), page.unreadCount(), waitMs);
    const int before = page.unreadCount();
    QVERIFY(before >= 3);

    // Chosen with the mouse, then the next one with the keyboard, as a reader goes down the list.
    QSignalSpy unread(&page, &NewsPage::unreadCountChanged);
    QSignalSpy saved(&page, &NewsPage::readStateSaved);
    const QModelIndex second = page.model()->index(1, NewsListModel::TitleColumn);
    QVERIFY(!second.data(NewsListModel::ReadRole).toBool());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    QCOMPARE(view->currentIndex().row(), 1);
    QVERIFY(second.data(NewsListModel::ReadRole).toBool());
    QVERIFY(!second.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(page.unreadCount(), before - 1);
    QCOMPARE(unread.last().at(0).toInt(), before - 1);
    QVERIFY(page.readerPane()->toPlainText().contains(page.model()->items().at(1).body));
    QVERIFY(saved.wait(waitMs));
    QCOMPARE(unreadInCache(m_rig), before - 1);

    QTest::keyClick(view, Qt::Key_Down);
    const QModelIndex third = view->currentIndex();
    QCOMPARE(third.row(), 2);
    const qint64 id = third.data(NewsListModel::NewsIdRole).toLongLong();
    QCOMPARE(page.unreadCount(), before - 2);
    QVERIFY(page.readerPane()->toPlainText().contains(page.model()->items().at(2).title));
    QVERIFY(saved.wait(waitMs));
    QCOMPARE(unreadInCache(m_rig), before - 2);
    QCOMPARE(NewsStore(m_rig.cache().database()).item(id)->read, true);
    DemoCacheRig::saveShot(&page, u"news-reading"_s);

    // Read again with the application started anew: it stays read.
    m_rig.reopenReader();
    NewsPage again(&m_rig.reader());
    QVERIFY(load(again));
    QCOMPARE(again.unreadCount(), before - 2);
    QVERIFY(
        again.model()->index(again.model()->rowOf(id), 0).data(NewsListModel::ReadRole).toBool());
    // Choosing it again is no new reading.
    QSignalSpy savedAgain(&again, &NewsPage::readStateSaved);
    QVERIFY(again.openItem(id));
    QCOMPARE(again.unreadCount(), before - 2);
    QTest::qWait(100);
    QVERIFY(savedAgain.isEmpty());
}

void TestNewsPage::markingAllReadAndUnreadIsKept()
{
    NewsPage page(&m_rig.reader());
    QVERIFY(load(page));
    QVERIFY(page.unreadCount() > 0);
    auto* markAll = page.findChild<QPushButton*>(u"markAllRead"_s);
    QVERIFY(markAll->isEnabled());
    QSignalSpy saved(&page, &NewsPage::readStateSaved);
    markAll->click();
    QCOMPARE(page.unreadCount(), 0);
    QVERIFY(!markAll->isEnabled());
    QVERIFY(saved.wait(waitMs));
    QCOMPARE(unreadInCache(m_rig), 0);

    // «Mark as unread» from the list's menu.
    QVERIFY(page.openItem(page.model()->items().at(1).id));
    auto* markUnread = page.view()->findChild<QAction*>(u"markUnread"_s);
    QVERIFY(markUnread);
    QVERIFY(page.view()->actions().contains(markUnread));
    markUnread->trigger();
    QCOMPARE(page.unreadCount(), 1);
    QVERIFY(saved.wait(waitMs));
    QCOMPARE(unreadInCache(m_rig), 1);
    QCOMPARE(NewsStore(m_rig.cache().database()).item(page.model()->items().at(1).id)->read, false);
}

void TestNewsPage::theListIsCopyable()
{
    NewsPage page(&m_rig.reader());
    QVERIFY(load(page));
    page.view()->selectAll();
    page.view()->copySelection();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), page.model()->rowCount());
    const NewsItem& first = page.model()->items().first();
    QCOMPARE(lines.first(), NewsListModel::dateText(first.published) + u'\t' + first.title);
}

void TestNewsPage::aVisitBeforeTheFirstReadReadsNothing()
{
    // Until the window's first reload the cache may not exist yet: a read could create it while
    // the sync engine does.
    NewsPage page(&m_rig.reader());
    QSignalSpy reloaded(&page, &NewsPage::reloaded);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!reloaded.wait(300));
    QCOMPARE(page.model()->rowCount(), 0);
    // Then a visit like any other.
    QVERIFY(load(page));
    QVERIFY(page.model()->rowCount() > 0);
    page.hide();
    page.show();
    QVERIFY(reloaded.wait(waitMs));
}

QTEST_MAIN(TestNewsPage)
#include "tst_newspage.moc"
