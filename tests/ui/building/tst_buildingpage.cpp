#include "DemoCacheRig.h"
#include "building/BuildingPage.h"
#include "building/FieldTableModel.h"
#include "building/RepairPlanModel.h"
#include "main/MainWindow.h"
#include "store/BuildingStore.h"
#include "widgets/CopyableTableView.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;

// The test's own Russian money format, not the app's: groups of three parted by U+00A0, a comma
// and two decimals.
QString rubles(qint64 kopecks)
{
    const bool negative = kopecks < 0;
    const quint64 magnitude = negative ? quint64(-kopecks) : quint64(kopecks);
    QString whole = QString::number(magnitude / 100);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QChar(0x00A0));
    return (negative ? u"-"_s : QString()) + whole + u','
        + QString::number(magnitude % 100).rightJustified(2, u'0');
}

QString area(qint64 centiM2)
{
    return QString::number(centiM2 / 100) + u','
        + QString::number(centiM2 % 100).rightJustified(2, u'0') + u" sq. m"_s;
}

int periodKey(const QJsonValue& value)
{
    const QString text = value.toString(); // "2016-01"
    return text.left(4).toInt() * 100 + text.mid(5, 2).toInt();
}

QString valueOf(const FieldTableModel* model, const QString& key)
{
    const int row = model->rowOf(key);
    return row < 0 ? u"<no row %1>"_s.arg(key)
                   : model->index(row, FieldTableModel::ValueColumn).data().toString();
}

QVariant kopecksOf(const FieldTableModel* model, const QString& key)
{
    const int row = model->rowOf(key);
    return row < 0
        ? QVariant()
        : model->index(row, FieldTableModel::ValueColumn).data(FieldTableModel::KopecksRole);
}

} // namespace

class TestBuildingPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyHouseMatchesTheServer();
    void followsTheWindowsCurrentAccount();
    void readsTheCacheAgainWhenTheAccountsCome();
    void tablesAreCopyableAndKeyboardNavigable();
    void anAccountWithoutAHouseSaysSo();
    void everyRowShowsInTheWindow();

private:
    // Shows accountId's house and waits until it is read.
    bool showHouseOf(BuildingPage& page, qint64 accountId);

    DemoCacheRig m_rig;
    QList<Account> m_accounts;
};

void TestBuildingPage::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    const std::optional<QList<Account>> accounts = m_rig.accounts();
    QVERIFY(accounts);
    m_accounts = *accounts;
    QCOMPARE(m_accounts.size(), 3);
}

bool TestBuildingPage::showHouseOf(BuildingPage& page, qint64 accountId)
{
    page.setAccounts(m_accounts);
    page.setCurrentAccountId(accountId);
    const qint64 buildingId = [&] {
        for (const Account& account : std::as_const(m_accounts)) {
            if (account.id == accountId)
                return account.buildingId.value_or(0);
        }
        return qint64(0);
    }();
    return QTest::qWaitFor(
        [&] {
            return page.snapshot().buildingId == buildingId && page.snapshot().building
                && page.accountId() == accountId;
        },
        waitMs);
}

void TestBuildingPage::everyHouseMatchesTheServer()
{
    BuildingPage page(&m_rig.reader());
    page.resize(1000, 900);
    page.show();
    int works = 0;
    int unestimated = 0;
    QSet<QString> statuses;
    const QJsonArray serverAccounts = m_rig.serverItems(u"/api/v1/accounts"_s);
    QCOMPARE(serverAccounts.size(), m_accounts.size());
    for (const QJsonValue& accountValue : serverAccounts) {
        const QJsonObject account = accountValue.toObject();
        const qint64 accountId = account.value(u"id"_s).toInteger();
        const qint64 buildingId = account.value(u"buildingId"_s).toInteger();
        QVERIFY(buildingId > 0);
        QVERIFY2(showHouseOf(page, accountId), qPrintable(QString::number(accountId)));
        const QJsonObject house = m_rig.serverObject(u"/api/v1/buildings/%1"_s.arg(buildingId));
        QCOMPARE(house.value(u"id"_s).toInteger(), buildingId);
        const QString label = account.value(u"number"_s).toString();

        // The passport, field by field.
        const FieldTableModel* passport = page.passport();
        QCOMPARE(valueOf(passport, u"yearBuilt"_s),
                 QString::number(house.value(u"yearBuilt"_s).toInt()));
        QCOMPARE(valueOf(passport, u"floors"_s), QString::number(house.value(u"floors"_s).toInt()));
        QCOMPARE(valueOf(passport, u"entrances"_s),
                 QString::number(house.value(u"entrances"_s).toInt()));
        QCOMPARE(valueOf(passport, u"flats"_s), QString::number(house.value(u"flats"_s).toInt()));
        QCOMPARE(valueOf(passport, u"totalArea"_s),
                 area(house.value(u"totalAreaCentiM2"_s).toInteger()));
        QCOMPARE(valueOf(passport, u"livingArea"_s),
                 area(house.value(u"livingAreaCentiM2"_s).toInteger()));
        QCOMPARE(valueOf(passport, u"wallMaterial"_s), house.value(u"wallMaterial"_s).toString());
        QCOMPARE(valueOf(passport, u"roofType"_s), house.value(u"roofType"_s).toString());
        QStringList utilities;
        for (const QJsonValue& utility : house.value(u"utilities"_s).toArray())
            utilities.append(utility.toString());
        QVERIFY(!utilities.isEmpty());
        QCOMPARE(valueOf(passport, u"utilities"_s), utilities.join(u", "_s));
        const QString fundAccount = house.value(u"fundAccount"_s).toString();
        QCOMPARE(valueOf(passport, u"fundAccount"_s),
                 fundAccount == u"regional_operator"_s     ? u"On the regional operator's account"_s
                     : fundAccount == u"special_account"_s ? u"On a special account"_s
                                                           : u"not given"_s);
        const auto* address = page.findChild<QLabel*>(u"buildingAddress"_s);
        QVERIFY(address->text().contains(house.value(u"address"_s).toString().toHtmlEscaped()));

        // The plan: every work, in the server's order of planned start.
        const QJsonArray serverWorks = house.value(u"works"_s).toArray();
        const RepairPlanModel* plan = page.plan();
        QCOMPARE(plan->rowCount(), int(serverWorks.size()));
        QList<int> starts;
        for (int row = 0; row < plan->rowCount(); ++row) {
            const QJsonObject work = serverWorks.at(row).toObject();
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return plan->index(row, column).data(role);
            };
            QCOMPARE(cell(RepairPlanModel::WorkColumn, RepairPlanModel::WorkIdRole).toLongLong(),
                     work.value(u"id"_s).toInteger());
            QCOMPARE(cell(RepairPlanModel::WorkColumn).toString(),
                     work.value(u"name"_s).toString());
            const QList<int> keys = {periodKey(work.value(u"plannedFrom"_s)),
                                     periodKey(work.value(u"plannedTo"_s))};
            QCOMPARE(cell(RepairPlanModel::PeriodColumn, RepairPlanModel::PeriodKeysRole)
                         .value<QList<int>>(),
                     keys);
            starts.append(keys.first());
            const QString status = work.value(u"status"_s).toString();
            statuses.insert(status);
            QCOMPARE(cell(RepairPlanModel::StatusColumn, RepairPlanModel::StatusKeyRole).toString(),
                     status);
            const QJsonValue cost = work.value(u"costKopecks"_s);
            if (cost.isNull()) {
                ++unestimated;
                QVERIFY(!cell(RepairPlanModel::CostColumn, RepairPlanModel::KopecksRole).isValid());
                QCOMPARE(cell(RepairPlanModel::CostColumn).toString(), u"not estimated"_s);
            } else {
                QCOMPARE(
                    cell(RepairPlanModel::CostColumn, RepairPlanModel::KopecksRole).toLongLong(),
                    cost.toInteger());
                QCOMPARE(cell(RepairPlanModel::CostColumn).toString(), rubles(cost.toInteger()));
            }
            ++works;
        }
        QVERIFY(std::is_sorted(starts.cbegin(), starts.cend()));

        // The fund, to the kopeck.
        const QJsonObject fund = house.value(u"fund"_s).toObject();
        const FieldTableModel* figures = page.fund();
        const qint64 charged = fund.value(u"chargedKopecks"_s).toInteger();
        const qint64 paid = fund.value(u"paidKopecks"_s).toInteger();
        const qint64 debt = fund.value(u"debtKopecks"_s).toInteger();
        const qint64 spent = fund.value(u"spentKopecks"_s).toInteger();
        QVERIFY2(charged > 0 && paid > 0, qPrintable(label));
        QCOMPARE(kopecksOf(figures, u"charged"_s).toLongLong(), charged);
        QCOMPARE(kopecksOf(figures, u"paid"_s).toLongLong(), paid);
        QCOMPARE(kopecksOf(figures, u"debt"_s).toLongLong(), debt);
        QCOMPARE(kopecksOf(figures, u"spentOnWorks"_s).toLongLong(), spent);
        QCOMPARE(kopecksOf(figures, u"remaining"_s).toLongLong(), paid - spent);
        QCOMPARE(valueOf(figures, u"charged"_s), rubles(charged) + u" ₽"_s);
        QCOMPARE(valueOf(figures, u"debt"_s), rubles(qAbs(debt)) + u" ₽"_s);
        QCOMPARE(valueOf(figures, u"spentOnWorks"_s), rubles(spent) + u" ₽"_s);
        const QDate asOf = QDate::fromString(fund.value(u"asOf"_s).toString(), Qt::ISODate);
        QVERIFY(asOf.isValid());
        QVERIFY(page.findChild<QLabel*>(u"sectionTitle"_s) != nullptr);
        bool titled = false;
        for (const QLabel* title : page.findChildren<QLabel*>(u"sectionTitle"_s))
            titled = titled || title->text().contains(asOf.toString(u"dd.MM.yyyy"));
        QVERIFY2(titled, qPrintable(label));

        DemoCacheRig::saveShot(&page, u"building-"_s + label);
    }
    // The demo's plan has something of every kind, so the comparisons above cannot pass empty.
    QVERIFY(works >= 5);
    QVERIFY(unestimated >= 1);
    QCOMPARE(statuses,
             (QSet<QString> {u"planned"_s, u"in_progress"_s, u"completed"_s, u"postponed"_s,
                             u"cancelled"_s}));
}

void TestBuildingPage::followsTheWindowsCurrentAccount()
{
    BuildingPage page(&m_rig.reader());
    page.setAccounts(m_accounts);
    // With no current account the first is shown; the window's choice wins once it comes.
    QTRY_COMPARE_WITH_TIMEOUT(page.snapshot().buildingId, m_accounts.first().buildingId.value(),
                              waitMs);
    const Account& last = m_accounts.last();
    QVERIFY(last.buildingId != m_accounts.first().buildingId);
    page.setCurrentAccountId(last.id);
    QCOMPARE(page.accountId(), last.id);
    QTRY_COMPARE_WITH_TIMEOUT(page.snapshot().buildingId, last.buildingId.value(), waitMs);
    // A new list of accounts keeps the choice.
    page.setAccounts(m_accounts);
    QCOMPARE(page.accountId(), last.id);
}

void TestBuildingPage::readsTheCacheAgainWhenTheAccountsCome()
{
    BuildingPage page(&m_rig.reader());
    const Account& account = m_accounts.first();
    QVERIFY(showHouseOf(page, account.id));
    const Building before = *page.snapshot().building;

    // As a sync would change it.
    BuildingStore store(m_rig.cache().database());
    Building changed = before;
    changed.floors = before.floors + 1;
    QVERIFY(store.upsertBuilding(changed));
    QSignalSpy reloaded(&page, &BuildingPage::reloaded);
    page.setAccounts(m_accounts);
    QVERIFY(reloaded.wait(waitMs));
    QCOMPARE(valueOf(page.passport(), u"floors"_s), QString::number(before.floors + 1));
    QVERIFY(store.upsertBuilding(before));
}

void TestBuildingPage::tablesAreCopyableAndKeyboardNavigable()
{
    BuildingPage page(&m_rig.reader());
    page.resize(1000, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    qint64 withPlan = 0;
    for (const Account& account : std::as_const(m_accounts)) {
        QVERIFY(showHouseOf(page, account.id));
        if (page.plan()->rowCount() >= 3) {
            withPlan = account.id;
            break;
        }
    }
    QVERIFY(withPlan != 0);

    CopyableTableView* view = page.planView();
    view->setFocus();
    view->setCurrentIndex(page.plan()->index(0, RepairPlanModel::WorkColumn));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), page.plan()->rowCount());
    QCOMPARE(lines.first().split(u'\t').first(), page.plan()->works().first().name);
    QCOMPARE(lines.first().split(u'\t').size(), int(RepairPlanModel::ColumnCount));

    page.fundView()->setFocus();
    page.fundView()->selectAll();
    page.fundView()->copySelection();
    QVERIFY(QGuiApplication::clipboard()->text().contains(valueOf(page.fund(), u"paid"_s)));
}

void TestBuildingPage::anAccountWithoutAHouseSaysSo()
{
    BuildingPage page(&m_rig.reader());
    Account unlinked = m_accounts.first();
    unlinked.buildingId.reset();
    QSignalSpy reloaded(&page, &BuildingPage::reloaded);
    page.setAccounts({unlinked});
    QVERIFY(!reloaded.isEmpty());
    QVERIFY(!page.snapshot().building);
    const auto* state = page.findChild<QLabel*>(u"buildingState"_s);
    QVERIFY(!state->isHidden());
    QVERIFY(state->text().contains(u"not linked a house"_s));
    QVERIFY(page.passportView()->parentWidget()->isHidden());

    page.setAccounts({});
    QVERIFY(state->text().contains(u"No personal account"_s));
    QCOMPARE(page.accountId(), 0);
}

void TestBuildingPage::everyRowShowsInTheWindow()
{
    MainWindow window;
    auto* page = new BuildingPage(&m_rig.reader());
    window.setSectionPage(MainSection::Building, page);
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Read while another section is shown, as after a sync, and only then looked at: the tables
    // are laid out at a width other than the one they get.
    QVERIFY(showHouseOf(*page, m_accounts.first().id));
    window.showSection(MainSection::Building);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    // Each table shows all its rows, wrapped ones included, with no empty band below them.
    for (const CopyableTableView* view :
         {page->passportView(), page->fundView(), page->planView()}) {
        int rows = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            rows += view->rowHeight(row);
        const int shown = view->viewport()->height();
        QVERIFY2(
            shown >= rows && shown <= rows + 2,
            qPrintable(u"%1: %2 for rows of %3"_s.arg(view->objectName()).arg(shown).arg(rows)));
    }
    const QWidget* content = page->findChild<QScrollArea*>()->widget();
    const int passportBottom =
        page->passportView()->mapTo(content, QPoint(0, page->passportView()->height())).y();
    const int planTop = page->planView()->mapTo(content, QPoint(0, 0)).y();
    QVERIFY2(passportBottom < planTop, qPrintable(u"%1 %2"_s.arg(passportBottom).arg(planTop)));
    DemoCacheRig::saveShot(&window, u"building-window"_s);

    // Narrower, the texts wrap into more lines, and the tables grow with them.
    const int before = page->passportView()->height();
    window.resize(800, 760);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QTRY_VERIFY(page->passportView()->height() > before);
    int rows = 0;
    for (int row = 0; row < page->passport()->rowCount(); ++row)
        rows += page->passportView()->rowHeight(row);
    QTRY_VERIFY(page->passportView()->viewport()->height() >= rows);
}

QTEST_MAIN(TestBuildingPage)
#include "tst_buildingpage.moc"
