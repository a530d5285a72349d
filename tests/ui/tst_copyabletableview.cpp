#include "widgets/CopyableTableView.h"

#include <QClipboard>
#include <QFont>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCopyableTableView : public QObject
{
    Q_OBJECT

private slots:
    void ctrlCCopiesSelectedCellsAsTabSeparatedRows();
    void keyboardMovesTheCurrentCell();
    void fitsAColumnByMeasuringOnlyItsLongestTexts();
};

namespace {

void fill(QStandardItemModel& model)
{
    model.setColumnCount(3);
    for (int row = 0; row < 3; ++row) {
        QList<QStandardItem*> items;
        for (int column = 0; column < 3; ++column)
            items.append(new QStandardItem(u"r%1c%2"_s.arg(row).arg(column)));
        model.appendRow(items);
    }
}

// Counts the cells a view measures.
class CountingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        ++measured;
        return QStyledItemDelegate::sizeHint(option, index);
    }

    mutable int measured = 0;
};

// 240 rows of amounts of varying length, a bold total row at the end whose text is shorter than
// the longest amount but, bold, may be as wide; and one more cell of the longest text.
void fillAmounts(QStandardItemModel& model)
{
    model.setColumnCount(1);
    for (int row = 0; row < 240; ++row) {
        const QString text = row == 117 ? u"1 234 567,89"_s : QString::number(row * 37) + u",00"_s;
        model.appendRow(new QStandardItem(text));
    }
    model.appendRow(new QStandardItem(u"1 234 567,89"_s));
    auto* total = new QStandardItem(u"WWWWWWWWWW"_s);
    QFont bold;
    bold.setBold(true);
    total->setFont(bold);
    model.appendRow(total);
}

} // namespace

void TestCopyableTableView::ctrlCCopiesSelectedCellsAsTabSeparatedRows()
{
    QStandardItemModel model;
    fill(model);
    CopyableTableView view;
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QGuiApplication::clipboard()->clear();

    view.selectionModel()->select(QItemSelection(model.index(0, 1), model.index(1, 2)),
                                  QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"r0c1\tr0c2\nr1c1\tr1c2"_s);

    // A gap in the selection stays an empty field, so columns still line up when pasted.
    view.selectionModel()->select(model.index(0, 0), QItemSelectionModel::ClearAndSelect);
    view.selectionModel()->select(model.index(2, 2), QItemSelectionModel::Select);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"r0c0\t\t\n\t\tr2c2"_s);
}

void TestCopyableTableView::keyboardMovesTheCurrentCell()
{
    QStandardItemModel model;
    fill(model);
    CopyableTableView view;
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(model.index(0, 0));
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentIndex(), model.index(1, 1));
}

void TestCopyableTableView::fitsAColumnByMeasuringOnlyItsLongestTexts()
{
    QStandardItemModel model;
    fillAmounts(model);
    CopyableTableView view;
    CountingDelegate delegate;
    view.setItemDelegate(&delegate);
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    delegate.measured = 0;
    const int everyRow = view.sizeHintForColumn(0);
    QCOMPARE(delegate.measured, model.rowCount());

    view.setMeasuresLongestTextsOnly(true);
    delegate.measured = 0;
    const int longest = view.sizeHintForColumn(0);
    // The same width, from the two distinct longest texts (the amount, once although it is in two
    // rows, and the bold total) rather than from all 242 rows.
    QCOMPARE(longest, everyRow);
    QCOMPARE(delegate.measured, 2);

    // As the header fits the column.
    view.horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QTRY_COMPARE(view.columnWidth(0),
                 std::max(everyRow, view.horizontalHeader()->sectionSizeHint(0)));
}

QTEST_MAIN(TestCopyableTableView)
#include "tst_copyabletableview.moc"
