#include "UiTestCache.h"
#include "accounts/AccountCardPage.h"
#include "accounts/AccountListModel.h"
#include "accounts/ChargeTableModel.h"
#include "accounts/HomePage.h"
#include "cache/CacheReader.h"
#include "cache/CacheReaderThread.h"
#include "main/MainWindow.h"
#include "widgets/CopyableTableView.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void navigationSwitchesSections();
    void aSectionPageIsBuiltWhenFirstShown();
    void meterReadingsOnlyWithMeters();
    void signOutIsAnAction();
    void currentAccountFollowsTheOpenedCard();
    void restoresGeometryAndSection();
    void offlineBannerShowsAndHides();
    void saysNothingOfAccountsOrSyncsBeforeTheCacheIsRead();
    void showsTheCacheAndRendersScreenshots();
};

namespace {

QListWidget* navigation(const MainWindow& window)
{
    return window.findChild<QListWidget*>(u"navigation"_s);
}

QListWidgetItem* navigationItem(const MainWindow& window, MainSection section)
{
    return navigation(window)->item(int(section));
}

// Where the screenshots go: KABINET_UI_SCREENSHOT_DIR when set, else the test's folder.
QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("KABINET_UI_SCREENSHOT_DIR");
    return dir.isEmpty() ? name : QDir(dir).filePath(name);
}

} // namespace

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
}

void TestMainWindow::navigationSwitchesSections()
{
    MainWindow window;
    QCOMPARE(window.currentSection(), MainSection::Home);
    navigation(window)->setCurrentRow(int(MainSection::Payments));
    QCOMPARE(window.currentSection(), MainSection::Payments);
    auto* stack = window.findChild<QStackedWidget*>(u"sections"_s);
    const auto* title = stack->currentWidget()->findChild<QLabel*>(u"pageTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), MainSectionInfo::title(MainSection::Payments));
    window.showSection(MainSection::News);
    QCOMPARE(navigation(window)->currentRow(), int(MainSection::News));
    QCOMPARE(stack->currentIndex(), int(MainSection::News));
}

void TestMainWindow::aSectionPageIsBuiltWhenFirstShown()
{
    MainWindow window;
    int made = 0;
    QPointer<QLabel> page;
    window.setSectionPageFactory(MainSection::Charges, [&made, &page]() -> QWidget* {
        ++made;
        page = new QLabel(u"charges"_s);
        return page;
    });
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Not built for the start, nor for another section.
    window.showSection(MainSection::Payments);
    QCOMPARE(made, 0);
    QVERIFY(!window.isSectionPageBuilt(MainSection::Charges));

    navigation(window)->setCurrentRow(int(MainSection::Charges));
    QCOMPARE(made, 1);
    QVERIFY(window.isSectionPageBuilt(MainSection::Charges));
    auto* stack = window.findChild<QStackedWidget*>(u"sections"_s);
    QCOMPARE(stack->currentWidget(), page.data());
    QCOMPARE(window.sectionPage(MainSection::Charges), page.data());

    // Once: showing it again, or asking for it, keeps the same page.
    window.showSection(MainSection::Home);
    window.showSection(MainSection::Charges);
    QCOMPARE(made, 1);

    // sectionPage() builds a page nobody showed yet, without showing it.
    int newsMade = 0;
    window.setSectionPageFactory(MainSection::News, [&newsMade]() -> QWidget* {
        ++newsMade;
        return new QLabel(u"news"_s);
    });
    QVERIFY(window.sectionPage(MainSection::News));
    QCOMPARE(newsMade, 1);
    QCOMPARE(window.currentSection(), MainSection::Charges);
}

void TestMainWindow::meterReadingsOnlyWithMeters()
{
    MainWindow window;
    Account account = UiTestCache::figure6Account();
    window.setAccounts({account});
    QVERIFY(navigationItem(window, MainSection::MeterReadings)->isHidden());
    window.showSection(MainSection::MeterReadings);
    QCOMPARE(window.currentSection(), MainSection::Home);

    account.hasMeters = true;
    window.setAccounts({account});
    QVERIFY(!navigationItem(window, MainSection::MeterReadings)->isHidden());
    window.showSection(MainSection::MeterReadings);
    QCOMPARE(window.currentSection(), MainSection::MeterReadings);

    account.hasMeters = false;
    window.setAccounts({account});
    QVERIFY(navigationItem(window, MainSection::MeterReadings)->isHidden());
    QCOMPARE(window.currentSection(), MainSection::Home);
}

void TestMainWindow::signOutIsAnAction()
{
    MainWindow window;
    window.showSection(MainSection::News);
    QSignalSpy signOut(&window, &MainWindow::signOutRequested);
    navigation(window)->setCurrentRow(int(MainSection::SignOut));
    QCOMPARE(signOut.count(), 1);
    QCOMPARE(window.currentSection(), MainSection::News);
    QCOMPARE(navigation(window)->currentRow(), int(MainSection::News));
}

void TestMainWindow::currentAccountFollowsTheOpenedCard()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::currentAccountChanged);
    QCOMPARE(window.currentAccountId(), 0);
    Account first = UiTestCache::figure6Account();
    Account second = first;
    second.id = first.id + 1;
    second.number = u"17103"_s;
    window.setAccounts({first, second});
    QCOMPARE(window.currentAccountId(), first.id);
    window.showAccount(second.id);
    QCOMPARE(window.currentAccountId(), second.id);
    // A sync that keeps it linked keeps it current; unlinking it falls back to the first.
    window.setAccounts({first, second});
    QCOMPARE(window.currentAccountId(), second.id);
    window.setAccounts({first});
    QCOMPARE(window.currentAccountId(), first.id);
    window.setAccounts({});
    QCOMPARE(window.currentAccountId(), 0);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.last().at(0).toLongLong(), 0);
}

void TestMainWindow::restoresGeometryAndSection()
{
    QSettings().clear();
    QSize size;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(820, 560);
        size = window.size();
        window.showSection(MainSection::Organizations);
        window.close();
    }
    // No secrets among what was saved.
    const QStringList keys = QSettings().allKeys();
    QCOMPARE(keys.size(), 2);

    MainWindow fresh;
    QCOMPARE(fresh.currentSection(), MainSection::Organizations);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QCOMPARE(fresh.size(), size);
    QVERIFY(size != QSize(1000, 640)); // not merely the default
}

void TestMainWindow::offlineBannerShowsAndHides()
{
    MainWindow window;
    QVERIFY(!window.isOfflineBannerVisible());
    const QDateTime at(QDate(2014, 10, 2), QTime(9, 30), Qt::UTC);
    window.setOffline(true, at);
    QVERIFY(window.isOfflineBannerVisible());
    const auto* banner = window.findChild<QWidget*>(u"offlineBanner"_s);
    QVERIFY(banner->findChild<QLabel*>()->text().contains(
        QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
    window.setOffline(false, at);
    QVERIFY(!window.isOfflineBannerVisible());
}

void TestMainWindow::showsTheCacheAndRendersScreenshots()
{
    QSettings().clear();
    UiTestCache cache;
    QVERIFY(cache.create());
    CacheReaderThread reader(cache.path(), cache.key());
    MainWindow window;
    window.resize(1100, 680);
    QSignalSpy accountsRead(reader.reader(), &CacheReader::accountsRead);
    QSignalSpy profileRead(reader.reader(), &CacheReader::profileRead);
    window.setCacheReader(&reader);
    QTRY_COMPARE(accountsRead.count(), 1);
    QTRY_COMPARE(profileRead.count(), 1);
    QTRY_COMPARE(window.homePage()->model()->rowCount(), 2);
    QVERIFY(window.findChild<QLabel*>(u"greeting"_s)->text().contains(UiTestCache::login()));

    window.setSyncState(u"Updated"_s, false);
    window.setLastSynced(QDateTime(QDate(2014, 10, 2), QTime(9, 30), Qt::UTC));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.grab().save(screenshotPath(u"ui-main.png"_s)));

    // Enter on account 16616 (second by number) opens its card.
    CopyableTableView* accounts = window.homePage()->view();
    accounts->setFocus();
    accounts->setCurrentIndex(accounts->model()->index(1, 0));
    QSignalSpy cardRead(reader.reader(), &CacheReader::cardRead);
    QTest::keyClick(accounts, Qt::Key_Return);
    QTRY_COMPARE(cardRead.count(), 1);
    QTRY_COMPARE(window.cardPage()->accountId(), qint64(16616));
    QVERIFY(window.cardPage()->isVisible());
    const ChargeTableModel* charges = window.cardPage()->chargesModel();
    QCOMPARE(charges->rowCount(), 2);
    QCOMPARE(charges->total(), UiTestCache::figure6Line().total);
    const QString details = window.cardPage()->findChild<QLabel*>(u"accountDetails"_s)->text();
    QVERIFY(details.contains(u"31,60"_s));
    QVERIFY(window.cardPage()
                ->findChild<QLabel*>(u"sectionTitle"_s)
                ->text()
                .contains(u"сентябрь 2014"_s));
    QVERIFY(window.cardPage()->findChild<QLabel*>(u"balance"_s)->text().contains(u"220,25"_s));
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(screenshotPath(u"ui-card.png"_s)));

    // The history links lead to their sections.
    QTest::mouseClick(window.cardPage()->findChild<QPushButton*>(u"paymentsHistory"_s),
                      Qt::LeftButton);
    QCOMPARE(window.currentSection(), MainSection::Payments);
    window.setCacheReader(nullptr);
}

void TestMainWindow::saysNothingOfAccountsOrSyncsBeforeTheCacheIsRead()
{
    // A start shows the window before its cache is read: "no account is linked" and "not
    // synchronised yet" would be wrong for that moment.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* noAccounts = window.findChild<QLabel*>(u"noAccounts"_s);
    auto* lastSynced = window.findChild<QLabel*>(u"lastSynced"_s);
    QVERIFY(noAccounts && lastSynced);
    // Hidden, not merely off screen: the window may open on another section (its settings).
    QVERIFY(noAccounts->isHidden());
    QVERIFY(window.homePage()->view()->isHidden());
    QCOMPARE(lastSynced->text(), QString());

    // Once read, an empty cache says so.
    window.homePage()->setAccounts({});
    QVERIFY(!noAccounts->isHidden());
    window.setLastSynced({});
    QVERIFY(!lastSynced->text().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
