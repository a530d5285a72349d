#pragma once

#include "cache/AccountCard.h"
#include "main/MainSection.h"
#include "protocol/types/Account.h"
#include "protocol/types/UserProfile.h"

#include <QDateTime>
#include <QList>
#include <QMainWindow>

#include <array>
#include <functional>

class AccountCardPage;
class CacheReaderThread;
class HomePage;
class OfflineBanner;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;
class StatementAction;
class SyncStatusWidget;

// The cabinet's main window, laid out like the portal: a header with «Добавить лицевой счет»,
// the greeting and «Выход»; the «Разделы» navigation on the left; the chosen section beside it;
// and the sync's state at the bottom. It knows nothing of the sync engine: the wiring calls the
// setters below and listens to the signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The views read the cache through reader (not owned; may be null to detach). Setting one
    // reads the accounts and the profile at once.
    void setCacheReader(CacheReaderThread* reader);

    MainSection currentSection() const;
    HomePage* homePage() const { return m_home; }
    AccountCardPage* cardPage() const { return m_card; }
    bool isOfflineBannerVisible() const;
    // Puts page in place of section's page (at first a placeholder); the window takes it over.
    // The wiring (app/) fills in the sections whose pages need more than the cache reader.
    void setSectionPage(MainSection section, QWidget* page);
    // Like setSectionPage(make()), but only when the section is first shown or its page asked
    // for (sectionPage()): a start builds only the pages it shows, so the first paint does not
    // wait for (nor the cache reader read for) sections nobody opened yet.
    void setSectionPageFactory(MainSection section, std::function<QWidget*()> make);
    // Builds the page first when it was left to a factory.
    QWidget* sectionPage(MainSection section);
    // Whether the section's page is built (not waiting for its factory).
    bool isSectionPageBuilt(MainSection section) const;
    // Shows count beside the section's title in the navigation («Новости (2)»); 0 shows the
    // title alone.
    void setSectionCount(MainSection section, int count);
    // The account the per-account sections (Начисления, Платежи, МКД, Показания) show, as on the
    // portal: the one whose card was opened last, else the first of the list; 0 with none linked.
    qint64 currentAccountId() const { return m_currentAccountId; }
    // What is behind the account card's «Выписка…»; null without a cache reader.
    StatementAction* cardStatementAction() const { return m_cardStatement; }

public slots:
    void showSection(MainSection section);
    void showAccount(qint64 accountId);
    // «Квитанция…»: the receipt dialog of the account, over the window.
    void showReceipt(qint64 accountId);
    // The account card's «Выписка…»: once the account's history is read (for the months to
    // offer), the statement dialog of the account, starting at the last twelve closed periods.
    void showStatement(qint64 accountId);
    // Re-reads what the views show, e.g. after a sync changed the cache.
    void reloadFromCache();

    void setLogin(const QString& login);
    // «Settings…» in the header; a kiosk has none (its settings are the administrator's file).
    void setSettingsAvailable(bool available);
    // text: the sync's state in words; syncing shows a progress bar (percent < 0: busy).
    void setSyncState(const QString& text, bool syncing, int percent = -1);
    void setLastSynced(const QDateTime& lastSynced);
    // offline shows the banner saying the data is as of lastSynced (UTC).
    void setOffline(bool offline, const QDateTime& lastSynced);

    void setAccounts(const QList<Account>& accounts);
    void setProfile(const UserProfile& profile);
    void setCard(const AccountCard& card);

signals:
    void addAccountRequested();
    void signOutRequested();
    // «Настройки…» in the header.
    void settingsRequested();
    void refreshRequested();
    void currentAccountChanged(qint64 accountId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createHeader(QWidget* parent);
    QWidget* createNavigation(QWidget* parent);
    void createPages();
    // Builds section's page from its factory, if it has one waiting.
    void buildSectionPage(MainSection section);
    void onNavigationRowChanged(int row);
    void setMeterReadingsAvailable(bool available);
    void setCurrentAccount(qint64 accountId);
    void saveSettings() const;
    void restoreSettings();

    CacheReaderThread* m_reader = nullptr;
    StatementAction* m_cardStatement = nullptr; // with m_reader
    QToolButton* m_settings = nullptr;
    QLabel* m_greeting = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QStackedWidget* m_homeStack = nullptr; // the account list, or one account's card
    HomePage* m_home = nullptr;
    AccountCardPage* m_card = nullptr;
    OfflineBanner* m_offline = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    QList<QMetaObject::Connection> m_readerConnections;
    std::array<std::function<QWidget*()>, MainSectionInfo::count> m_pageFactories;
    qint64 m_currentAccountId = 0;
};
