// «Платежи» against the real kabinet-portal with the demo data and a real cache filled by the
// real sync engine, inside the real main window: the movement of funds the page shows agrees to
// the kopeck with the server's own movement answer for the same range (one month, a year, the
// whole history, a range before the first charge, ranges running into or lying in months not
// closed), asked for independently over HTTPS, and so do the payments listed; the calculator
// alone agrees with the server for every year and many more ranges.

#include "HistoryPageWindow.h"
#include "HistoryRig.h"
#include "accounts/AccountCardPage.h"
#include "cache/CacheReader.h"
#include "charges/AccountHistoryReader.h"
#include "main/MainWindow.h"
#include "payments/MovementOfFundsCalculator.h"
#include "payments/MovementOfFundsModel.h"
#include "payments/PaymentListModel.h"
#include "payments/PaymentsPage.h"
#include "widgets/CopyableTableView.h"

#include <QJsonArray>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

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

struct Range
{
    Period from;
    Period to;
    const char* what;
};

// The ranges the issue asks for, and the edges around the closed periods.
const QList<Range> pageRanges = {
    {lastClosed, lastClosed, "the last closed month"},
    {Period(2019, 5), Period(2019, 5), "one month in the middle"},
    {Period(2023, 1), Period(2023, 12), "a year"},
    {firstCharged, lastClosed, "the whole history"},
    {Period(2014, 1), firstCharged.previous(), "before the first charge"},
    {firstCharged, firstCharged, "the first month"},
    {Period(2024, 1), Period(2024, 12), "running into months not closed"},
    {lastClosed.next(), lastClosed.addMonths(3), "months not closed only"},
};

} // namespace

class tst_PaymentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theMovementAndThePaymentsAreTheServersForSeveralRanges();
    void theWholeHistoryClosesAtTheAccountsBalance();
    void theCalculatorAgreesWithTheServerForManyRanges();
    void anUnclosedPeriodIsHiddenWithItsMessage();
    void theAccountCardOpensThePaymentsOfItsAccount();

private:
    void showAccount(qint64 accountId);
    void chooseRange(Period from, Period to);
    // The page's movement and payments against GET …/movement and …/payments for its range.
    void compareWithServer(const char* what);
    static void compareMovement(const MovementOfFunds& movement, const QJsonObject& server);

    HistoryRig m_rig;
    QMap<QString, qint64> m_ids; // by account number
    std::unique_ptr<HistoryPageWindow> m_shown;
    MainWindow* m_window = nullptr; // m_shown's
    PaymentsPage* m_page = nullptr; // owned by the window
};

void tst_PaymentsPage::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    for (const QString& number : {u"16616"_s, u"17103"_s, u"20341"_s}) {
        m_ids.insert(number, m_rig.accountId(number));
        QVERIFY2(m_ids.value(number) != 0, qPrintable(number));
    }
}

void tst_PaymentsPage::init()
{
    m_page = new PaymentsPage(&m_rig.reader());
    m_shown = std::make_unique<HistoryPageWindow>(m_rig, m_page, MainSection::Payments);
    m_window = &m_shown->window();
    // The window's current account is the first of the list: 16616.
    QVERIFY(m_shown->waitForFirstAccount(m_ids.value(u"16616"_s), waitMs));
}

void tst_PaymentsPage::cleanup()
{
    m_shown.reset();
    m_window = nullptr;
    m_page = nullptr;
}

void tst_PaymentsPage::showAccount(qint64 accountId)
{
    QVERIFY(m_shown->showAccount(accountId, waitMs));
}

void tst_PaymentsPage::chooseRange(Period from, Period to)
{
    m_page->setRange(from, to);
    QCOMPARE(m_page->range().from, from);
    QCOMPARE(m_page->range().to, to);
}

void tst_PaymentsPage::compareMovement(const MovementOfFunds& movement, const QJsonObject& server)
{
    QCOMPARE(movement.from.toIsoString(), server.value(u"from"_s).toString());
    QCOMPARE(movement.to.toIsoString(), server.value(u"to"_s).toString());
    QCOMPARE(movement.opening.kopecks(), kopecks(server, u"openingKopecks"_s));
    QCOMPARE(movement.charged.kopecks(), kopecks(server, u"chargedKopecks"_s));
    QCOMPARE(movement.recalculated.kopecks(), kopecks(server, u"recalculatedKopecks"_s));
    QCOMPARE(movement.paid.kopecks(), kopecks(server, u"paidKopecks"_s));
    QCOMPARE(movement.closing.kopecks(), kopecks(server, u"closingKopecks"_s));
}

void tst_PaymentsPage::compareWithServer(const char* what)
{
    const HistoryRange range = m_page->range();
    const qint64 id = m_page->accountId();
    const QJsonObject movement = m_rig.serverHistory(id, u"movement"_s, range.from, range.to);
    QVERIFY2(!movement.isEmpty(), what);

    // What the table shows, row by row, is the server's answer.
    const MovementOfFundsModel* model = m_page->movementModel();
    QVERIFY2(model->movement(), what);
    compareMovement(*model->movement(), movement);
    const QString keys[] = {u"openingKopecks"_s, u"chargedKopecks"_s, u"recalculatedKopecks"_s,
                            u"paidKopecks"_s, u"closingKopecks"_s};
    for (int row = 0; row < MovementOfFundsModel::RowCount; ++row) {
        const QModelIndex amount = model->index(row, MovementOfFundsModel::AmountColumn);
        const qint64 expected = kopecks(movement, keys[row]);
        QCOMPARE(amount.data(MovementOfFundsModel::KopecksRole).toLongLong(), expected);
        const qint64 shown =
            row == MovementOfFundsModel::OpeningRow || row == MovementOfFundsModel::ClosingRow
            ? std::abs(expected)
            : expected;
        QCOMPARE(amount.data().toString(), Money::fromKopecks(shown).toString());
    }

    const QJsonArray payments =
        m_rig.serverHistory(id, u"payments"_s, range.from, range.to).value(u"items"_s).toArray();
    const PaymentListModel* list = m_page->paymentsModel();
    QCOMPARE(list->payments().size(), payments.size());
    qint64 paid = 0;
    for (int i = 0; i < payments.size(); ++i) {
        const QJsonObject expected = payments.at(i).toObject();
        const Payment& shown = list->payments().at(i);
        QCOMPARE(shown.id, kopecks(expected, u"id"_s));
        QCOMPARE(shown.date.toString(Qt::ISODate), expected.value(u"date"_s).toString());
        QCOMPARE(shown.amount.kopecks(), kopecks(expected, u"amountKopecks"_s));
        QCOMPARE(shown.source, expected.value(u"source"_s).toString());
        QCOMPARE(list->index(i, PaymentListModel::AmountColumn).data().toString(),
                 shown.amount.toString());
        paid += kopecks(expected, u"amountKopecks"_s);
    }
    QCOMPARE(list->total().kopecks(), paid);
    // The payments listed are the ones the movement counts.
    QCOMPARE(paid, kopecks(movement, u"paidKopecks"_s));
    QCOMPARE(m_page->paymentsView()->isVisible(), !payments.isEmpty());
}

void tst_PaymentsPage::theMovementAndThePaymentsAreTheServersForSeveralRanges()
{
    for (const qint64 id : std::as_const(m_ids)) {
        showAccount(id);
        for (const Range& range : pageRanges) {
            chooseRange(range.from, range.to);
            compareWithServer(range.what);
            if (QTest::currentTestFailed()) {
                qWarning("account %lld, %s", id, range.what);
                return;
            }
        }
    }
    // Before the first charge everything is zero, on the server as here.
    chooseRange(Period(2014, 1), firstCharged.previous());
    const MovementOfFunds before = *m_page->movementModel()->movement();
    QCOMPARE(before.opening, Money());
    QCOMPARE(before.charged, Money());
    QCOMPARE(before.closing, Money());
    QVERIFY(m_page->findChild<QLabel*>(u"noPayments"_s)->isVisible());
}

void tst_PaymentsPage::theWholeHistoryClosesAtTheAccountsBalance()
{
    const QJsonArray accounts =
        m_rig.serverObject(u"/api/v1/accounts"_s).value(u"items"_s).toArray();
    QCOMPARE(accounts.size(), 3);
    for (const QJsonValue& value : accounts) {
        const QJsonObject account = value.toObject();
        showAccount(account.value(u"id"_s).toInteger());
        chooseRange(firstCharged, lastClosed);
        QCOMPARE(m_page->movementModel()->movement()->closing.kopecks(),
                 kopecks(account, u"balanceKopecks"_s));
        QCOMPARE(m_page->movementModel()->movement()->opening, Money());
        if (account.value(u"number"_s).toString() == u"16616"_s) {
            // Figure 6: a debt of 220,25.
            QCOMPARE(m_page->movementModel()
                         ->index(MovementOfFundsModel::ClosingRow, MovementOfFundsModel::ItemColumn)
                         .data()
                         .toString(),
                     u"Debt at the end of the period (30.09.2024)"_s);
            QCOMPARE(
                m_page->movementModel()
                    ->index(MovementOfFundsModel::ClosingRow, MovementOfFundsModel::AmountColumn)
                    .data()
                    .toString(),
                u"220,25"_s);
            HistoryRig::saveShot(m_window, u"payments-whole-history"_s);
        }
    }
}

void tst_PaymentsPage::theCalculatorAgreesWithTheServerForManyRanges()
{
    for (const qint64 id : std::as_const(m_ids)) {
        const std::optional<AccountHistory> history = AccountHistoryReader::read(
            m_rig.cache().database(), id, AccountHistoryReader::Payments::Read);
        QVERIFY(history);
        QCOMPARE(history->lastClosed, lastClosed);
        QList<Range> ranges;
        for (int year = 2013; year <= 2025; ++year)
            ranges.append({Period(year, 1), Period(year, 12), "a calendar year"});
        for (Period from = firstCharged.addMonths(-2); from <= lastClosed.addMonths(2);
             from = from.addMonths(7))
            ranges.append({from, from.addMonths(4), "five months"});
        ranges.append({Period(1990, 1), Period(2039, 12), "fifty years"});
        for (const Range& range : std::as_const(ranges)) {
            const std::optional<MovementOfFunds> movement =
                MovementOfFundsCalculator::compute(*history, range.from, range.to);
            QVERIFY(movement);
            QVERIFY(movement->isConsistent());
            const QJsonObject server = m_rig.serverHistory(id, u"movement"_s, range.from, range.to);
            QVERIFY2(!server.isEmpty(), qPrintable(range.from.toIsoString()));
            compareMovement(*movement, server);
            if (QTest::currentTestFailed()) {
                qWarning("account %lld, %s..%s", id, qPrintable(range.from.toIsoString()),
                         qPrintable(range.to.toIsoString()));
                return;
            }
        }
    }
}

void tst_PaymentsPage::anUnclosedPeriodIsHiddenWithItsMessage()
{
    chooseRange(lastClosed.next(), lastClosed.next());
    const MovementOfFunds october = *m_page->movementModel()->movement();
    QCOMPARE(october.charged, Money());
    QCOMPARE(october.paid, Money());
    QCOMPARE(m_page->paymentsModel()->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel*>(u"noPayments"_s)->isVisible());
    // Nothing of it is closed: no balance "at the end" of months not closed is shown.
    QVERIFY(!m_page->movementView()->isVisible());
    const QString note = m_page->noteLabel()->text();
    QVERIFY2(note.contains(u"The periods after сентябрь 2024 are not closed yet"_s),
             qPrintable(note));
    QVERIFY2(note.contains(u"If the period has not been closed by your accountant"_s),
             qPrintable(note));
    compareWithServer("October 2024");
    HistoryRig::saveShot(m_window, u"payments-unclosed"_s);
    chooseRange(lastClosed.addMonths(-11), lastClosed);
    QVERIFY(m_page->movementView()->isVisible());
    QVERIFY(m_page->paymentsView()->isVisible());
    HistoryRig::saveShot(m_window, u"payments"_s);
}

void tst_PaymentsPage::theAccountCardOpensThePaymentsOfItsAccount()
{
    const qint64 id = m_ids.value(u"20341"_s);
    m_window->showAccount(id);
    QCOMPARE(m_window->currentSection(), MainSection::Home);
    auto* button = m_window->cardPage()->findChild<QPushButton*>(u"paymentsHistory"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->currentSection(), MainSection::Payments);
    QCOMPARE(m_page->accountId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->history().account.id == id, waitMs);
    QVERIFY(m_page->findChild<QLabel*>(u"historyAccount"_s)->text().contains(u"20341"_s));
    compareWithServer("the card's account");
}

QTEST_MAIN(tst_PaymentsPage)
#include "tst_paymentspage.moc"
