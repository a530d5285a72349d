#pragma once

#include "engine/AuthorizedPageSource.h"
#include "engine/SyncEngine.h"
#include "keys/DataKey.h"
#include "protocol/types/Account.h"
#include "protocol/types/UserProfile.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class AppealsPage;
class CacheReaderThread;
class Keychain;
class LocalDataCleaner;
class MainWindow;
class MeterReadingsPage;
class Outbox;
class ProfilePage;
class SessionManager;
class SyncNotifier;
struct SyncStatus;

// One signed-in user's cabinet: the main window reading the user's cache on a thread of its own
// (CacheReaderThread), the sync engine keeping that cache up to date through the session, the
// outbox sending what the user queued, and «Мой профиль» with what it changes on this computer
// (LocalDataCleaner). The window learns of the sync only from here: its state line, progress,
// last sync time and the offline banner follow SyncEngine::statusChanged, and every applied page
// reloads the views. What a sync brought that is new (a closed period, a payment, news, an answer
// to an appeal) becomes a desktop notification (SyncNotifier), unless the user switched them off
// in the window's «Settings» menu.
//
// Online (a session is open) it syncs at once and then in the background, and sends the outbox
// after each sync; offline (opened with the password alone, or a remembered session the server
// could not be reached for) it shows the cache as of its last sync under the offline banner
// until goOnline(). While a remembered session is being resumed it is connecting: offline, but
// the banner waits for stayOffline(), so that a start with the server in reach never shows it.
class CabinetSession : public QObject
{
    Q_OBJECT

public:
    struct User
    {
        QUrl server;
        QString login;
        QString cacheRoot;
        // Desktop notifications (SyncNotifier) of what a sync brought. Off on a kiosk: the next
        // person at the terminal must not read the last one's payments, and the desktop's tray
        // and notification service are not to be asked at all there.
        bool notifications = true;
    };

    // session and keychain (may be null) must outlive this object; window is not owned and
    // receives the profile page.
    CabinetSession(SessionManager& session, const User& user, const DataKey& key,
                   const Keychain* keychain, MainWindow& window, QObject* parent = nullptr);
    ~CabinetSession() override;

    SyncEngine& engine() { return *m_engine; }
    // Null until the cache is open (see SyncEngine::cacheOpened).
    Outbox* outbox() const { return m_outbox.get(); }
    CacheReaderThread* reader() const { return m_reader.get(); }
    // «Мой профиль», built when first shown or asked for here.
    ProfilePage* profilePage() const;
    // Tells the user what each sync brought (desktop notifications).
    // Null when the user's notifications are off (User::notifications).
    SyncNotifier* notifier() const { return m_notifier.get(); }
    bool isOnline() const { return m_online; }

    enum class Connection
    {
        Online,
        Offline,
        Connecting,
    };

    // Opens the cache for reading; online, starts the background syncs with one at once.
    void start(Connection connection);
    // A session is open now (a remembered one resumed): sync, then send the outbox.
    void goOnline();
    // Connecting ended without a session (no server in reach): the offline banner shows.
    void stayOffline();
    // Between background syncs while online (0: none); SyncEngine::defaultInterval unless set.
    // Takes effect at once: the next sync is interval from now.
    void setSyncInterval(std::chrono::seconds interval);

signals:
    // The cache is open for reading (or cannot be: ok false, the window stays empty).
    void cacheOpened(bool ok);
    // Offline, the user asked for a refresh: the application may try the server again.
    void reconnectRequested();
    // «Мой профиль» deleted the user on the server and here: the cabinet must close.
    void userDeleted();

private:
    // The factories of the window's sections (MainWindow::setSectionPageFactory).
    void createSectionPages();
    // A page built after the accounts were read gets them now, and every later read.
    template<typename Page>
    void followAccounts(Page* page, void (Page::*setAccounts)(const QList<Account>&));
    void onCacheOpened(bool ok);
    // The window reads the cache from now on (once).
    void attachReader();
    void showStatus(const SyncStatus& status);
    void showConnecting();
    void refresh();
    void showSubscriptionPending();
    void linkAccount();

    SessionManager& m_session;
    MainWindow& m_window;
    QString m_cachePath;
    DataKey m_key; // for the outbox, which opens the cache only after the engine did
    bool m_online = false;
    bool m_connecting = false;
    bool m_readerAttached = false;
    std::chrono::seconds m_interval = SyncEngine::defaultInterval;
    AuthorizedPageSource m_pages;
    std::unique_ptr<LocalDataCleaner> m_cleaner;
    std::unique_ptr<CacheReaderThread> m_reader;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncNotifier> m_notifier;
    // Owned by the window, once built.
    QPointer<ProfilePage> m_profile;
    QPointer<AppealsPage> m_appeals;
    QPointer<MeterReadingsPage> m_meters;
    // The last accounts and profile the reader read, for the pages built after that.
    std::optional<QList<Account>> m_accounts;
    std::optional<UserProfile> m_userProfile;
};
