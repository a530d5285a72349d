#include "CabinetSession.h"
#include "DesktopApp.h"
#include "PortalProcess.h"
#include "accounts/AccountCardPage.h"
#include "accounts/AccountListModel.h"
#include "accounts/ChargeTableModel.h"
#include "accounts/DecimalText.h"
#include "accounts/HomePage.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheLocation.h"
#include "cache/CacheVault.h"
#include "cache/SqlCipherDriver.h"
#include "link/AddressPicker.h"
#include "link/LinkAccountDialog.h"
#include "login/LoginPage.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "main/OfflineBanner.h"
#include "profile/LocalDataCleaner.h"
#include "profile/ProfilePage.h"
#include "store/AccountStore.h"
#include "store/ChargeStore.h"
#include "store/PaymentStore.h"
#include "widgets/CaptchaField.h"
#include "widgets/CopyableTableView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using Level = AddressQuery::Level;

namespace {

const QString demoLogin = u"demo"_s;
const QString demoPassword = u"kapremont"_s;
const QString captchaAnswer = u"ABCDE"_s;
// docs/demo.md: the account anybody may link, its last payment on the 20th of the last closed
// month of the server's clock (fixed below at 2024-10-15, so 2024-09).
const QString linkableNumber = u"16621"_s;
const QDate linkablePaymentDate(2024, 9, 20);

// QTest::keyClicks() knows ASCII only; the address directory's names are Cyrillic.
void type(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

// Whole-application flows, as a user clicks them: DesktopApp with its CabinetSession, MainWindow,
// the sync engine and the encrypted cache, against the real kabinet-portal with the demo data and
// a real Secret Service (gnome-keyring, started by the CTest wrapper). What the window shows is
// compared with what the server answers an independent client, so the whole way from the wire
// through the cache to the models is checked. The slots run in order and share the server, the
// cache and the signed-in window: the account linked in the first is unlinked in the third, and
// the last stops the server.
class tst_CabinetFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linkingRefusesAWrongSumThenBringsTheAccountHome();
    void everyAccountCardMatchesTheServerToTheKopeck();
    void unlinkingInTheProfileRemovesTheAccountEverywhere();
    void withTheServerStoppedTheCachedCardsShowOffline();

private:
    struct ServerAccount
    {
        qint64 id = 0;
        qint64 balanceKopecks = 0;
    };
    struct ServerCharges
    {
        Period lastClosed;
        QList<QJsonObject> lines; // of lastClosed, in the server's order
    };

    // The server's side, asked as a client of its own would ask.
    QString accessToken();
    QMap<QString, ServerAccount> serverAccounts();
    ServerCharges serverCharges(qint64 accountId);

    // Types the password into the login form (not remembered) and presses «Войти».
    static void signIn(DesktopApp& app);
    // The cabinet open and synced; signs in first when the window is not open (an earlier slot
    // failed, or this one runs alone).
    bool cabinetReady();
    bool syncIdle(int timeoutMs = 20000);
    MainWindow* window() const { return m_app->mainWindow(); }
    static QMap<QString, qint64> shownBalances(MainWindow& window);

    static bool choose(AddressPicker* picker, const QString& name);
    static bool fillLinkForm(LinkAccountDialog& dialog, const QString& sum);
    // Double-clicks the account's row on «Главная» and waits for its card.
    static bool openCard(MainWindow& window, const QString& number);
    static void clickSection(MainWindow& window, MainSection section);
    static QList<QStringList> tableText(const QAbstractItemModel& model);
    static QString balanceText(MainWindow& window);

    PortalProcess m_portal;
    QTemporaryDir m_cacheRoot;
    DesktopApp::Options m_options;
    std::unique_ptr<DesktopApp> m_app;
    QString m_token;
    qint64 m_linkedId = 0;
    // Number → what its card showed online: the charges table and the balance line.
    QMap<QString, QList<QStringList>> m_onlineTables;
    QMap<QString, QString> m_onlineBalances;
};

void tst_CabinetFlows::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_cabinetflows"_s);
    QSettings().clear();
    SqlCipherDriver::registerDriver();
    QVERIFY(m_cacheRoot.isValid());
    // A fixed "now" makes the linkable account's payment date known; a known captcha answer lets
    // the test type it.
    QVERIFY(m_portal.setClock(QDateTime(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC)));
    QVERIFY2(m_portal.start({u"--demo"_s, u"--test-captcha-answer"_s, captchaAnswer}),
             qPrintable(m_portal.errorString()));
    m_options.server = m_portal.baseUrl();
    m_options.caFile = m_portal.caPath();
    m_options.cacheRoot = m_cacheRoot.path();
}

QString tst_CabinetFlows::accessToken()
{
    if (m_token.isEmpty()) {
        const PortalReply login = m_portal.post(
            u"/api/v1/sessions"_s, {{u"login"_s, demoLogin}, {u"password"_s, demoPassword}});
        m_token = login.json.value(u"accessToken"_s).toString();
    }
    return m_token;
}

QMap<QString, tst_CabinetFlows::ServerAccount> tst_CabinetFlows::serverAccounts()
{
    const PortalReply reply =
        m_portal.get(u"/api/v1/accounts"_s, PortalClient::bearer(accessToken()));
    QMap<QString, ServerAccount> accounts;
    for (const QJsonValue& item : reply.json.value(u"items"_s).toArray()) {
        const QJsonObject account = item.toObject();
        accounts.insert(account.value(u"number"_s).toString(),
                        {qint64(account.value(u"id"_s).toDouble()),
                         qint64(account.value(u"balanceKopecks"_s).toDouble())});
    }
    return accounts;
}

tst_CabinetFlows::ServerCharges tst_CabinetFlows::serverCharges(qint64 accountId)
{
    // Without from/to: the last twelve closed periods, the last closed one among them.
    const PortalReply reply = m_portal.get(u"/api/v1/accounts/%1/charges"_s.arg(accountId),
                                           PortalClient::bearer(accessToken()));
    ServerCharges charges;
    charges.lastClosed = Period::fromIsoString(reply.json.value(u"lastClosedPeriod"_s).toString());
    for (const QJsonValue& item : reply.json.value(u"lines"_s).toArray()) {
        const QJsonObject line = item.toObject();
        if (Period::fromIsoString(line.value(u"period"_s).toString()) == charges.lastClosed)
            charges.lines.append(line);
    }
    return charges;
}

void tst_CabinetFlows::signIn(DesktopApp& app)
{
    LoginPage* page = app.signInWindow()->loginPage();
    auto* login = page->findChild<QLineEdit*>(u"login"_s);
    login->clear();
    QTest::keyClicks(login, demoLogin);
    QTest::keyClicks(page->findChild<QLineEdit*>(u"password"_s), demoPassword);
    page->findChild<QCheckBox*>(u"remember"_s)->setChecked(false);
    QTest::mouseClick(page->findChild<QPushButton*>(u"signIn"_s), Qt::LeftButton);
}

bool tst_CabinetFlows::syncIdle(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            const SyncEngine& engine = m_app->cabinet()->engine();
            return !engine.isSyncing() && engine.lastSyncedAt().isValid();
        },
        timeoutMs);
}

bool tst_CabinetFlows::cabinetReady()
{
    if (m_app && m_app->mainWindow())
        return syncIdle();
    m_app = std::make_unique<DesktopApp>();
    if (!m_app->start(m_options)) {
        qWarning("start: %s", qPrintable(m_app->errorText()));
        return false;
    }
    QSignalSpy opened(m_app.get(), &DesktopApp::cabinetOpened);
    signIn(*m_app);
    if (!QTest::qWaitFor([&opened] { return opened.count() == 1; }, 20000))
        return false;
    return syncIdle() && QTest::qWaitFor([this] { return !shownBalances(*window()).isEmpty(); });
}

QMap<QString, qint64> tst_CabinetFlows::shownBalances(MainWindow& window)
{
    QMap<QString, qint64> balances;
    for (const Account& account : window.homePage()->model()->accounts())
        balances.insert(account.number, account.balance.kopecks());
    return balances;
}

bool tst_CabinetFlows::choose(AddressPicker* picker, const QString& name)
{
    // As a user would: wait for the list, then type the name out in full.
    if (!QTest::qWaitFor(
            [picker] {
                return picker->comboBox()->isEnabled() && !picker->isLoading()
                    && !picker->items().isEmpty();
            },
            10000))
        return false;
    type(picker->comboBox()->lineEdit(), name);
    return QTest::qWaitFor(
        [picker, name] { return picker->selectedItem() && picker->selectedItem()->name == name; },
        5000);
}

bool tst_CabinetFlows::fillLinkForm(LinkAccountDialog& dialog, const QString& sum)
{
    if (!choose(dialog.picker(Level::District), u"Мирнинский район"_s)
        || !choose(dialog.picker(Level::Settlement), u"г.п. Мирный"_s)
        || !choose(dialog.picker(Level::Street), u"ул. Мира"_s)
        || !choose(dialog.picker(Level::House), u"4"_s)
        || !choose(dialog.picker(Level::Flat), u"12"_s))
        return false;
    retype(dialog.numberEdit(), linkableNumber);
    // What the calendar's click sets.
    dialog.paymentDateEdit()->setDate(linkablePaymentDate);
    retype(dialog.paymentSumEdit(), sum);
    if (!QTest::qWaitFor([&dialog] { return !dialog.captcha()->captchaId().isEmpty(); }, 10000))
        return false;
    retype(dialog.captcha()->answerEdit(), captchaAnswer);
    return true;
}

void tst_CabinetFlows::clickSection(MainWindow& window, MainSection section)
{
    auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
    QListWidgetItem* item = navigation->item(int(section));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(item).center());
}

bool tst_CabinetFlows::openCard(MainWindow& window, const QString& number)
{
    CopyableTableView* view = window.homePage()->view();
    const QAbstractItemModel* rows = view->model();
    const QModelIndex index = [rows, &number] {
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QModelIndex at = rows->index(row, AccountListModel::NumberColumn);
            if (at.data().toString() == number)
                return at;
        }
        return QModelIndex();
    }();
    if (!index.isValid() || !view->isVisible())
        return false;
    const qint64 id = index.data(AccountListModel::AccountIdRole).toLongLong();
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    AccountCardPage* card = window.cardPage();
    return QTest::qWaitFor([card, id] { return card->isVisible() && card->accountId() == id; },
                           10000);
}

QList<QStringList> tst_CabinetFlows::tableText(const QAbstractItemModel& model)
{
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    rows.append(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        rows.append(cells);
    }
    return rows;
}

QString tst_CabinetFlows::balanceText(MainWindow& window)
{
    return window.cardPage()->findChild<QLabel*>(u"balance"_s)->text();
}

void tst_CabinetFlows::linkingRefusesAWrongSumThenBringsTheAccountHome()
{
    QVERIFY(cabinetReady());
    const QMap<QString, ServerAccount> before = serverAccounts();
    QCOMPARE(before.size(), 3);
    QVERIFY(!before.contains(linkableNumber));
    QCOMPARE(shownBalances(*window()).keys(), before.keys());

    QTest::mouseClick(window()->findChild<QToolButton*>(u"addAccount"_s), Qt::LeftButton);
    auto* dialog = window()->findChild<LinkAccountDialog*>();
    QVERIFY(dialog);
    const QPointer<LinkAccountDialog> open = dialog; // deleted on close
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);

    // A sum one kopeck off: refused, the form stays open with its explanation, nothing is linked.
    QVERIFY(fillLinkForm(*dialog, u"1 499,99"_s));
    const QString spentCaptcha = dialog->captcha()->captchaId();
    QSignalSpy linked(dialog, &LinkAccountDialog::accountLinked);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QVERIFY(dialog->isSubmitting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSubmitting(), 10000);
    QVERIFY(linked.isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->formMessage().isEmpty());
    QVERIFY(dialog->findChild<QLabel*>(u"formMessage"_s)->isVisible());
    QCOMPARE(serverAccounts().keys(), before.keys());
    QVERIFY(syncIdle());
    QCOMPARE(shownBalances(*window()).keys(), before.keys());

    // The sum corrected (the rest of the form was kept), the new captcha answered: the form
    // closes and the sync brings the account to «Главная» with the server's balance.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->captcha()->captchaId().isEmpty()
                                 && dialog->captcha()->captchaId() != spentCaptcha,
                             10000);
    retype(dialog->paymentSumEdit(), u"1 500,00"_s);
    retype(dialog->captcha()->answerEdit(), captchaAnswer);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull() || !open->isVisible(), 10000);
    QCOMPARE(linked.count(), 1);
    const QMap<QString, ServerAccount> after = serverAccounts();
    QCOMPARE(after.size(), 4);
    QVERIFY(after.contains(linkableNumber));
    m_linkedId = after.value(linkableNumber).id;
    QMap<QString, qint64> expected;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        expected.insert(it.key(), it.value().balanceKopecks);
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*window()), expected, 20000);
    QCOMPARE(window()->currentSection(), MainSection::Home);
    QVERIFY(window()->homePage()->isVisible());
    QCOMPARE(window()->homePage()->view()->model()->rowCount(), 4);
}

void tst_CabinetFlows::everyAccountCardMatchesTheServerToTheKopeck()
{
    QVERIFY(cabinetReady());
    const QMap<QString, ServerAccount> accounts = serverAccounts();
    QVERIFY(accounts.size() >= 3);
    bool sawDebt = false;
    bool sawOverpayment = false;
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        const QString& number = it.key();
        const ServerCharges server = serverCharges(it.value().id);
        QVERIFY2(server.lastClosed.isValid(), qPrintable(number));
        QVERIFY2(!server.lines.isEmpty(), qPrintable(number));

        QVERIFY2(openCard(*window(), number), qPrintable(number));
        const ChargeTableModel& model = *window()->cardPage()->chargesModel();
        QVERIFY(window()->cardPage()->chargesView()->isVisible());
        QCOMPARE(window()->cardPage()->chargesView()->model(), &model);
        QCOMPARE(model.rowCount(), server.lines.size() + 1);

        qint64 charged = 0;
        qint64 recalculated = 0;
        qint64 total = 0;
        for (int row = 0; row < server.lines.size(); ++row) {
            const QJsonObject& line = server.lines.at(row);
            const auto kopecks = [&line](const QString& key) {
                return qint64(line.value(key).toDouble());
            };
            const auto cell = [&model, row](int column, int role = Qt::DisplayRole) {
                return model.index(row, column).data(role);
            };
            QCOMPARE(model.lines().at(row).period, server.lastClosed);
            QCOMPARE(cell(ChargeTableModel::ServiceColumn).toString(),
                     line.value(u"service"_s).toString());
            QCOMPARE(cell(ChargeTableModel::UnitColumn).toString(),
                     line.value(u"unit"_s).toString());
            QCOMPARE(cell(ChargeTableModel::QuantityColumn).toString(),
                     DecimalText::hundredths(kopecks(u"quantityHundredths"_s)));
            const QList<std::pair<int, QString>> money = {
                {ChargeTableModel::TariffColumn, u"tariffKopecks"_s},
                {ChargeTableModel::ChargedColumn, u"baseKopecks"_s},
                {ChargeTableModel::RecalculationColumn, u"recalculationKopecks"_s},
                {ChargeTableModel::TotalColumn, u"totalKopecks"_s},
            };
            for (const auto& [column, key] : money) {
                QCOMPARE(cell(column, ChargeTableModel::KopecksRole).toLongLong(), kopecks(key));
                QCOMPARE(cell(column).toString(), Money::fromKopecks(kopecks(key)).toString());
            }
            charged += kopecks(u"baseKopecks"_s);
            recalculated += kopecks(u"recalculationKopecks"_s);
            total += kopecks(u"totalKopecks"_s);
        }

        // «ИТОГО»: the last row, the sums of the server's lines.
        const int last = model.rowCount() - 1;
        QVERIFY(model.isTotalRow(last));
        QCOMPARE(model.index(last, ChargeTableModel::ServiceColumn).data().toString(),
                 QCoreApplication::translate("ChargeTableModel", "TOTAL"));
        const QList<std::pair<int, qint64>> sums = {
            {ChargeTableModel::ChargedColumn, charged},
            {ChargeTableModel::RecalculationColumn, recalculated},
            {ChargeTableModel::TotalColumn, total},
        };
        for (const auto& [column, sum] : sums) {
            QCOMPARE(model.index(last, column).data(ChargeTableModel::KopecksRole).toLongLong(),
                     sum);
            QCOMPARE(model.index(last, column).data().toString(),
                     Money::fromKopecks(sum).toString());
        }
        QVERIFY(model.index(last, ChargeTableModel::TariffColumn).data().toString().isEmpty());

        // The balance as the server has it, a debt said as a debt and an overpayment as one.
        const Money balance = Money::fromKopecks(it.value().balanceKopecks);
        const char* label = balance.isPositive() ? "Debt"
            : balance.isNegative()               ? "Overpayment"
                                                 : "No debt";
        sawDebt = sawDebt || balance.isPositive();
        sawOverpayment = sawOverpayment || balance.isNegative();
        const QString shown = balanceText(*window());
        QVERIFY2(shown.startsWith(QCoreApplication::translate("BalanceText", label) + u':'),
                 qPrintable(shown));
        const Money magnitude =
            Money::fromKopecks(balance.isNegative() ? -balance.kopecks() : balance.kopecks());
        QVERIFY2(shown.contains(magnitude.toString()), qPrintable(shown));
        const AccountListModel* home = window()->homePage()->model();
        for (int row = 0; row < home->rowCount(); ++row) {
            if (home->accounts().at(row).number != number)
                continue;
            const QString text =
                home->index(row, AccountListModel::BalanceColumn).data().toString();
            QVERIFY2(text.startsWith(QCoreApplication::translate("BalanceText", label)),
                     qPrintable(text));
            QVERIFY2(text.contains(magnitude.toString()), qPrintable(text));
        }

        m_onlineTables.insert(number, tableText(model));
        m_onlineBalances.insert(number, shown);
        QTest::mouseClick(window()->cardPage()->findChild<QPushButton*>(u"backToAccounts"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window()->homePage()->isVisible(), 5000);
    }
    // The demo promises both kinds; without them the sign checks above would prove little.
    QVERIFY(sawDebt);
    QVERIFY(sawOverpayment);
}

void tst_CabinetFlows::unlinkingInTheProfileRemovesTheAccountEverywhere()
{
    QVERIFY(cabinetReady());
    QVERIFY(m_linkedId != 0);
    QVERIFY(shownBalances(*window()).contains(linkableNumber));
    const QDateTime syncedBefore = m_app->cabinet()->engine().lastSyncedAt();

    clickSection(*window(), MainSection::Profile);
    ProfilePage* profile = m_app->cabinet()->profilePage();
    QTRY_VERIFY_WITH_TIMEOUT(profile->isVisible(), 5000);
    QListWidget* list = profile->accountList();
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 4, 10000);
    const QList<QListWidgetItem*> rows = list->findItems(linkableNumber, Qt::MatchContains);
    QCOMPARE(rows.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(rows.first()).center());
    QCOMPARE(list->currentItem(), rows.first());
    QSignalSpy unlinked(profile, &ProfilePage::accountUnlinked);
    QTest::mouseClick(profile->unlinkButton(), Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = profile->findChild<QMessageBox*>(u"unlinkQuestion"_s))
                                 && question->isVisible(),
                             5000);
    QVERIFY(question->text().contains(linkableNumber));
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(unlinked.count(), 1, 10000);
    QCOMPARE(unlinked.at(0).at(0).toLongLong(), m_linkedId);

    // The server no longer lists it, for this client or any other.
    const QMap<QString, ServerAccount> server = serverAccounts();
    QCOMPARE(server.size(), 3);
    QVERIFY(!server.contains(linkableNumber));
    QCOMPARE(
        m_portal.get(u"/api/v1/accounts/%1"_s.arg(m_linkedId), PortalClient::bearer(accessToken()))
            .status,
        404);

    // «Главная» shows the other three, after the sync the unlink started too.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->cabinet()->engine().lastSyncedAt() > syncedBefore, 20000);
    QVERIFY(syncIdle());
    clickSection(*window(), MainSection::Home);
    QTRY_VERIFY_WITH_TIMEOUT(window()->homePage()->isVisible(), 5000);
    QMap<QString, qint64> expected;
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        expected.insert(it.key(), it.value().balanceKopecks);
    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(*window()), expected, 10000);
    QCOMPARE(window()->homePage()->view()->model()->rowCount(), 3);

    // The cache, opened apart from the application with the password's key, holds nothing of it.
    const CacheLocation location =
        CacheLocation::forUser(m_portal.baseUrl(), demoLogin, m_cacheRoot.path());
    const CacheVault::Result key = CacheVault(location, nullptr).unlockWithPassword(demoPassword);
    QVERIFY2(key.ok(), qPrintable(CacheVault::errorText(key.error)));
    std::optional<CacheDatabase> cache =
        CacheDatabase::open(location.databasePath(), key.key->bytes(), u"tst-cabinetflows"_s);
    QVERIFY(cache);
    AccountStore accounts(cache->database());
    QVERIFY(!accounts.account(m_linkedId));
    QVERIFY(!accounts.lastError().isValid());
    const std::optional<QList<Account>> cached = accounts.accounts();
    QVERIFY(cached);
    QCOMPARE(cached->size(), 3);
    const Period first(2000, 1);
    const Period last(2100, 12);
    const std::optional<QList<ChargeLine>> charges =
        ChargeStore(cache->database()).charges(m_linkedId, first, last);
    QVERIFY(charges);
    QVERIFY(charges->isEmpty());
    const std::optional<QList<Payment>> payments =
        PaymentStore(cache->database()).payments(m_linkedId, first, last);
    QVERIFY(payments);
    QVERIFY(payments->isEmpty());
    // The same queries do find the others' rows: the emptiness above means something.
    const std::optional<QList<ChargeLine>> kept =
        ChargeStore(cache->database()).charges(cached->constFirst().id, first, last);
    QVERIFY(kept && !kept->isEmpty());
}

void tst_CabinetFlows::withTheServerStoppedTheCachedCardsShowOffline()
{
    QVERIFY(cabinetReady());
    const QDateTime lastSync = m_app->cabinet()->engine().lastSyncedAt();
    QVERIFY(lastSync.isValid());
    const QMap<QString, qint64> onlineBalances = shownBalances(*window());
    QCOMPARE(onlineBalances.size(), 3);
    m_app.reset();
    m_portal.stop();

    // «Войти без сети»: the password alone opens the cache.
    DesktopApp app;
    QVERIFY2(app.start(m_options), qPrintable(app.errorText()));
    QSignalSpy opened(&app, &DesktopApp::cabinetOpened);
    signIn(app);
    auto* offline = app.signInWindow()->loginPage()->findChild<QPushButton*>(u"offlineUnlock"_s);
    QVERIFY(offline);
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 20000);
    QTest::mouseClick(offline, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    MainWindow& window = *app.mainWindow();
    QVERIFY(window.isVisible());

    // The banner says the data is as of the last sync, in the user's time.
    auto* banner = window.findChild<OfflineBanner*>();
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    const QString when = QLocale().toString(lastSync.toLocalTime(), QLocale::ShortFormat);
    QTRY_VERIFY2_WITH_TIMEOUT(banner->text().contains(when), qPrintable(banner->text()), 10000);

    QTRY_COMPARE_WITH_TIMEOUT(shownBalances(window), onlineBalances, 10000);
    for (auto it = onlineBalances.cbegin(); it != onlineBalances.cend(); ++it) {
        const QString& number = it.key();
        QVERIFY2(m_onlineTables.contains(number), qPrintable(number));
        QVERIFY2(openCard(window, number), qPrintable(number));
        QTRY_COMPARE_WITH_TIMEOUT(tableText(*window.cardPage()->chargesModel()),
                                  m_onlineTables.value(number), 5000);
        QVERIFY(window.cardPage()->chargesView()->isVisible());
        QCOMPARE(balanceText(window), m_onlineBalances.value(number));
        QVERIFY(window.isOfflineBannerVisible());
        QTest::mouseClick(window.cardPage()->findChild<QPushButton*>(u"backToAccounts"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.homePage()->isVisible(), 5000);
    }
}

QTEST_MAIN(tst_CabinetFlows)
#include "tst_cabinetflows.moc"
