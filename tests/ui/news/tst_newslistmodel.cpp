#include "news/NewsListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

NewsItem news(qint64 id, int day, bool read = false)
{
    // Noon UTC: the same day in every time zone a test machine may have.
    return NewsItem {id, QDateTime(QDate(2024, 10, day), QTime(12, 0), Qt::UTC),
                     u"Новость "_s + QString::number(id), u"Текст"_s, read};
}

} // namespace

class TestNewsListModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsShowDateAndTitle();
    void unreadItemsStandOut();
    void newItemsAreMarked();
    void readFlagsChangeInPlace();
};

void TestNewsListModel::rowsShowDateAndTitle()
{
    NewsListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({news(2, 13), news(1, 6, true)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, NewsListModel::DateColumn).data().toString(), u"13.10.2024"_s);
    QCOMPARE(model.index(0, NewsListModel::TitleColumn).data().toString(), u"Новость 2"_s);
    QCOMPARE(
        model.index(1, NewsListModel::TitleColumn).data(NewsListModel::NewsIdRole).toLongLong(), 1);
    QCOMPARE(model.index(1, 0).data(NewsListModel::PublishedRole).toDateTime(),
             news(1, 6).published);
    QCOMPARE(model.rowOf(1), 1);
    QCOMPARE(model.rowOf(3), -1);
}

void TestNewsListModel::unreadItemsStandOut()
{
    NewsListModel model;
    model.setItems({news(2, 13), news(1, 6, true)});
    QCOMPARE(model.unreadCount(), 1);
    const QModelIndex unread = model.index(0, NewsListModel::TitleColumn);
    const QModelIndex read = model.index(1, NewsListModel::TitleColumn);
    QVERIFY(unread.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!read.data(Qt::FontRole).isValid());
    QCOMPARE(unread.data(NewsListModel::ReadRole).toBool(), false);
    QCOMPARE(unread.data(Qt::AccessibleDescriptionRole).toString(), u"Unread"_s);
    // The dot beside the date; the read item gets an empty mark of the same size.
    const QIcon dot =
        model.index(0, NewsListModel::DateColumn).data(Qt::DecorationRole).value<QIcon>();
    const QIcon none =
        model.index(1, NewsListModel::DateColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!dot.isNull());
    QVERIFY(!none.isNull());
    QVERIFY(dot.pixmap(10).toImage() != none.pixmap(10).toImage());
    QCOMPARE(dot.availableSizes(), none.availableSizes());
}

void TestNewsListModel::newItemsAreMarked()
{
    NewsListModel model;
    model.setItems({news(3, 20), news(2, 13), news(1, 6)}, {3});
    QCOMPARE(model.index(0, 0).data(NewsListModel::NewRole).toBool(), true);
    QVERIFY(model.index(0, NewsListModel::TitleColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"New"_s));
    QCOMPARE(model.index(1, 0).data(NewsListModel::NewRole).toBool(), false);
    QVERIFY(!model.index(1, NewsListModel::TitleColumn).data(Qt::BackgroundRole).isValid());
    model.setItems(model.items());
    QCOMPARE(model.index(0, 0).data(NewsListModel::NewRole).toBool(), false);
}

void TestNewsListModel::readFlagsChangeInPlace()
{
    NewsListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({news(3, 20), news(2, 13), news(1, 6)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setRead(2, true));
    QCOMPARE(model.unreadCount(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    // Already so: nothing to repaint.
    QVERIFY(model.setRead(2, true));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.setRead(42, true));
    QVERIFY(model.setRead(2, false));
    QCOMPARE(model.unreadCount(), 3);
    model.setAllRead();
    QCOMPARE(model.unreadCount(), 0);
    QVERIFY(reset.isEmpty());
}

QTEST_MAIN(TestNewsListModel)
#include "tst_newslistmodel.moc"
