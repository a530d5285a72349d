#include "CabinetSession.h"
#include "DemoCacheRig.h"
#include "DesktopApp.h"
#include "PortalProcess.h"
#include "accounts/AccountListModel.h"
#include "accounts/HomePage.h"
#include "building/BuildingPage.h"
#include "building/RepairPlanModel.h"
#include "cache/SqlCipherDriver.h"
#include "login/LoginPage.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "news/NewsPage.h"
#include "organizations/OrganizationListModel.h"
#include "organizations/OrganizationsPage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int waitMs = 20000;
} // namespace

// The wiring of «Технические характеристики МКД», «Организации» and «Новости» in the whole
// application (DesktopApp, CabinetSession): signed in to the real kabinet-portal, the window holds
// the three pages, fills them from the first sync, counts the news not seen yet beside «Новости»,
// and shows the house of the account opened on «Главная».
class TestSectionWiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theSectionsFollowTheCabinet();

private:
    QTemporaryDir m_cacheRoot;
    PortalProcess m_portal;
};

void TestSectionWiring::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_sectionwiring"_s);
    QSettings().clear();
    SqlCipherDriver::registerDriver();
    QVERIFY(m_cacheRoot.isValid());
    QVERIFY(m_portal.setClock(QDateTime(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC)));
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
}

void TestSectionWiring::theSectionsFollowTheCabinet()
{
    DesktopApp app;
    DesktopApp::Options options;
    options.server = m_portal.baseUrl();
    options.caFile = m_portal.caPath();
    options.cacheRoot = m_cacheRoot.path();
    QVERIFY2(app.start(options), qPrintable(app.errorText()));
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    LoginPage* login = app.signInWindow()->loginPage();
    auto* name = login->findChild<QLineEdit*>(u"login"_s);
    name->clear();
    QTest::keyClicks(name, u"demo"_s);
    QTest::keyClicks(login->findChild<QLineEdit*>(u"password"_s), u"kapremont"_s);
    login->findChild<QCheckBox*>(u"remember"_s)->setChecked(false);
    QTest::mouseClick(login->findChild<QPushButton*>(u"signIn"_s), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&opened] { return opened.count() == 1; }, waitMs));

    MainWindow* window = app.mainWindow();
    QVERIFY(window);
    window->resize(1100, 760);
    auto* building = qobject_cast<BuildingPage*>(window->sectionPage(MainSection::Building));
    auto* organizations =
        qobject_cast<OrganizationsPage*>(window->sectionPage(MainSection::Organizations));
    auto* news = qobject_cast<NewsPage*>(window->sectionPage(MainSection::News));
    QVERIFY(building && organizations && news);

    // Filled by the first sync, without a visit.
    const QListWidgetItem* entry =
        window->findChild<QListWidget*>(u"navigation"_s)->item(int(MainSection::News));
    QTRY_COMPARE_WITH_TIMEOUT(entry->text(), u"News (6)"_s, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(organizations->model()->rowCount(), 4, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(building->plan()->rowCount() > 0, waitMs);
    QCOMPARE(building->accountId(), window->currentAccountId());

    // The account opened on «Главная» is the one whose house is shown.
    const QList<Account> accounts = window->homePage()->model()->accounts();
    QVERIFY(accounts.size() >= 2);
    const qint64 before = building->snapshot().buildingId;
    const Account other =
        accounts.last().id == building->accountId() ? accounts.first() : accounts.last();
    QVERIFY(other.buildingId && *other.buildingId != before);
    window->showAccount(other.id);
    QTRY_COMPARE_WITH_TIMEOUT(building->snapshot().buildingId, *other.buildingId, waitMs);
    window->showSection(MainSection::Building);
    DemoCacheRig::saveShot(window, u"app-building"_s);

    // Visiting «Новости» takes the count away.
    window->showSection(MainSection::News);
    QTRY_COMPARE_WITH_TIMEOUT(entry->text(), u"News"_s, waitMs);
    QCOMPARE(news->newCount(), 0);
    DemoCacheRig::saveShot(window, u"app-news"_s);
    window->showSection(MainSection::Organizations);
    DemoCacheRig::saveShot(window, u"app-organizations"_s);
}

QTEST_MAIN(TestSectionWiring)
#include "tst_sectionwiring.moc"
