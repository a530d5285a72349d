#include "widgets/CurrentPageStack.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

// CurrentPageStack takes its size from the page it shows: a short page does not scroll as far
// as a tall hidden one, and switching pages resizes the stack to the new page.
class tst_CurrentPageStack : public QObject
{
    Q_OBJECT

private slots:
    void sizesFollowTheCurrentPage();
    void aScrollAreaScrollsOnlyAsFarAsTheCurrentPage();
};

namespace {

// A page of n wrapped paragraphs: its height depends on its width.
QWidget* paragraphs(int n)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    for (int i = 0; i < n; ++i) {
        auto* label = new QLabel(u"Начисления за период, платежи и движение средств по лицевому "
                                 "счёту за выбранный период, абзац %1."_s.arg(i));
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    return page;
}

} // namespace

void tst_CurrentPageStack::sizesFollowTheCurrentPage()
{
    CurrentPageStack stack;
    QWidget* tall = paragraphs(40);
    QWidget* shortPage = paragraphs(2);
    stack.addWidget(tall);
    stack.addWidget(shortPage);
    stack.setCurrentWidget(shortPage);

    QVERIFY(stack.hasHeightForWidth());
    QCOMPARE(stack.heightForWidth(300), shortPage->heightForWidth(300));
    QCOMPARE(stack.minimumSizeHint().height(), shortPage->minimumSizeHint().height());
    QVERIFY(stack.heightForWidth(300) < tall->heightForWidth(300) / 4);

    stack.setCurrentWidget(tall);
    QCOMPARE(stack.heightForWidth(300), tall->heightForWidth(300));
    QCOMPARE(stack.sizeHint(), tall->sizeHint().expandedTo(tall->minimumSizeHint()));

    // An explicit minimum of the page counts, as in a layout.
    tall->setMinimumHeight(5000);
    QCOMPARE(stack.heightForWidth(300), 5000);
}

void tst_CurrentPageStack::aScrollAreaScrollsOnlyAsFarAsTheCurrentPage()
{
    QScrollArea area;
    area.setWidgetResizable(true);
    auto* stack = new CurrentPageStack;
    QWidget* tall = paragraphs(40);
    QWidget* shortPage = paragraphs(2);
    stack->addWidget(tall);
    stack->addWidget(shortPage);
    stack->setCurrentWidget(shortPage);
    area.setWidget(stack);
    area.resize(400, 300);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));

    // A QStackedWidget would scroll a short page as far as the tall hidden one reaches.
    QTRY_COMPARE(area.verticalScrollBar()->maximum(), 0);
    stack->setCurrentWidget(tall);
    QTRY_VERIFY(area.verticalScrollBar()->maximum() > 300);
    stack->setCurrentWidget(shortPage);
    QTRY_COMPARE(area.verticalScrollBar()->maximum(), 0);
}

QTEST_MAIN(tst_CurrentPageStack)
#include "tst_currentpagestack.moc"
