// «Выписка…» on «Платежи» against the real kabinet-portal's demo data in a real cache: the button
// opens the dialog with the page's range, «Все счета» and CSV save a file of all three accounts
// (read back by the test's own reader, the suffix added when the name lacks it), a PDF of this
// account is a PDF, a file that cannot be written says so in a message box and beside the button;
// the page's charts follow its range.

#include "HistoryRig.h"
#include "StatementCsvReader.h"
#include "StatementTestKit.h"
#include "accounts/AccountCardPage.h"
#include "cache/CacheReader.h"
#include "charts/AccountChartsWidget.h"
#include "main/MainWindow.h"
#include "payments/PaymentsPage.h"
#include "payments/StatementAction.h"
#include "payments/StatementDialog.h"
#include "printing/FileOutputPolicy.h"
#include "printing/StatementSaver.h"
#include "widgets/PeriodRangePicker.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 30000;

} // namespace

class tst_StatementSaving : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void allAccountsAsCsv();
    void thisAccountAsPdf();
    void aFileThatCannotBeWrittenIsReported();
    void theChartsFollowTheRange();
    void noStatementWhereFilesAreNotAllowed();
    void theAccountCardSavesAStatementOfItsAccount();

private:
    // Clicks «Выписка…», lets adjust set the dialog up, accepts it, and waits for the saver.
    QString save(const std::function<void(StatementDialog*)>& adjust, const QString& answer);

    HistoryRig m_rig;
    QTemporaryDir m_folder;
    qint64 m_id = 0;
    std::unique_ptr<PaymentsPage> m_page;
    QString m_suggested;
};

void tst_StatementSaving::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    m_id = m_rig.accountId(u"16616"_s);
    QVERIFY(m_id != 0);
}

void tst_StatementSaving::init()
{
    m_page = std::make_unique<PaymentsPage>(&m_rig.reader());
    m_page->resize(1100, 800);
    m_page->show();
    m_page->setAccountId(m_id);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->history().account.id, m_id, waitMs);
    m_page->setRange(Period(2023, 1), Period(2024, 6));
}

void tst_StatementSaving::cleanup()
{
    m_page.reset();
}

QString tst_StatementSaving::save(const std::function<void(StatementDialog*)>& adjust,
                                  const QString& answer)
{
    m_page->setFileChooser([this, answer](QWidget*, const QString& suggested, const QString&) {
        m_suggested = suggested;
        return answer;
    });
    QTest::mouseClick(m_page->statementButton(), Qt::LeftButton);
    StatementDialog* dialog = m_page->statementDialog();
    if (!dialog) {
        qWarning("no dialog");
        return {};
    }
    if (dialog->range().from != Period(2023, 1) || dialog->range().to != Period(2024, 6))
        qWarning("the dialog does not start with the page's range");
    adjust(dialog);
    HistoryRig::saveShot(dialog, u"statement-dialog"_s);
    QSignalSpy finished(m_page->statementSaver(), &StatementSaver::finished);
    dialog->accept();
    if (!finished.wait(waitMs)) {
        qWarning("the statement was not saved");
        return {};
    }
    return finished.at(0).at(1).toString();
}

void tst_StatementSaving::allAccountsAsCsv()
{
    const QString error = save(
        [](StatementDialog* dialog) {
            dialog->setAllAccounts(true);
            dialog->setFormat(StatementFile::Format::Csv);
            dialog->rangePicker()->setRange(Period(2024, 1), Period(2024, 9));
        },
        m_folder.filePath(u"all"_s));
    QCOMPARE(error, QString());
    QVERIFY(m_suggested.endsWith(u"vypiska-all-2024-01-2024-09.csv"_s));
    const QString path = m_folder.filePath(u"all.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    StatementCsvReader reader;
    QVERIFY(reader.read(file.readAll()));
    const QList<QStringList> movement = reader.table(u"Движение средств"_s);
    QCOMPARE(movement.size(), 1 + 3 + 1);
    QCOMPARE(movement.at(1).at(0), u"16616"_s);
    QCOMPARE(movement.at(4).at(0), u"Все счета"_s);
    qint64 paid = 0;
    for (int i = 1; i <= 3; ++i) {
        const qint64 id = m_rig.accountId(movement.at(i).at(0));
        paid += m_rig.serverHistory(id, u"movement"_s, Period(2024, 1), Period(2024, 9))
                    .value(u"paidKopecks"_s)
                    .toInteger();
    }
    QCOMPARE(StatementCsvReader::kopecks(movement.at(4).at(6)), paid);
    QVERIFY(m_page->statementStatus()->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(m_page->statementButton()->isEnabled());
}

void tst_StatementSaving::thisAccountAsPdf()
{
    const QString path = m_folder.filePath(u"mine.pdf"_s);
    const QString error = save([](StatementDialog*) {}, path);
    QCOMPARE(error, QString());
    QVERIFY(m_suggested.endsWith(u"vypiska-16616-2023-01-2024-06.pdf"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    const QString text = StatementTestKit::pdfText(path);
    QVERIFY(text.contains(u"Personal account No. 16616"_s));
    QVERIFY(!text.contains(u"Personal account No. 17103"_s));
}

void tst_StatementSaving::aFileThatCannotBeWrittenIsReported()
{
    const QString taken = m_folder.filePath(u"taken.csv"_s);
    QVERIFY(QDir().mkpath(taken));
    const QString error =
        save([](StatementDialog* dialog) { dialog->setFormat(StatementFile::Format::Csv); }, taken);
    QVERIFY(error.contains(QDir::toNativeSeparators(taken)));
    QCOMPARE(m_page->statementStatus()->text(), error);
    auto* box = m_page->findChild<QMessageBox*>(u"statementError"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->informativeText(), error);
    HistoryRig::saveShot(box, u"statement-error"_s);
    box->accept();
}

void tst_StatementSaving::theChartsFollowTheRange()
{
    QCOMPARE(m_page->tabs()->count(), 2);
    m_page->tabs()->setCurrentWidget(m_page->chartsWidget());
    auto* line =
        qobject_cast<QLineSeries*>(m_page->chartsWidget()->balanceChart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 18); // 2023-01 .. 2024-06
    m_page->setRange(Period(2024, 1), Period(2024, 12));
    line = qobject_cast<QLineSeries*>(m_page->chartsWidget()->balanceChart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 9); // up to the last closed period, 2024-09
    HistoryRig::saveShot(m_page.get(), u"payments-charts"_s);
}

void tst_StatementSaving::noStatementWhereFilesAreNotAllowed()
{
    // A statement is only ever a file: on a kiosk there is no «Выписка…» at all.
    QVERIFY(m_page->statementButton()->isVisibleTo(m_page.get()));
    FileOutputPolicy::setAllowsFiles(false);
    PaymentsPage page(&m_rig.reader());
    page.show();
    page.setAccountId(m_id);
    QTRY_COMPARE_WITH_TIMEOUT(page.history().account.id, m_id, waitMs);
    FileOutputPolicy::setAllowsFiles(true);
    QVERIFY(!page.statementButton()->isVisibleTo(&page));
    page.setFileChooser([](QWidget*, const QString&, const QString&) {
        qWarning("a file was asked for");
        return QString();
    });
    FileOutputPolicy::setAllowsFiles(false);
    page.openStatementDialog();
    FileOutputPolicy::setAllowsFiles(true);
    QVERIFY(!page.statementDialog());
}

void tst_StatementSaving::theAccountCardSavesAStatementOfItsAccount()
{
    MainWindow window;
    window.setCacheReader(&m_rig.reader());
    window.resize(1100, 800);
    window.show();
    window.showAccount(m_id);
    AccountCardPage* card = window.cardPage();
    QTRY_COMPARE_WITH_TIMEOUT(card->accountId(), m_id, waitMs);
    QVERIFY(card->statementButton()->isVisibleTo(&window));
    StatementAction* action = window.cardStatementAction();
    QVERIFY(action);
    const QString path = m_folder.filePath(u"card.csv"_s);
    action->setFileChooser([this, path](QWidget*, const QString& suggested, const QString&) {
        m_suggested = suggested;
        return path;
    });
    QTest::mouseClick(card->statementButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(action->dialog(), waitMs);
    StatementDialog* dialog = action->dialog();
    QCOMPARE(dialog->parentWidget(), card);
    // This account, its last twelve closed periods (the demo's last closed is 2024-09).
    QVERIFY(!dialog->allAccounts());
    QCOMPARE(dialog->range().from, Period(2023, 10));
    QCOMPARE(dialog->range().to, Period(2024, 9));
    QCOMPARE(dialog->rangePicker()->firstAllowed(), Period(2014, 1));
    dialog->setFormat(StatementFile::Format::Csv);
    HistoryRig::saveShot(&window, u"card-statement"_s);
    QSignalSpy finished(action->saver(), &StatementSaver::finished);
    dialog->accept();
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(m_suggested.endsWith(u"vypiska-16616-2023-10-2024-09.csv"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    StatementCsvReader reader;
    QVERIFY(reader.read(file.readAll()));
    const QList<QStringList> movement = reader.table(u"Движение средств"_s);
    QVERIFY(movement.size() >= 2);
    QCOMPARE(movement.at(1).at(0), u"16616"_s);
    for (int i = 2; i < movement.size(); ++i)
        QVERIFY2(!movement.at(i).contains(u"17103"_s), qPrintable(movement.at(i).join(u';')));
    const qint64 paid = m_rig.serverHistory(m_id, u"movement"_s, Period(2023, 10), Period(2024, 9))
                            .value(u"paidKopecks"_s)
                            .toInteger();
    QCOMPARE(StatementCsvReader::kopecks(movement.at(1).at(6)), paid);
    QVERIFY(card->statementStatus()->isVisible());
    QVERIFY(card->statementStatus()->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(card->statementButton()->isEnabled());

    // Where files may not be written the card has no «Выписка…».
    FileOutputPolicy::setAllowsFiles(false);
    AccountCardPage kioskCard;
    FileOutputPolicy::setAllowsFiles(true);
    QVERIFY(!kioskCard.statementButton()->isVisibleTo(&kioskCard));
}

QTEST_MAIN(tst_StatementSaving)
#include "tst_statementsaving.moc"
