#include "widgets/CopyableTableView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCopyableTableView : public QObject
{
    Q_OBJECT

private slots:
    void ctrlCCopiesSelectedCellsAsTabSeparatedRows();
    void keyboardMovesTheCurrentCell();
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

QTEST_MAIN(TestCopyableTableView)
#include "tst_copyabletableview.moc"
