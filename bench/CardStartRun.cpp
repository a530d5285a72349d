#include "CardStartRun.h"

#include "BenchClock.h"
#include "CabinetSession.h"
#include "DesktopApp.h"
#include "FirstPaintWatcher.h"
#include "ProcessMemory.h"
#include "accounts/AccountCardPage.h"
#include "cache/CacheReader.h"
#include "cache/CacheReaderThread.h"
#include "charges/ChargeHistoryModel.h"
#include "charges/ChargesPage.h"
#include "engine/SyncEngine.h"
#include "main/MainSection.h"
#include "main/MainWindow.h"
#include "session/RefreshTokenVault.h"
#include "session/SessionManager.h"
#include "widgets/CopyableTableView.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

CardStartRun::CardStartRun(DesktopApp& desktop, QObject* parent)
    : QObject(parent)
    , m_desktop(desktop)
{ }

CardStartRun::~CardStartRun() = default;

void CardStartRun::watch()
{
    connect(&m_desktop, &DesktopApp::cabinetOpened, this, &CardStartRun::onCabinetOpened);
    connect(&m_desktop, &DesktopApp::signInShown, this, [this] {
        fail(u"the sign-in screen came instead of the remembered user's cabinet"_s);
    });
    connect(&m_desktop, &DesktopApp::cabinetRefused, this,
            [this](const QString& message) { fail(u"the cache was not opened: "_s + message); });
    connect(&m_desktop, &DesktopApp::resumeFinished, this, &CardStartRun::onResumed);
}

void CardStartRun::markStart(qint64 mainNs, qint64 appNs, qint64 setUpNs)
{
    m_mainNs = mainNs;
    m_appNs = appNs;
    m_setUpNs = setUpNs;
}

void CardStartRun::onCabinetOpened()
{
    m_openedNs = BenchClock::nowNs();
    CabinetSession* cabinet = m_desktop.cabinet();
    MainWindow* window = m_desktop.mainWindow();
    if (!cabinet || !window) {
        fail(u"the cabinet opened without a window"_s);
        return;
    }
    AccountCardPage* card = window->cardPage();
    m_watcher = std::make_unique<FirstPaintWatcher>(
        card, [this, card] { return m_accountId != 0 && card->accountId() == m_accountId; });
    connect(m_watcher.get(), &FirstPaintWatcher::painted, this, &CardStartRun::onPainted,
            Qt::QueuedConnection);
    connect(cabinet->reader()->reader(), &CacheReader::accountsRead, this,
            [this](const QList<Account>& accounts) {
                if (m_accountId != 0 || accounts.isEmpty())
                    return;
                const Account* newest = &accounts.constFirst();
                for (const Account& account : accounts) {
                    if (account.id > newest->id)
                        newest = &account;
                }
                onAccountsRead(newest->id, newest->number, int(accounts.size()));
            });
    connect(&cabinet->engine(), &SyncEngine::statusChanged, this, &CardStartRun::onSyncStatus);
    connect(&cabinet->engine(), &SyncEngine::finished, this, [this] {
        if (!m_resumed)
            return;
        m_synced = true;
        finishWhenSettled();
    });
}

void CardStartRun::onAccountsRead(qint64 accountId, const QString& number, int accounts)
{
    m_accountsNs = BenchClock::nowNs();
    m_accountId = accountId;
    m_accountNumber = number;
    m_accounts = accounts;
    m_desktop.mainWindow()->showAccount(accountId);
}

void CardStartRun::onPainted(qint64 paintedNs)
{
    m_paintedNs = paintedNs;
    m_peakAtPaintKb = ProcessMemory::peakKb();
    finishWhenSettled();
}

void CardStartRun::onResumed(const LoginOutcome& outcome)
{
    if (!outcome.isSignedIn()) {
        // Offline the cabinet stays open: the figures stand, the sync is noted as not done.
        m_resumed = true;
        m_synced = true;
        m_syncNote = u"session not resumed: "_s + LoginOutcome::statusName(outcome.status());
        finishWhenSettled();
        return;
    }
    m_resumed = true;
}

void CardStartRun::onSyncStatus(const SyncStatus& status)
{
    if (!m_resumed
        || (status.state != SyncStatus::State::Failed
            && status.state != SyncStatus::State::Offline))
        return;
    m_synced = true;
    m_syncNote = u"sync: "_s + SyncStatus::stateName(status.state) + u' ' + status.error.describe();
    finishWhenSettled();
}

void CardStartRun::finishWhenSettled()
{
    if (m_done || m_paintedNs == 0 || !m_synced)
        return;
    // The refresh token the resume got must reach the keychain, or the next run's would be spent.
    RefreshTokenVault* vault = m_desktop.sessionManager()
        ? m_desktop.sessionManager()->api().refreshTokenVault()
        : nullptr;
    if (vault && vault->pendingOperations() > 0) {
        const auto again = [this] {
            finishWhenSettled();
        };
        connect(vault, &RefreshTokenVault::stored, this, again, Qt::SingleShotConnection);
        connect(vault, &RefreshTokenVault::forgotten, this, again, Qt::SingleShotConnection);
        return;
    }
    m_done = true;
    // Before the charges page adds its own: the figure is the cabinet as a start leaves it.
    m_peakKb = ProcessMemory::peakKb();
    measureCharges();
}

void CardStartRun::measureCharges()
{
    auto* page =
        qobject_cast<ChargesPage*>(m_desktop.mainWindow()->sectionPage(MainSection::Charges));
    if (!page) {
        m_errorText = u"the window has no charges page"_s;
        emit finished(2);
        return;
    }
    m_chargesWatcher = std::make_unique<FirstPaintWatcher>(page->chargesView(), [this, page] {
        return m_chargesFilled && page->chargesModel()->rowCount() > 0;
    });
    connect(m_chargesWatcher.get(), &FirstPaintWatcher::painted, this,
            &CardStartRun::onChargesPainted, Qt::QueuedConnection);
    connect(page, &AccountHistoryPage::reloaded, this, &CardStartRun::onChargesRead,
            Qt::SingleShotConnection);
    // The page reads the current account's history when it shows.
    m_chargesShownNs = BenchClock::nowNs();
    m_desktop.mainWindow()->showSection(MainSection::Charges);
}

void CardStartRun::onChargesRead()
{
    auto* page =
        qobject_cast<ChargesPage*>(m_desktop.mainWindow()->sectionPage(MainSection::Charges));
    m_chargesReadNs = BenchClock::nowNs();
    // Clamped to what the picker offers: from the January the history begins to this month.
    page->setRange(Period(Period::minYear, 1), Period(Period::maxYear, 12));
    m_chargesFilled = true;
    m_chargeRows = page->chargesModel()->rowCount();
    m_chargesRange = page->range().from.toIsoString() + u".."_s + page->range().to.toIsoString();
}

void CardStartRun::onChargesPainted(qint64 paintedNs)
{
    m_chargesPaintedNs = paintedNs;
    finish();
}

void CardStartRun::finish()
{
    const QJsonObject report {
        {u"mainNs"_s, double(m_mainNs)},
        {u"appNs"_s, double(m_appNs)},
        {u"setUpNs"_s, double(m_setUpNs)},
        {u"openedNs"_s, double(m_openedNs)},
        {u"accountsNs"_s, double(m_accountsNs)},
        {u"paintNs"_s, double(m_paintedNs)},
        {u"peakKb"_s, double(m_peakKb)},
        {u"peakAtPaintKb"_s, double(m_peakAtPaintKb)},
        {u"account"_s, m_accountNumber},
        {u"accounts"_s, m_accounts},
        {u"keySource"_s, u"keychain"_s},
        {u"note"_s, m_syncNote},
        {u"chargesNs"_s, double(m_chargesPaintedNs - m_chargesShownNs)},
        {u"chargesReadNs"_s, double(m_chargesReadNs - m_chargesShownNs)},
        {u"chargesFillNs"_s, double(m_chargesPaintedNs - m_chargesReadNs)},
        {u"chargeRows"_s, m_chargeRows},
        {u"chargesRange"_s, m_chargesRange},
    };
    m_report = QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact));
    emit finished(0);
}

void CardStartRun::fail(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_errorText = message;
    emit finished(2);
}
