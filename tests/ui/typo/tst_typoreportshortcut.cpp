// «Заметили ошибку в тексте? Выделите ее мышкой и нажмите Ctrl+Enter» in the real main window with
// the real «Обращения» page, against the real kabinet-portal and the real outbox: Ctrl+Enter on
// text selected in a label, a text browser or a table opens the dialog with the selection, its
// context and the screen, and the report reaches the server carrying that text (read back from the
// server's own database); Ctrl+Enter in the appeal's text box stays the box's (it sends the
// appeal); without a selection nothing opens.

#include "OutboxRig.h"
#include "appeals/AppealListModel.h"
#include "appeals/AppealsPage.h"
#include "main/MainWindow.h"
#include "protocol/TypoReportRules.h"
#include "typo/TypoReportDialog.h"
#include "typo/TypoReportShortcut.h"
#include "typo/TypoSelection.h"
#include "widgets/CopyableTableView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;

// The label of the page whose text contains word.
QLabel* labelWith(QWidget* page, const QString& word)
{
    const QList<QLabel*> labels = page->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->text().contains(word)
            && (label->textInteractionFlags() & Qt::TextSelectableByMouse))
            return label;
    }
    return nullptr;
}

void pressCtrlEnter(QWidget* receiver)
{
    QTest::keyClick(receiver, Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

class tst_TypoReportShortcut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void context();
    void screenKeys();
    void ctrlEnterOnASelectedLabelSendsTheReport();
    void theTextSelectedLastIsTheOneReported();
    void selectedTableCellsAreReported();
    void theAppealTextBoxKeepsItsCtrlEnter();
    void withoutASelectionNothingOpens();
    void anOverlongSelectionIsRefusedBeforeSending();

private:
    void reportFromTheDialog(const QString& comment);

    OutboxRig m_rig;
    std::unique_ptr<MainWindow> m_window;
    AppealsPage* m_page = nullptr;
    TypoReportShortcut* m_shortcut = nullptr;
};

void tst_TypoReportShortcut::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_typoreportshortcut"_s);
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
}

void tst_TypoReportShortcut::init()
{
    m_window = std::make_unique<MainWindow>();
    m_page = new AppealsPage(&m_rig.reader());
    m_window->setSectionPage(MainSection::Appeals, m_page);
    m_window->showSection(MainSection::Appeals);
    m_shortcut = new TypoReportShortcut(m_window.get());
    m_shortcut->setOutbox(&m_rig.outbox());
    QSignalSpy reloaded(m_page, &AppealsPage::reloaded);
    m_page->setOutbox(&m_rig.outbox());
    QVERIFY(reloaded.wait(waitMs));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_TypoReportShortcut::cleanup()
{
    m_window.reset();
}

void tst_TypoReportShortcut::context()
{
    const QString text = u"Начисления за сентябрь 2014 года по услуге капитальный ремотн дома"_s;
    const qsizetype at = text.indexOf(u"ремотн"_s);
    QCOMPARE(TypoSelection::contextAround(text, at, 6), text);
    // Long text: cut at spaces on both sides, marked, never into the selection.
    const QString words = u"слово "_s.repeated(200);
    const QString longText = words + u"ремотн "_s + words;
    const QString context = TypoSelection::contextAround(longText, words.size(), 6);
    QVERIFY(context.startsWith(u"…слово"_s));
    QVERIFY(context.endsWith(u"слово…"_s));
    QVERIFY(context.contains(u" ремотн "_s));
    QVERIFY(context.size() <= 2 * TypoSelection::contextRadius + 8);
    QVERIFY(TypoReportRules::length(TypoSelection::contextAround(longText, 0, longText.size()))
            <= TypoReportRules::maxContextLength);
}

void tst_TypoReportShortcut::screenKeys()
{
    QCOMPARE(TypoSelection::screenKeyOf(m_page->details()), u"appeals"_s);
    QWidget meters;
    meters.setObjectName(u"meterReadingsPage"_s);
    QLabel inside(&meters);
    QCOMPARE(TypoSelection::screenKeyOf(&inside), u"meter_readings"_s);
    meters.setProperty("typoScreen", u"account.card"_s);
    QCOMPARE(TypoSelection::screenKeyOf(&inside), u"account.card"_s);
    QVERIFY(TypoReportRules::isScreenKey(TypoSelection::screenKeyOf(m_window.get())));
}

void tst_TypoReportShortcut::reportFromTheDialog(const QString& comment)
{
    TypoReportDialog* dialog = m_shortcut->dialog();
    QVERIFY(dialog);
    OutboxRig::type(dialog->findChild<QPlainTextEdit*>(u"typoComment"_s), comment);
    QSignalSpy sent(&m_rig.outbox(), &Outbox::itemSent);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"sendTypoReport"_s), Qt::LeftButton);
    QVERIFY(sent.wait(waitMs));
    QCOMPARE(sent.at(0).at(1).value<OutboxItem::Kind>(), OutboxItem::Kind::TypoReport);
    QTRY_VERIFY_WITH_TIMEOUT(!m_shortcut->dialog(), waitMs);
}

void tst_TypoReportShortcut::ctrlEnterOnASelectedLabelSendsTheReport()
{
    // The page's introduction, selected with the mouse: a label takes no focus for that.
    QLabel* intro = labelWith(m_page, u"without a connection"_s);
    QVERIFY(intro);
    const QString word = u"connection"_s;
    intro->setSelection(int(intro->text().indexOf(word)), int(word.size()));
    QVERIFY(intro->hasSelectedText());
    OutboxRig::saveShot(m_window.get(), u"main-appeals"_s);
    QSignalSpy opened(m_shortcut, &TypoReportShortcut::dialogOpened);
    pressCtrlEnter(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get());
    QCOMPARE(opened.size(), 1);
    OutboxRig::saveShot(m_window.get(), u"main-typo-dialog"_s);
    TypoReportDialog* dialog = m_shortcut->dialog();
    QVERIFY(dialog);
    const TypoReportForm shown = dialog->form();
    QCOMPARE(shown.selection, word);
    QVERIFY2(shown.context.contains(u"What you write without a connection waits here"_s),
             qPrintable(shown.context));
    QCOMPARE(shown.screen, u"appeals"_s);
    QCOMPARE(dialog->findChild<QLabel*>(u"typoScreen"_s)->text(),
             m_page->findChild<QLabel*>(u"pageTitle"_s)->text());
    OutboxRig::saveShot(dialog, u"typo-dialog"_s);

    const QString comment = u"Опечатка? " + QUuid::createUuid().toString(QUuid::WithoutBraces);
    reportFromTheDialog(comment);
    const QList<QStringList> reports = m_rig.serverTypoReports();
    QVERIFY(!reports.isEmpty());
    const QStringList& last = reports.constLast();
    QCOMPARE(last.value(0), word);
    QCOMPARE(last.value(1), shown.context);
    QCOMPARE(last.value(2), u"appeals"_s);
    QCOMPARE(last.value(3), comment);
}

void tst_TypoReportShortcut::theTextSelectedLastIsTheOneReported()
{
    // A label selected first, then a word of an appeal's text in the reader pane.
    QLabel* intro = labelWith(m_page, u"without a connection"_s);
    QVERIFY(intro);
    intro->setSelection(0, 4);
    const QString topic = u"Тема " + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QSignalSpy sent(&m_rig.outbox(), &Outbox::itemSent);
    m_rig.outbox().queueAppeal(AppealForm {std::nullopt, topic, u"Прошу пересчитать взнос."_s});
    QVERIFY(sent.wait(waitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0
                                 && m_page->details()->toPlainText().contains(u"пересчитать"_s),
                             waitMs);
    QTextBrowser* details = m_page->details();
    QTextCursor cursor(details->document());
    const int at = int(details->toPlainText().indexOf(u"пересчитать"_s));
    cursor.setPosition(at);
    cursor.setPosition(at + 11, QTextCursor::KeepAnchor);
    details->setTextCursor(cursor);
    // The release of the mouse that selected it.
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(5, 5),
                        details->viewport()->mapToGlobal(QPointF(5, 5)), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(details->viewport(), &release);
    QVERIFY(details->textCursor().hasSelection());

    pressCtrlEnter(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get());
    QVERIFY(m_shortcut->dialog());
    const TypoReportForm shown = m_shortcut->dialog()->form();
    QCOMPARE(shown.selection, u"пересчитать"_s);
    QVERIFY(shown.context.contains(u"Прошу пересчитать взнос."_s));
    reportFromTheDialog({});
    const QStringList last = m_rig.serverTypoReports().constLast();
    QCOMPARE(last.value(0), u"пересчитать"_s);
    QCOMPARE(last.value(3), QString());
}

void tst_TypoReportShortcut::selectedTableCellsAreReported()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0, waitMs);
    CopyableTableView* view = m_page->view();
    view->setFocus();
    view->clearSelection();
    const QModelIndex topic = view->model()->index(0, AppealListModel::TopicColumn);
    view->selectionModel()->select(topic, QItemSelectionModel::ClearAndSelect);
    pressCtrlEnter(view);
    QVERIFY(m_shortcut->dialog());
    const TypoReportForm shown = m_shortcut->dialog()->form();
    QCOMPARE(shown.selection, topic.data().toString());
    // The context is the whole row.
    QVERIFY(shown.context.contains(
        topic.siblingAtColumn(AppealListModel::StatusColumn).data().toString()));
    m_shortcut->dialog()->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!m_shortcut->dialog(), waitMs);
}

void tst_TypoReportShortcut::theAppealTextBoxKeepsItsCtrlEnter()
{
    // Text selected on the page, but the focus is in the box the appeal is typed into.
    QLabel* intro = labelWith(m_page, u"without a connection"_s);
    intro->setSelection(0, 4);
    auto* topicEdit = m_page->findChild<QLineEdit*>(u"appealTopic"_s);
    auto* textEdit = m_page->findChild<QPlainTextEdit*>(u"appealText"_s);
    const QString topic =
        u"Своя тема " + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    OutboxRig::type(topicEdit, topic);
    textEdit->setFocus();
    OutboxRig::type(textEdit, u"Текст обращения."_s);
    QTRY_VERIFY(textEdit->hasFocus());
    QSignalSpy opened(m_shortcut, &TypoReportShortcut::dialogOpened);
    QSignalSpy queued(&m_rig.outbox(), &Outbox::queued);
    pressCtrlEnter(textEdit);
    QCOMPARE(opened.size(), 0);
    QVERIFY(!m_shortcut->dialog());
    // It sent the appeal instead.
    QVERIFY(queued.size() == 1 || queued.wait(waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(textEdit->toPlainText(), QString(), waitMs);

    // In the topic line too.
    OutboxRig::type(topicEdit, u"x"_s);
    topicEdit->setFocus();
    pressCtrlEnter(topicEdit);
    QCOMPARE(opened.size(), 0);
}

void tst_TypoReportShortcut::withoutASelectionNothingOpens()
{
    const QList<QLabel*> labels = m_page->findChildren<QLabel*>();
    for (QLabel* label : labels)
        label->setSelection(0, 0);
    m_page->details()->moveCursor(QTextCursor::Start);
    m_page->view()->clearSelection();
    QSignalSpy opened(m_shortcut, &TypoReportShortcut::dialogOpened);
    pressCtrlEnter(m_window.get());
    QCOMPARE(opened.size(), 0);
    QVERIFY(!m_shortcut->dialog());
}

void tst_TypoReportShortcut::anOverlongSelectionIsRefusedBeforeSending()
{
    QLabel* intro = labelWith(m_page, u"without a connection"_s);
    intro->setText(QString(u"очень длинный текст "_s).repeated(40));
    intro->setSelection(0, int(intro->text().size()));
    QVERIFY(TypoReportRules::length(intro->selectedText()) > TypoReportRules::maxSelectionLength);
    pressCtrlEnter(m_window.get());
    TypoReportDialog* dialog = m_shortcut->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel*>(u"typoProblem"_s)->text(),
             TypoReportRules::problemText(TypoReportRules::Problem::SelectionTooLong));
    QVERIFY(!dialog->findChild<QPushButton*>(u"sendTypoReport"_s)->isEnabled());
    QSignalSpy queued(&m_rig.outbox(), &Outbox::queued);
    QVERIFY(!dialog->send());
    QCOMPARE(queued.size(), 0);
    OutboxRig::saveShot(dialog, u"typo-dialog-too-long"_s);
    dialog->reject();
}

QTEST_MAIN(tst_TypoReportShortcut)
#include "tst_typoreportshortcut.moc"
