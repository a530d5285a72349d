// «Показания» against the real kabinet-portal, a real cache filled by the real sync engine and the
// real outbox: the meters and their history are the server's; a reading lower than the last (or
// too far above it, or not a number) is refused here with its message and never queued; a good
// one reaches the server; one entered offline waits, counts as the last for the next check, and
// goes once the server is back.

#include "DemoServer.h"
#include "OutboxRig.h"
#include "meters/MeterListModel.h"
#include "meters/MeterReadingEditor.h"
#include "meters/MeterReadingHistoryModel.h"
#include "meters/MeterReadingsPage.h"
#include "meters/MeterValueText.h"
#include "protocol/MeterReadingCheck.h"
#include "store/AccountStore.h"
#include "widgets/CopyableTableView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;

QString shownText(QWidget* page, const QString& name)
{
    auto* label = page->findChild<QLabel*>(name);
    return label && label->isVisibleTo(page) ? label->text() : QString();
}

} // namespace

class tst_MeterReadingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void valueText();
    void theMetersAndTheirHistoryAreTheServers();
    void theAccountFollowsTheWindowWhenItHasMeters();
    void aReadingLowerThanTheLastIsRefusedWithItsMessage();
    void aGoodReadingReachesTheServer();
    void aReadingEnteredOfflineWaitsAndCountsAsTheLast();

private:
    // The server's meters of the account the page shows.
    QList<QJsonObject> serverMeters();
    QJsonObject serverMeter(qint64 meterId);
    void enter(const QString& value, QDate date);

    OutboxRig m_rig;
    QList<Account> m_accounts;
    std::unique_ptr<MeterReadingsPage> m_page;
};

void tst_MeterReadingsPage::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    m_accounts = AccountStore(m_rig.cache().database()).accounts().value_or(QList<Account>());
    QVERIFY(std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                        [](const Account& account) { return account.hasMeters; }));
}

void tst_MeterReadingsPage::init()
{
    if (!m_rig.server().portal().isRunning())
        QVERIFY2(m_rig.startServerAgain(), qPrintable(m_rig.errorString()));
    m_page = std::make_unique<MeterReadingsPage>(&m_rig.reader());
    m_page->resize(730, 560);
    m_page->show();
    QSignalSpy reloaded(m_page.get(), &MeterReadingsPage::reloaded);
    m_page->setOutbox(&m_rig.outbox());
    // The window's current account is the first one, which has no meters (demo 16616).
    m_page->setCurrentAccountId(m_accounts.constFirst().id);
    m_page->setAccounts(m_accounts);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->meters()->rowCount() > 0, waitMs);
}

void tst_MeterReadingsPage::cleanup()
{
    m_page.reset();
}

QList<QJsonObject> tst_MeterReadingsPage::serverMeters()
{
    QList<QJsonObject> meters;
    for (const QJsonValue& item :
         m_rig.serverItems(u"/api/v1/accounts/%1/meters"_s.arg(m_page->accountId())))
        meters.append(item.toObject());
    return meters;
}

QJsonObject tst_MeterReadingsPage::serverMeter(qint64 meterId)
{
    for (const QJsonObject& meter : serverMeters()) {
        if (qint64(meter.value(u"id"_s).toDouble()) == meterId)
            return meter;
    }
    return {};
}

void tst_MeterReadingsPage::enter(const QString& value, QDate date)
{
    m_page->findChild<QDateEdit*>(u"readingDate"_s)->setDate(date);
    auto* edit = m_page->findChild<QLineEdit*>(u"readingValue"_s);
    edit->clear();
    OutboxRig::type(edit, value);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"sendReading"_s), Qt::LeftButton);
}

void tst_MeterReadingsPage::valueText()
{
    QCOMPARE(MeterValueText::format(12345), u"12,345"_s);
    QCOMPARE(MeterValueText::format(5), u"0,005"_s);
    QCOMPARE(MeterValueText::format(100'434'621), u"100\u00A0434,621"_s);
    QCOMPARE(MeterValueText::parse(MeterValueText::format(100'434'621)),
             std::optional<qint64>(100'434'621));
    QCOMPARE(MeterValueText::parse(u"12,345"_s), std::optional<qint64>(12345));
    QCOMPARE(MeterValueText::parse(u" 1 234.5 "_s), std::optional<qint64>(1234500));
    QCOMPARE(MeterValueText::parse(u"7"_s), std::optional<qint64>(7000));
    MeterValueText::Problem problem = MeterValueText::Problem::None;
    QVERIFY(!MeterValueText::parse(u"1,2345"_s, &problem));
    QCOMPARE(problem, MeterValueText::Problem::TooManyDecimals);
    QVERIFY(!MeterValueText::parse(u"-3"_s, &problem));
    QCOMPARE(problem, MeterValueText::Problem::NotANumber);
    QVERIFY(!MeterValueText::parse(u"1,2,3"_s, &problem));
    QCOMPARE(problem, MeterValueText::Problem::NotANumber);
    QVERIFY(!MeterValueText::parse(u"  "_s, &problem));
    QCOMPARE(problem, MeterValueText::Problem::Empty);
    QVERIFY(!MeterValueText::parse(u"99999999999999999999"_s, &problem));
    QCOMPARE(problem, MeterValueText::Problem::TooLarge);
}

void tst_MeterReadingsPage::theMetersAndTheirHistoryAreTheServers()
{
    const QList<QJsonObject> server = serverMeters();
    QVERIFY(!server.isEmpty());
    MeterListModel* model = m_page->meters();
    QCOMPARE(model->rowCount(), server.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject& meter = server.at(row);
        QCOMPARE(model->index(row, MeterListModel::ServiceColumn).data().toString(),
                 meter.value(u"service"_s).toString());
        QCOMPARE(model->index(row, MeterListModel::SerialColumn).data().toString(),
                 meter.value(u"serialNumber"_s).toString());
        QCOMPARE(model->index(row, MeterListModel::LastValueColumn).data().toString(),
                 MeterValueText::format(qint64(meter.value(u"lastValueThousandths"_s).toDouble())));
    }
    // The first meter's whole history, newest first.
    const qint64 meterId = qint64(server.at(0).value(u"id"_s).toDouble());
    QVERIFY(m_page->selectMeter(meterId));
    const QJsonArray readings = server.at(0).value(u"readings"_s).toArray();
    QVERIFY(!readings.isEmpty());
    QCOMPARE(m_page->history()->rowCount(), readings.size());
    for (int row = 0; row < readings.size(); ++row)
        QCOMPARE(
            m_page->history()->index(row, MeterReadingHistoryModel::ValueColumn).data().toString(),
            MeterValueText::format(
                qint64(readings.at(row).toObject().value(u"valueThousandths"_s).toDouble())));
    m_page->meterView()->selectAll();
    QVERIFY(m_page->meterView()->selectedText().contains(
        server.at(0).value(u"serialNumber"_s).toString()));
    OutboxRig::saveShot(m_page.get(), u"meters"_s);
}

void tst_MeterReadingsPage::theAccountFollowsTheWindowWhenItHasMeters()
{
    const auto withMeters = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                         [](const Account& account) { return account.hasMeters; });
    const auto without = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                      [](const Account& account) { return !account.hasMeters; });
    QVERIFY(without != m_accounts.cend());
    // The window's account has none: the page shows the first that has.
    QCOMPARE(m_page->accountId(), withMeters->id);
    auto* combo = m_page->findChild<QComboBox*>(u"meterAccount"_s);
    QCOMPARE(combo->count(),
             std::count_if(m_accounts.cbegin(), m_accounts.cend(),
                           [](const Account& account) { return account.hasMeters; }));
    m_page->setCurrentAccountId(without->id);
    QCOMPARE(m_page->accountId(), withMeters->id);
    m_page->setCurrentAccountId(withMeters->id);
    QCOMPARE(m_page->accountId(), withMeters->id);
}

void tst_MeterReadingsPage::aReadingLowerThanTheLastIsRefusedWithItsMessage()
{
    const Meter meter = m_page->meters()->effectiveMeter(0);
    QVERIFY(meter.hasLastReading());
    QVERIFY(meter.lastValueThousandths > 1000);
    QSignalSpy queued(&m_rig.outbox(), &Outbox::queued);
    const QDate date = DemoServer::demoNow().date();

    enter(MeterValueText::format(meter.lastValueThousandths - 1000), date);
    QCOMPARE(shownText(m_page.get(), u"readingMessage"_s),
             MeterReadingCheck::problemText(MeterReadingCheck::Problem::BelowLast));
    OutboxRig::saveShot(m_page.get(), u"meters-below-last"_s);

    enter(MeterValueText::format(meter.lastValueThousandths
                                 + MeterReadingCheck::maxIncreaseThousandths + 1),
          date);
    QCOMPARE(shownText(m_page.get(), u"readingMessage"_s),
             MeterReadingCheck::problemText(MeterReadingCheck::Problem::TooFarAboveLast));

    enter(u"двенадцать"_s, date);
    QCOMPARE(shownText(m_page.get(), u"readingMessage"_s),
             MeterValueText::problemText(MeterValueText::Problem::NotANumber));

    enter(MeterValueText::format(meter.lastValueThousandths + 1000), meter.lastReadingDate);
    QCOMPARE(shownText(m_page.get(), u"readingMessage"_s),
             MeterReadingCheck::problemText(MeterReadingCheck::Problem::SameDateAsLast));

    // Typing again clears the message; nothing went to the outbox or the server.
    QTest::keyClick(m_page->findChild<QLineEdit*>(u"readingValue"_s), Qt::Key_Backspace);
    QCOMPARE(shownText(m_page.get(), u"readingMessage"_s), QString());
    QTest::qWait(200);
    QCOMPARE(queued.size(), 0);
    QCOMPARE(qint64(serverMeter(meter.id).value(u"lastValueThousandths"_s).toDouble()),
             meter.lastValueThousandths);
}

void tst_MeterReadingsPage::aGoodReadingReachesTheServer()
{
    const Meter meter = m_page->meters()->effectiveMeter(0);
    const QDate date = DemoServer::demoNow().date();
    QVERIFY(date > meter.lastReadingDate);
    const qint64 value = meter.lastValueThousandths + 2500;
    QSignalSpy sent(&m_rig.outbox(), &Outbox::itemSent);
    enter(MeterValueText::format(value), date);
    QCOMPARE(shownText(m_page.get(), u"readingMessage"_s), QString());
    QVERIFY(sent.wait(waitMs));
    QCOMPARE(sent.at(0).at(1).value<OutboxItem::Kind>(), OutboxItem::Kind::MeterReading);

    const QJsonObject onServer = serverMeter(meter.id);
    QCOMPARE(qint64(onServer.value(u"lastValueThousandths"_s).toDouble()), value);
    QCOMPARE(onServer.value(u"lastReadingDate"_s).toString(), date.toString(Qt::ISODate));

    // The page shows it accepted, as the server's answer put it in the cache.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->history()->index(0, MeterReadingHistoryModel::StateColumn).data().toString(),
        MeterReadingHistoryModel::tr("Accepted"), waitMs);
    QCOMPARE(m_page->history()->index(0, MeterReadingHistoryModel::ValueColumn).data().toString(),
             MeterValueText::format(value));
    QCOMPARE(m_page->meters()->index(0, MeterListModel::LastValueColumn).data().toString(),
             MeterValueText::format(value));
    QCOMPARE(shownText(m_page.get(), u"readingStatus"_s),
             MeterReadingEditor::tr("The reading has been accepted."));
    OutboxRig::saveShot(m_page.get(), u"meters-accepted"_s);
}

void tst_MeterReadingsPage::aReadingEnteredOfflineWaitsAndCountsAsTheLast()
{
    QVERIFY(m_page->meters()->rowCount() >= 2);
    const Meter meter = m_page->meters()->effectiveMeter(1);
    QVERIFY(m_page->selectMeter(meter.id));
    // The server's "now" is 2024-10-15 10:00 UTC, so the 16th is already a day somewhere.
    const QDate date = DemoServer::demoNow().date().addDays(1);
    const qint64 value = meter.lastValueThousandths + 4000;
    QVERIFY(m_rig.stopServer());

    QSignalSpy rounds(&m_rig.outbox(), &Outbox::roundFinished);
    enter(MeterValueText::format(value), date);
    QVERIFY(rounds.wait(waitMs));
    QCOMPARE(rounds.at(0).at(0).value<OutboxRound>().end, OutboxRound::End::Offline);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->history()->index(0, MeterReadingHistoryModel::StateColumn).data().toString(),
        MeterReadingHistoryModel::tr("Waiting to be sent"), waitMs);
    QCOMPARE(m_page->meters()->index(1, MeterListModel::LastValueColumn).data().toString(),
             MeterValueText::format(value));
    OutboxRig::saveShot(m_page.get(), u"meters-waiting"_s);

    // The waiting reading is the last one now: a value between the two is too low.
    QSignalSpy queued(&m_rig.outbox(), &Outbox::queued);
    enter(MeterValueText::format(value - 1000), date.addDays(1));
    QCOMPARE(shownText(m_page.get(), u"readingMessage"_s),
             MeterReadingCheck::problemText(MeterReadingCheck::Problem::BelowLast));
    QCOMPARE(queued.size(), 0);

    QVERIFY2(m_rig.startServerAgain(), qPrintable(m_rig.errorString()));
    const std::optional<OutboxRound> round = m_rig.sendPending();
    QVERIFY(round);
    QCOMPARE(round->end, OutboxRound::End::Drained);
    QCOMPARE(round->sent, 1);
    const QJsonObject onServer = serverMeter(meter.id);
    QCOMPARE(qint64(onServer.value(u"lastValueThousandths"_s).toDouble()), value);
    QCOMPARE(onServer.value(u"lastReadingDate"_s).toString(), date.toString(Qt::ISODate));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->history()->index(0, MeterReadingHistoryModel::StateColumn).data().toString(),
        MeterReadingHistoryModel::tr("Accepted"), waitMs);
}

QTEST_MAIN(tst_MeterReadingsPage)
#include "tst_meterreadingspage.moc"
