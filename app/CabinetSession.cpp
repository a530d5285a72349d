#include "CabinetSession.h"

#include "SyncNotifier.h"
#include "appeals/AppealsPage.h"
#include "building/BuildingPage.h"
#include "cache/CacheReader.h"
#include "cache/CacheReaderThread.h"
#include "charges/ChargesPage.h"
#include "engine/SyncStatus.h"
#include "link/LinkAccountDialog.h"
#include "main/MainWindow.h"
#include "meters/MeterReadingsPage.h"
#include "news/NewsPage.h"
#include "organizations/OrganizationsPage.h"
#include "outbox/Outbox.h"
#include "payments/PaymentsPage.h"
#include "profile/LocalDataCleaner.h"
#include "profile/ProfilePage.h"
#include "session/SessionManager.h"
#include "typo/TypoReportShortcut.h"

#include <QFileInfo>
#include <QMenu>

#include <algorithm>

CabinetSession::CabinetSession(SessionManager& session, const User& user, const DataKey& key,
                               const Keychain* keychain, MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_key(key)
    , m_pages(session.api())
    , m_cleaner(std::make_unique<LocalDataCleaner>(user.server, user.login, key, keychain,
                                                   user.cacheRoot))
{
    m_cachePath = m_cleaner->location().databasePath();
    m_reader = std::make_unique<CacheReaderThread>(m_cachePath, key);
    m_engine = std::make_unique<SyncEngine>(m_pages, m_cachePath, key);
    // A cache that is there with the latest schema is read at once: the reader opens it on its
    // thread while the rest of the cabinet is built and the window shown, and the window reads
    // it as soon as it is open, while the engine opens it too (it has nothing to change in it
    // then). Otherwise the reader waits for the engine (onCacheOpened). Whether the file is there
    // is decided here, before the engine starts: a reader that found it while the engine was
    // creating it would open a file with no database in it yet.
    if (QFileInfo::exists(m_cachePath)) {
        connect(m_reader->reader(), &CacheReader::openedIfUpToDate, this, [this](bool upToDate) {
            if (upToDate)
                attachReader();
        });
        m_reader->openIfUpToDate();
    }

    // What the reader read last, for the pages built after it (see createSectionPages()).
    // Connected first: a page built by one of these signals' receivers finds it already.
    connect(m_reader->reader(), &CacheReader::accountsRead, this,
            [this](const QList<Account>& accounts) { m_accounts = accounts; });
    connect(m_reader->reader(), &CacheReader::profileRead, this,
            [this](const UserProfile& profile) { m_userProfile = profile; });
    createSectionPages();

    // «Обращения», «Показания» and the typo report (Ctrl+Enter) write through the outbox, which
    // exists once the cache is open.
    auto* typos = new TypoReportShortcut(&m_window, this);
    connect(this, &CabinetSession::cacheOpened, typos, [this, typos] {
        if (m_appeals)
            m_appeals->setOutbox(m_outbox.get());
        if (m_meters)
            m_meters->setOutbox(m_outbox.get());
        typos->setOutbox(m_outbox.get());
    });

    // What a sync brought, told on the desktop; clicking it brings the window to that section.
    // Switched in «Settings…» (and the tray icon's menu).
    if (user.notifications) {
        m_notifier = std::make_unique<SyncNotifier>();
        connect(m_engine.get(), &SyncEngine::finished, m_notifier.get(),
                [notifier = m_notifier.get()](const SyncSummary& summary) {
                    notifier->notify(summary.digest);
                });
        connect(m_notifier.get(), &SyncNotifier::activated, &m_window,
                [target = &m_window](MainSection section) {
                    target->showSection(section);
                    target->showNormal();
                    target->raise();
                    target->activateWindow();
                });
    }

    connect(m_engine.get(), &SyncEngine::statusChanged, this, &CabinetSession::showStatus);
    // The pages of a sync land in the cache together, right before finished(): one reload is
    // enough.
    connect(m_engine.get(), &SyncEngine::finished, this, [this] {
        m_window.reloadFromCache();
        // What waited for the server goes now that it answered.
        if (m_online && m_outbox)
            m_outbox->sendPending();
    });
    connect(m_engine.get(), &SyncEngine::cacheOpened, this, &CabinetSession::onCacheOpened);
    connect(&m_window, &MainWindow::refreshRequested, this, &CabinetSession::refresh);
    connect(&m_window, &MainWindow::addAccountRequested, this, &CabinetSession::linkAccount);
}

CabinetSession::~CabinetSession()
{
    // The window outlives this object for a moment (it is deleted later): nothing of it may
    // still point here, the factories of the pages not built yet neither.
    for (int i = 0; i < MainSectionInfo::count; ++i) {
        const auto section = static_cast<MainSection>(i);
        if (!m_window.isSectionPageBuilt(section))
            m_window.setSectionPageFactory(section, {});
    }
    m_window.setCacheReader(nullptr);
    disconnect(&m_window, nullptr, this, nullptr);
    m_key = DataKey();
}

ProfilePage* CabinetSession::profilePage() const
{
    // Built when first asked for, like the window's other sections.
    m_window.sectionPage(MainSection::Profile);
    return m_profile;
}

template<typename Page>
void CabinetSession::followAccounts(Page* page, void (Page::*setAccounts)(const QList<Account>&))
{
    connect(m_reader->reader(), &CacheReader::accountsRead, page, setAccounts);
    if (m_accounts)
        (page->*setAccounts)(*m_accounts);
}

void CabinetSession::createSectionPages()
{
    // Each section's page is built when the user first opens it (MainWindow builds it from
    // these factories), not here: a start then builds, polishes and fills only what it shows,
    // and the cache reader reads nothing for sections nobody opened. A page built later gets
    // what was read already (m_accounts, m_userProfile) and then follows the reader like the
    // others. «Новости» is built at once: its count of news not seen yet is beside its title
    // in the navigation from the start.
    CacheReader* reader = m_reader->reader();
    m_window.setSectionPageFactory(MainSection::Profile, [this, reader]() -> QWidget* {
        auto* profile = new ProfilePage(m_session.client());
        m_profile = profile;
        profile->setCleaner(m_cleaner.get());
        connect(reader, &CacheReader::profileRead, profile, &ProfilePage::setProfile);
        connect(profile, &ProfilePage::accountUnlinked, this, [this] {
            m_window.reloadFromCache();
            refresh();
        });
        connect(profile, &ProfilePage::userDeleted, this, &CabinetSession::userDeleted);
        connect(profile, &ProfilePage::subscriptionChangeRequested, this, [this](bool subscribed) {
            if (m_outbox)
                m_outbox->queueSubscriptionChange(subscribed);
        });
        if (m_userProfile)
            profile->setProfile(*m_userProfile);
        followAccounts(profile, &ProfilePage::setAccounts);
        if (m_outbox)
            showSubscriptionPending();
        return profile;
    });

    // «Начисления» and «Платежи» show the window's current account; every read of the accounts
    // (after each sync, see reloadFromCache) tells them the cache may have changed.
    const auto historyPage = [this, reader](AccountHistoryPage* page) -> QWidget* {
        connect(&m_window, &MainWindow::currentAccountChanged, page,
                &AccountHistoryPage::setAccountId);
        connect(reader, &CacheReader::accountsRead, page, &AccountHistoryPage::reload);
        // Read when shown, which it is about to be (a hidden page only notes it is stale).
        page->setAccountId(m_window.currentAccountId());
        return page;
    };
    m_window.setSectionPageFactory(MainSection::Charges, [this, historyPage] {
        return historyPage(new ChargesPage(m_reader.get()));
    });
    m_window.setSectionPageFactory(MainSection::Payments, [this, historyPage] {
        return historyPage(new PaymentsPage(m_reader.get()));
    });

    // «Технические характеристики МКД», «Организации» and «Новости» only read the cache; every
    // read of the accounts tells them it may have changed.
    m_window.setSectionPageFactory(MainSection::Building, [this]() -> QWidget* {
        auto* building = new BuildingPage(m_reader.get());
        building->setCurrentAccountId(m_window.currentAccountId());
        connect(&m_window, &MainWindow::currentAccountChanged, building,
                &BuildingPage::setCurrentAccountId);
        followAccounts(building, &BuildingPage::setAccounts);
        return building;
    });
    m_window.setSectionPageFactory(MainSection::Organizations, [this, reader]() -> QWidget* {
        auto* organizations = new OrganizationsPage(m_reader.get());
        connect(reader, &CacheReader::accountsRead, organizations, &OrganizationsPage::reload);
        if (m_accounts)
            organizations->reload();
        return organizations;
    });
    // The count of news not seen yet goes beside «Новости» (the window itself, not this
    // object, which may go before it).
    auto* news = new NewsPage(m_reader.get());
    connect(reader, &CacheReader::accountsRead, news, &NewsPage::reload);
    connect(news, &NewsPage::newCountChanged, &m_window,
            [target = &m_window](int count) { target->setSectionCount(MainSection::News, count); });
    m_window.setSectionPage(MainSection::News, news);

    // «Обращения» and «Показания» write through the outbox, which exists once the cache is open.
    m_window.setSectionPageFactory(MainSection::Appeals, [this]() -> QWidget* {
        auto* appeals = new AppealsPage(m_reader.get());
        m_appeals = appeals;
        appeals->setOutbox(m_outbox.get());
        followAccounts(appeals, &AppealsPage::setAccounts);
        return appeals;
    });
    m_window.setSectionPageFactory(MainSection::MeterReadings, [this]() -> QWidget* {
        auto* meters = new MeterReadingsPage(m_reader.get());
        m_meters = meters;
        meters->setOutbox(m_outbox.get());
        meters->setCurrentAccountId(m_window.currentAccountId());
        connect(&m_window, &MainWindow::currentAccountChanged, meters,
                &MeterReadingsPage::setCurrentAccountId);
        followAccounts(meters, &MeterReadingsPage::setAccounts);
        return meters;
    });
}

void CabinetSession::start(Connection connection)
{
    const bool online = connection == Connection::Online;
    m_online = online;
    m_connecting = connection == Connection::Connecting;
    // Started offline too: opening the cache tells the time of the last sync (statusChanged).
    m_engine->setInterval(online ? m_interval : std::chrono::seconds(0));
    // The engine creates a new cache and brings its schema up to date; the outbox opens it only
    // after that (cacheOpened), and so does the reader, unless the cache was there with the
    // latest schema already (see the constructor).
    m_engine->start();
    if (online)
        m_engine->refresh();
    else if (m_connecting)
        showConnecting(); // before the engine's first status, which comes when the cache is open
}

void CabinetSession::goOnline()
{
    if (m_online)
        return;
    m_online = true;
    m_connecting = false;
    m_engine->setInterval(m_interval);
    showStatus(m_engine->status());
    m_engine->refresh();
    if (m_outbox)
        m_outbox->sendPending();
}

void CabinetSession::showConnecting()
{
    m_window.setSyncState(tr("Connecting to the server…"), true, -1);
}

void CabinetSession::stayOffline()
{
    if (!m_connecting)
        return;
    m_connecting = false;
    showStatus(m_engine->status());
}

void CabinetSession::setSyncInterval(std::chrono::seconds interval)
{
    m_interval = interval;
    // Offline the engine keeps no timer: goOnline() sets it.
    if (m_online)
        m_engine->setInterval(m_interval);
}

void CabinetSession::onCacheOpened(bool ok)
{
    if (ok && !m_outbox) {
        attachReader();
        m_outbox = std::make_unique<Outbox>(m_session.client(), m_cachePath, m_key);
        m_key = DataKey();
        connect(m_outbox.get(), &Outbox::changed, this, &CabinetSession::showSubscriptionPending);
        // The server's answer (the subscription's new state) is in the cache now.
        connect(m_outbox.get(), &Outbox::itemSent, &m_window, &MainWindow::reloadFromCache);
        // After a sign-in: what was queued before (offline, or in an earlier session) goes now.
        if (m_online)
            m_outbox->sendPending();
    }
    emit cacheOpened(ok);
}

void CabinetSession::attachReader()
{
    if (m_readerAttached)
        return;
    m_readerAttached = true;
    m_window.setCacheReader(m_reader.get());
}

void CabinetSession::refresh()
{
    // Without a session a sync could only fail: offline, the application tries to reconnect.
    if (m_online)
        m_engine->refresh();
    else
        emit reconnectRequested();
}

void CabinetSession::showStatus(const SyncStatus& status)
{
    const bool syncing = status.state == SyncStatus::State::Syncing;
    // The server does not say how many pages a sync has: the bar shows that work goes on. At
    // rest the status bar's «Последнее обновление» already says what the idle text would.
    const bool idle = status.state == SyncStatus::State::Idle;
    if (m_connecting && idle)
        showConnecting();
    else
        m_window.setSyncState(idle ? QString() : status.text(), syncing, -1);
    m_window.setLastSynced(status.lastSyncedAt);
    m_window.setOffline((!m_online && !m_connecting) || status.state == SyncStatus::State::Offline,
                        status.lastSyncedAt);
}

void CabinetSession::showSubscriptionPending()
{
    const QList<OutboxItem>& items = m_outbox->items();
    const bool pending = std::any_of(items.begin(), items.end(), [](const OutboxItem& item) {
        return item.kind == OutboxItem::Kind::SubscriptionChange
            && (item.state == OutboxItem::State::Pending
                || item.state == OutboxItem::State::Sending);
    });
    if (m_profile)
        m_profile->setSubscriptionPending(pending);
}

void CabinetSession::linkAccount()
{
    auto* dialog = new LinkAccountDialog(m_session.client(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LinkAccountDialog::accountLinked, this, [this] { refresh(); });
    dialog->open();
}
