#include "main/MainWindow.h"

#include "accounts/AccountCardPage.h"
#include "accounts/HomePage.h"
#include "cache/CacheReader.h"
#include "cache/CacheReaderThread.h"
#include "charges/AccountHistoryReader.h"
#include "charges/HistoryRange.h"
#include "main/OfflineBanner.h"
#include "main/PlaceholderPage.h"
#include "main/SyncStatusWidget.h"
#include "payments/StatementAction.h"
#include "printing/ReceiptDialog.h"
#include "widgets/CurrentPageStack.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FormScrollArea.h"

#include <QAction>
#include <QCloseEvent>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString sectionKey = QStringLiteral("mainWindow/section");

// One look for the whole window: the portal's sober header strip and larger page titles, kept in
// one place instead of per-widget fonts.
const QString windowStyle =
    QStringLiteral("#header { background: #2b5797; }"
                   "#header QLabel, #header ElidedLabel { color: white; }"
                   "#header QToolButton { color: white; border: none; padding: 4px 8px; }"
                   "#header QToolButton:hover { text-decoration: underline; }"
                   "#appTitle { font-size: 15pt; font-weight: bold; }"
                   "#navigationTitle { font-weight: bold; padding: 4px 2px; }"
                   "QListWidget#navigation { border: none; background: transparent; }"
                   "QListWidget#navigation::item:selected { background: palette(highlight);"
                   " color: palette(highlighted-text); }"
                   "QLabel#pageTitle { font-size: 14pt; font-weight: bold; }"
                   "QLabel#sectionTitle { font-size: 11pt; font-weight: bold; }");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_stack(new CurrentPageStack)
    , m_offline(new OfflineBanner)
    , m_syncStatus(new SyncStatusWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Consumer's personal cabinet"));
    setStyleSheet(windowStyle);
    m_stack->setObjectName(QStringLiteral("sections"));

    // Every widget is made where it stays: a widget moved into the styled window later is
    // re-polished with all its children (QWidget::setParent), which cost a start more than
    // building them did.
    auto* central = new QWidget(this);
    setCentralWidget(central);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader(central));
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    layout->addLayout(body, 1);
    body->addWidget(createNavigation(central));
    auto* content = new QVBoxLayout;
    content->setContentsMargins(12, 10, 12, 6);
    body->addLayout(content, 1);
    content->addWidget(m_offline);
    m_offline->hide();
    // The largest section page would otherwise set the window's minimum size: at 200 % on a
    // 1920×1080 screen that was larger than the screen. A page too large for the window scrolls.
    content->addWidget(new FormScrollArea(m_stack, central), 1);
    createPages();

    statusBar()->addWidget(m_syncStatus, 1);
    connect(m_syncStatus, &SyncStatusWidget::refreshRequested, this, &MainWindow::refreshRequested);

    connect(m_home, &HomePage::accountActivated, this, &MainWindow::showAccount);
    connect(m_card, &AccountCardPage::backRequested, this,
            [this] { m_homeStack->setCurrentWidget(m_home); });
    connect(m_card, &AccountCardPage::chargesHistoryRequested, this,
            [this] { showSection(MainSection::Charges); });
    connect(m_card, &AccountCardPage::paymentsHistoryRequested, this,
            [this] { showSection(MainSection::Payments); });
    connect(m_card, &AccountCardPage::receiptRequested, this, &MainWindow::showReceipt);
    connect(m_card, &AccountCardPage::statementRequested, this, &MainWindow::showStatement);

    setMeterReadingsAvailable(false);
    resize(1000, 640);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createHeader(QWidget* parent)
{
    auto* header = new QWidget(parent);
    header->setObjectName(QStringLiteral("header"));
    header->setAttribute(Qt::WA_StyledBackground);
    // Shortened with «…» on a narrow screen (a kiosk's, under ~900 px) rather than cut off at
    // the window's edge; the window's title says it whole.
    auto* title = new ElidedLabel(tr("Consumer's personal cabinet"), header);
    title->setObjectName(QStringLiteral("appTitle"));

    auto* addAccount = new QToolButton(header);
    addAccount->setObjectName(QStringLiteral("addAccount"));
    addAccount->setText(tr("Add personal account"));
    connect(addAccount, &QToolButton::clicked, this, &MainWindow::addAccountRequested);
    m_greeting = new QLabel(header);
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_settings = new QToolButton(header);
    m_settings->setObjectName(QStringLiteral("settings"));
    m_settings->setText(tr("Settings…"));
    connect(m_settings, &QToolButton::clicked, this, &MainWindow::settingsRequested);
    auto* signOut = new QToolButton(header);
    signOut->setObjectName(QStringLiteral("signOut"));
    signOut->setText(tr("Sign out"));
    connect(signOut, &QToolButton::clicked, this, &MainWindow::signOutRequested);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->addWidget(title);
    layout->addStretch();
    layout->addWidget(addAccount);
    layout->addSpacing(8);
    layout->addWidget(m_greeting);
    layout->addSpacing(8);
    layout->addWidget(m_settings);
    layout->addWidget(signOut);
    setLogin({});
    return header;
}

QWidget* MainWindow::createNavigation(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    auto* title = new QLabel(tr("Sections"), panel);
    title->setObjectName(QStringLiteral("navigationTitle"));
    m_navigation = new QListWidget(panel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSpacing(3);
    for (int i = 0; i < MainSectionInfo::count; ++i) {
        auto* item = new QListWidgetItem(MainSectionInfo::title(static_cast<MainSection>(i)));
        item->setData(Qt::UserRole, i);
        m_navigation->addItem(item);
    }
    m_navigation->setCurrentRow(int(MainSection::Home));
    m_navigation->setAccessibleName(tr("Sections"));
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            &MainWindow::onNavigationRowChanged);
    // The keyboard reaches every section without the list: Ctrl+1 «Главная» … Ctrl+9 «Мой
    // профиль»; F5 refreshes.
    for (int i = 0; i < MainSectionInfo::count; ++i) {
        const auto section = static_cast<MainSection>(i);
        if (section == MainSection::SignOut)
            continue;
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("showSection%1").arg(i));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
        addAction(action);
    }
    auto* refresh = new QAction(this);
    refresh->setObjectName(QStringLiteral("refreshShortcut"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    addAction(refresh);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(10, 10, 6, 10);
    layout->addWidget(title);
    layout->addWidget(m_navigation, 1);
    // Wide enough for the longest section's name, also in a kiosk's large font.
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    panel->setFixedWidth(std::max(250, widest + 72));
    return panel;
}

void MainWindow::createPages()
{
    m_homeStack = new CurrentPageStack(m_stack);
    m_home = new HomePage(m_homeStack);
    m_card = new AccountCardPage(m_homeStack);
    m_homeStack->addWidget(m_home);
    m_homeStack->addWidget(m_card);
    // Pages in the enum's order, so that a section's value is its page's index.
    for (int i = 0; i < MainSectionInfo::count; ++i) {
        const auto section = static_cast<MainSection>(i);
        if (section == MainSection::Home)
            m_stack->addWidget(m_homeStack);
        else
            m_stack->addWidget(new PlaceholderPage(MainSectionInfo::title(section), m_stack));
    }
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0)
        return;
    const auto section = static_cast<MainSection>(row);
    if (section == MainSection::SignOut) {
        // «Выход» is an action, not a page: stay where we were and let the wiring sign out.
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(m_stack->currentIndex());
        emit signOutRequested();
        return;
    }
    if (section == MainSection::Home && m_stack->currentIndex() == row)
        m_homeStack->setCurrentWidget(m_home); // «Главная» again: back to the list
    buildSectionPage(section);
    m_stack->setCurrentIndex(row);
}

MainSection MainWindow::currentSection() const
{
    return static_cast<MainSection>(m_stack->currentIndex());
}

void MainWindow::showSection(MainSection section)
{
    if (section == MainSection::SignOut)
        return;
    if (m_navigation->item(int(section))->isHidden())
        section = MainSection::Home;
    buildSectionPage(section);
    m_navigation->setCurrentRow(int(section));
    m_stack->setCurrentIndex(int(section));
}

void MainWindow::showAccount(qint64 accountId)
{
    showSection(MainSection::Home);
    if (m_reader)
        m_reader->readCard(accountId);
    m_homeStack->setCurrentWidget(m_card);
    setCurrentAccount(accountId);
}

void MainWindow::setCurrentAccount(qint64 accountId)
{
    if (accountId == m_currentAccountId)
        return;
    m_currentAccountId = accountId;
    emit currentAccountChanged(accountId);
}

QWidget* MainWindow::sectionPage(MainSection section)
{
    buildSectionPage(section);
    return m_stack->widget(int(section));
}

bool MainWindow::isSectionPageBuilt(MainSection section) const
{
    return !m_pageFactories.at(std::size_t(section));
}

void MainWindow::setSectionPageFactory(MainSection section, std::function<QWidget*()> make)
{
    m_pageFactories.at(std::size_t(section)) = std::move(make);
    // A section shown already (restored from the settings) wants its page now.
    if (currentSection() == section)
        buildSectionPage(section);
}

void MainWindow::buildSectionPage(MainSection section)
{
    std::function<QWidget*()>& factory = m_pageFactories.at(std::size_t(section));
    if (!factory)
        return;
    // Taken out first: the factory may ask for its own section's page.
    const std::function<QWidget*()> make = std::exchange(factory, nullptr);
    setSectionPage(section, make());
}

void MainWindow::setSectionPage(MainSection section, QWidget* page)
{
    const int index = int(section);
    m_pageFactories.at(std::size_t(index)) = nullptr;
    const bool current = m_stack->currentIndex() == index;
    QWidget* old = m_stack->widget(index);
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(old);
    delete old;
    if (current)
        m_stack->setCurrentIndex(index);
}

void MainWindow::setSectionCount(MainSection section, int count)
{
    QListWidgetItem* item = m_navigation->item(int(section));
    const QString title = MainSectionInfo::title(section);
    //: A section's title with how many items in it are new, e.g. "News (2)"
    item->setText(count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
    QFont font = item->font();
    font.setBold(count > 0);
    item->setFont(font);
}

bool MainWindow::isOfflineBannerVisible() const
{
    return !m_offline->isHidden();
}

void MainWindow::showReceipt(qint64 accountId)
{
    if (!m_reader)
        return;
    auto* dialog = new ReceiptDialog(*m_reader, accountId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showStatement(qint64 accountId)
{
    if (!m_reader || !m_cardStatement || accountId == 0 || !StatementAction::isOffered())
        return;
    m_reader->query(
        m_cardStatement,
        [accountId](const QSqlDatabase& database) {
            return AccountHistoryReader::read(database, accountId,
                                              AccountHistoryReader::Payments::Skip);
        },
        [this](const AccountHistory& history) {
            // As «Платежи» first shows an account: the months it offers, the last twelve closed.
            const Period month = Period::fromDate(QDate::currentDate());
            m_cardStatement->open(history.account,
                                  HistoryRange::defaultFor(history.lastClosed, month),
                                  HistoryRange::boundsFor(history, month));
        });
}

void MainWindow::setCacheReader(CacheReaderThread* reader)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_readerConnections))
        disconnect(connection);
    m_readerConnections.clear();
    // The card's statements are saved from this reader's cache.
    delete m_cardStatement;
    m_cardStatement = nullptr;
    m_card->setStatementStatus(QString());
    m_card->setStatementBusy(false);
    m_reader = reader;
    if (!m_reader)
        return;
    m_cardStatement = new StatementAction(m_reader, m_card);
    connect(m_cardStatement, &StatementAction::statusChanged, m_card,
            &AccountCardPage::setStatementStatus);
    connect(m_cardStatement, &StatementAction::busyChanged, m_card,
            &AccountCardPage::setStatementBusy);
    CacheReader* source = m_reader->reader();
    m_readerConnections = {
        connect(source, &CacheReader::accountsRead, this, &MainWindow::setAccounts),
        connect(source, &CacheReader::profileRead, this, &MainWindow::setProfile),
        connect(source, &CacheReader::cardRead, this, &MainWindow::setCard),
    };
    reloadFromCache();
}

void MainWindow::reloadFromCache()
{
    if (!m_reader)
        return;
    m_reader->readProfile();
    m_reader->readAccounts();
    if (m_homeStack->currentWidget() == m_card && m_card->accountId() != 0)
        m_reader->readCard(m_card->accountId());
}

void MainWindow::setAccounts(const QList<Account>& accounts)
{
    m_home->setAccounts(accounts);
    const bool stillLinked =
        std::any_of(accounts.cbegin(), accounts.cend(),
                    [this](const Account& account) { return account.id == m_currentAccountId; });
    if (!stillLinked)
        setCurrentAccount(accounts.isEmpty() ? 0 : accounts.constFirst().id);
    setMeterReadingsAvailable(
        std::any_of(accounts.cbegin(), accounts.cend(),
                    [](const Account& account) { return account.hasMeters; }));
}

void MainWindow::setProfile(const UserProfile& profile)
{
    setLogin(profile.login);
}

void MainWindow::setCard(const AccountCard& card)
{
    m_card->setCard(card);
}

void MainWindow::setSettingsAvailable(bool available)
{
    m_settings->setVisible(available);
}

void MainWindow::setLogin(const QString& login)
{
    m_greeting->setText(login.isEmpty() ? tr("Hello!")
                                        : tr("Hello, <b>%1</b>").arg(login.toHtmlEscaped()));
}

void MainWindow::setSyncState(const QString& text, bool syncing, int percent)
{
    m_syncStatus->setState(text, syncing, percent);
}

void MainWindow::setLastSynced(const QDateTime& lastSynced)
{
    m_syncStatus->setLastSynced(lastSynced);
}

void MainWindow::setOffline(bool offline, const QDateTime& lastSynced)
{
    m_offline->setLastSynced(lastSynced);
    m_offline->setVisible(offline);
}

void MainWindow::setMeterReadingsAvailable(bool available)
{
    // The portal offers «Показания» only to owners with meters on some account.
    m_navigation->item(int(MainSection::MeterReadings))->setHidden(!available);
    if (!available && currentSection() == MainSection::MeterReadings)
        showSection(MainSection::Home);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(sectionKey, MainSectionInfo::settingsKey(currentSection()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    // Meter readings may be hidden at this point; showSection() then falls back to «Главная».
    const std::optional<MainSection> section =
        MainSectionInfo::fromSettingsKey(settings.value(sectionKey).toString());
    if (section)
        showSection(*section);
}
