// «Начисления» against the real kabinet-portal with the demo data and a real cache filled by the
// real sync engine, inside the real main window: every line, period total, range total and
// recalculation the page shows is the server's, asked for independently over HTTPS; a period the
// operator has not closed is not shown and the page says why; the page follows the window's
// current account, the account card's «История начислений >» opens it, and a sync's reload is
// read when the page is shown.

#include "HistoryPageWindow.h"
#include "HistoryRig.h"
#include "accounts/AccountCardPage.h"
#include "cache/CacheReader.h"
#include "charges/ChargeHistoryModel.h"
#include "charges/ChargesPage.h"
#include "charges/RecalculationListModel.h"
#include "main/MainWindow.h"
#include "widgets/CopyableTableView.h"
#include "widgets/PeriodRangePicker.h"

#include <QJsonArray>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;
const Period lastClosed(2024, 9); // DemoServer's clock is at 2024-10-15
const Period firstCharged = lastClosed.addMonths(-119); // ten years of history

qint64 kopecks(const QJsonObject& object, const QString& key)
{
    return object.value(key).toInteger(std::numeric_limits<qint64>::min());
}

} // namespace

class tst_ChargesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theDefaultRangeIsTheLastTwelveClosedPeriodsOfTheServer();
    void everyAccountsWholeHistoryIsTheServers();
    void recalculationsForCurrentAndPastPeriodsWithTheirReason();
    void anUnclosedPeriodIsHiddenWithItsMessage();
    void theAccountCardOpensTheChargesOfItsAccount();
    void aReloadWhileHiddenIsReadWhenShown();

private:
    // Shows accountId's charges in the window as the user gets there: the account's card, then
    // «Начисления»; waits for its read.
    void showAccount(qint64 accountId);
    void chooseRange(Period from, Period to);
    // Everything the page shows for its range against GET …/charges for the same range.
    void compareWithServer();

    HistoryRig m_rig;
    QMap<QString, qint64> m_ids; // by account number
    std::unique_ptr<HistoryPageWindow> m_shown;
    MainWindow* m_window = nullptr; // m_shown's
    ChargesPage* m_page = nullptr; // owned by the window
};

void tst_ChargesPage::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    for (const QString& number : {u"16616"_s, u"17103"_s, u"20341"_s}) {
        m_ids.insert(number, m_rig.accountId(number));
        QVERIFY2(m_ids.value(number) != 0, qPrintable(number));
    }
}

void tst_ChargesPage::init()
{
    m_page = new ChargesPage(&m_rig.reader());
    m_shown = std::make_unique<HistoryPageWindow>(m_rig, m_page, MainSection::Charges);
    m_window = &m_shown->window();
    // The window's current account is the first of the list: 16616.
    QVERIFY(m_shown->waitForFirstAccount(m_ids.value(u"16616"_s), waitMs));
}

void tst_ChargesPage::cleanup()
{
    m_shown.reset();
    m_window = nullptr;
    m_page = nullptr;
}

void tst_ChargesPage::showAccount(qint64 accountId)
{
    QVERIFY(m_shown->showAccount(accountId, waitMs));
}

void tst_ChargesPage::chooseRange(Period from, Period to)
{
    m_page->setRange(from, to);
    QCOMPARE(m_page->range().from, from);
    QCOMPARE(m_page->range().to, to);
}

void tst_ChargesPage::compareWithServer()
{
    const HistoryRange range = m_page->range();
    const QJsonObject server =
        m_rig.serverHistory(m_page->accountId(), u"charges"_s, range.from, range.to);
    QCOMPARE(server.value(u"lastClosedPeriod"_s).toString(), lastClosed.toIsoString());
    const QJsonArray lines = server.value(u"lines"_s).toArray();

    const ChargeHistoryModel* model = m_page->chargesModel();
    QCOMPARE(model->lines().size(), lines.size());
    QMap<int, std::array<qint64, 3>> perPeriod; // base, recalculation, adjusted by period key
    std::array<qint64, 3> total {};
    QMap<int, int> linesPerPeriod;
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject expected = lines.at(i).toObject();
        const ChargeLine& shown = model->lines().at(i);
        const Period period = Period::fromIsoString(expected.value(u"period"_s).toString());
        QCOMPARE(shown.period, period);
        QCOMPARE(shown.service, expected.value(u"service"_s).toString());
        QCOMPARE(shown.unit, expected.value(u"unit"_s).toString());
        QCOMPARE(shown.quantityHundredths, kopecks(expected, u"quantityHundredths"_s));
        QCOMPARE(shown.tariff.kopecks(), kopecks(expected, u"tariffKopecks"_s));
        QCOMPARE(shown.baseCharge.kopecks(), kopecks(expected, u"baseKopecks"_s));
        QCOMPARE(shown.recalculation.kopecks(), kopecks(expected, u"recalculationKopecks"_s));
        QCOMPARE(shown.total.kopecks(), kopecks(expected, u"totalKopecks"_s));
        const std::array<qint64, 3> amounts = {kopecks(expected, u"baseKopecks"_s),
                                               kopecks(expected, u"recalculationKopecks"_s),
                                               kopecks(expected, u"totalKopecks"_s)};
        ++linesPerPeriod[period.toKey()];
        for (int k = 0; k < 3; ++k) {
            perPeriod[period.toKey()][k] += amounts[k];
            total[k] += amounts[k];
        }
    }
    // Each period's figures, as the page's rows show them: the line of a one-service period, or
    // the period's total row; and the range's total row.
    QCOMPARE(model->periods().size(), perPeriod.size());
    int figureRows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto kind = static_cast<ChargeHistoryModel::RowKind>(
            model->index(row, 0).data(ChargeHistoryModel::RowKindRole).toInt());
        const int key = model->index(row, 0).data(ChargeHistoryModel::PeriodKeyRole).toInt();
        if (kind == ChargeHistoryModel::RowKind::Line && linesPerPeriod.value(key) > 1)
            continue; // one of several services: checked line by line above
        const std::array<qint64, 3> expected =
            kind == ChargeHistoryModel::RowKind::RangeTotal ? total : perPeriod.value(key);
        const int columns[] = {ChargeHistoryModel::BaseColumn,
                               ChargeHistoryModel::RecalculationColumn,
                               ChargeHistoryModel::AdjustedColumn};
        for (int k = 0; k < 3; ++k) {
            const QModelIndex index = model->index(row, columns[k]);
            QCOMPARE(index.data(ChargeHistoryModel::KopecksRole).toLongLong(), expected[k]);
            QCOMPARE(index.data().toString(), Money::fromKopecks(expected[k]).toString());
        }
        ++figureRows;
    }
    QCOMPARE(figureRows, lines.isEmpty() ? 0 : int(perPeriod.size()) + 1);
    for (auto it = perPeriod.cbegin(); it != perPeriod.cend(); ++it) {
        QCOMPARE(model->baseCharge(Period::fromKey(it.key())).kopecks(), it.value()[0]);
        QCOMPARE(model->adjustedCharge(Period::fromKey(it.key())).kopecks(), it.value()[2]);
    }
    QCOMPARE(model->totalBase().kopecks(), total[0]);
    QCOMPARE(model->totalRecalculation().kopecks(), total[1]);
    QCOMPARE(model->totalAdjusted().kopecks(), total[2]);
    if (!lines.isEmpty()) {
        const QString summary = m_page->summaryLabel()->text();
        QVERIFY2(summary.contains(Money::fromKopecks(total[0]).toString())
                     && summary.contains(Money::fromKopecks(total[2]).toString()),
                 qPrintable(summary));
    }

    const QJsonArray recalculations = server.value(u"recalculations"_s).toArray();
    const QList<Recalculation>& shown = m_page->recalculationsModel()->recalculations();
    QCOMPARE(shown.size(), recalculations.size());
    qint64 recalculated = 0;
    for (int i = 0; i < recalculations.size(); ++i) {
        const QJsonObject expected = recalculations.at(i).toObject();
        QCOMPARE(shown.at(i).id, kopecks(expected, u"id"_s));
        QCOMPARE(shown.at(i).appliedIn.toIsoString(), expected.value(u"appliedIn"_s).toString());
        QCOMPARE(shown.at(i).corrects.toIsoString(), expected.value(u"corrects"_s).toString());
        QCOMPARE(shown.at(i).amount.kopecks(), kopecks(expected, u"amountKopecks"_s));
        QCOMPARE(shown.at(i).reason, expected.value(u"reason"_s).toString());
        recalculated += kopecks(expected, u"amountKopecks"_s);
    }
    QCOMPARE(m_page->recalculationsModel()->total().kopecks(), recalculated);
    // What the recalculations add up to is what the periods' lines show as recalculated.
    QCOMPARE(recalculated, total[1]);
}

void tst_ChargesPage::theDefaultRangeIsTheLastTwelveClosedPeriodsOfTheServer()
{
    QCOMPARE(m_page->range().from, lastClosed.addMonths(-11));
    QCOMPARE(m_page->range().to, lastClosed);
    // The server's default range is the same twelve periods.
    const QJsonObject byDefault =
        m_rig.serverObject(u"/api/v1/accounts/%1/charges"_s.arg(m_page->accountId()));
    const QJsonArray lines = byDefault.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), m_page->chargesModel()->lines().size());
    QCOMPARE(lines.first().toObject().value(u"period"_s).toString(),
             lastClosed.addMonths(-11).toIsoString());
    compareWithServer();
    auto* account = m_page->findChild<QLabel*>(u"historyAccount"_s);
    QVERIFY(account->text().contains(u"16616"_s));
    QVERIFY(account->text().contains(u"г.п. Мирный, ул. Мира, д. 4, кв. 7"_s));
    // The current month is missing, and the page says why.
    QVERIFY(m_page->noteLabel()->isVisible());
    QVERIFY(m_page->noteLabel()->text().contains(
        u"If the period has not been closed by your accountant (for example, the month is not "
        "over yet), the charges will not be shown."_s));
    QVERIFY(m_page->chargesView()->isVisible());
    HistoryRig::saveShot(m_window, u"charges"_s);
}

void tst_ChargesPage::everyAccountsWholeHistoryIsTheServers()
{
    for (const qint64 id : std::as_const(m_ids)) {
        showAccount(id);
        chooseRange(firstCharged, lastClosed);
        QCOMPARE(m_page->chargesModel()->periods().size(), 120);
        compareWithServer();
        if (QTest::currentTestFailed())
            return;
        chooseRange(Period(2019, 1), Period(2019, 12));
        compareWithServer();
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_ChargesPage::recalculationsForCurrentAndPastPeriodsWithTheirReason()
{
    showAccount(m_ids.value(u"20341"_s));
    chooseRange(firstCharged, lastClosed);
    compareWithServer();
    const RecalculationListModel* recalculations = m_page->recalculationsModel();
    QVERIFY(recalculations->recalculations().size() >= 3);
    QVERIFY(m_page->recalculationsView()->isVisible());
    bool past = false;
    for (int row = 0; row < recalculations->recalculations().size(); ++row) {
        const Recalculation& item = recalculations->recalculations().at(row);
        QVERIFY(!item.reason.isEmpty());
        QCOMPARE(recalculations->index(row, RecalculationListModel::ReasonColumn).data().toString(),
                 item.reason);
        past = past || !RecalculationListModel::correctsCurrentPeriod(item);
    }
    QVERIFY(past);
    QCOMPARE(recalculations->totalForCurrentPeriods() + recalculations->totalForPastPeriods(),
             recalculations->total());
    HistoryRig::saveShot(m_window, u"charges-recalculations"_s);

    // A range without recalculations says so instead of an empty table.
    const Recalculation& first = recalculations->recalculations().constFirst();
    chooseRange(firstCharged, first.appliedIn.previous());
    if (m_page->recalculationsModel()->rowCount() == 0) {
        QVERIFY(!m_page->recalculationsView()->isVisible());
        QVERIFY(m_page->findChild<QLabel*>(u"noRecalculations"_s)->isVisible());
    }
    compareWithServer();
}

void tst_ChargesPage::anUnclosedPeriodIsHiddenWithItsMessage()
{
    const qint64 id = m_ids.value(u"16616"_s);
    // The server has the current month (October 2024) charged but not closed: it never sends it.
    const QJsonObject october =
        m_rig.serverHistory(id, u"charges"_s, lastClosed.next(), lastClosed.next());
    QCOMPARE(october.value(u"lastClosedPeriod"_s).toString(), lastClosed.toIsoString());
    QVERIFY(october.value(u"lines"_s).toArray().isEmpty());

    chooseRange(lastClosed.next(), lastClosed.next());
    QCOMPARE(m_page->chargesModel()->rowCount(), 0);
    QVERIFY(!m_page->chargesView()->isVisible());
    QVERIFY(m_page->findChild<QLabel*>(u"noCharges"_s)->isVisible());
    const QString note = m_page->noteLabel()->text();
    QVERIFY2(note.contains(u"The periods after сентябрь 2024 are not closed yet"_s),
             qPrintable(note));
    QVERIFY2(note.contains(u"If the period has not been closed by your accountant"_s),
             qPrintable(note));
    HistoryRig::saveShot(m_window, u"charges-unclosed"_s);

    // A range running into it shows the closed periods only.
    chooseRange(Period(2024, 1), Period(2024, 12));
    QCOMPARE(m_page->chargesModel()->periods().constLast(), lastClosed);
    QCOMPARE(m_page->chargesModel()->periods().size(), 9);
    QVERIFY(m_page->noteLabel()->text().contains(u"not closed yet"_s));
    compareWithServer();
}

void tst_ChargesPage::theAccountCardOpensTheChargesOfItsAccount()
{
    const qint64 id = m_ids.value(u"17103"_s);
    m_window->showAccount(id);
    QCOMPARE(m_window->currentSection(), MainSection::Home);
    QSignalSpy reloaded(m_page, &AccountHistoryPage::reloaded);
    auto* button = m_window->cardPage()->findChild<QPushButton*>(u"chargesHistory"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->currentSection(), MainSection::Charges);
    QCOMPARE(m_page->accountId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->history().account.id == id, waitMs);
    QVERIFY(m_page->findChild<QLabel*>(u"historyAccount"_s)->text().contains(u"17103"_s));
    compareWithServer();
}

void tst_ChargesPage::aReloadWhileHiddenIsReadWhenShown()
{
    QVERIFY2(m_rig.sync(), qPrintable(m_rig.errorString()));
    m_window->showSection(MainSection::Home);
    QSignalSpy reloaded(m_page, &AccountHistoryPage::reloaded);
    QSignalSpy accountsRead(m_rig.reader().reader(), &CacheReader::accountsRead);
    m_window->reloadFromCache();
    // The accounts are read (which tells the page to reload) but the hidden page does not read.
    QTRY_VERIFY_WITH_TIMEOUT(!accountsRead.isEmpty(), waitMs);
    QTest::qWait(300);
    QCOMPARE(reloaded.count(), 0);
    m_window->showSection(MainSection::Charges);
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() == 1, waitMs);
    compareWithServer();
}

QTEST_MAIN(tst_ChargesPage)
#include "tst_chargespage.moc"
