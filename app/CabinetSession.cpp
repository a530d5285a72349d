#include "CabinetSession.h"

#include "cache/CacheReaderThread.h"
#include "engine/SyncStatus.h"
#include "main/MainWindow.h"

CabinetSession::CabinetSession(AuthorizedApi& api, const QString& cachePath, const DataKey& key,
                               MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_pages(api)
    , m_reader(std::make_unique<CacheReaderThread>(cachePath, key))
    , m_engine(std::make_unique<SyncEngine>(m_pages, cachePath, key))
{
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &CabinetSession::showStatus);
    connect(m_engine.get(), &SyncEngine::pageApplied, &m_window, &MainWindow::reloadFromCache);
    // Without a session a sync could only fail: offline, refreshing waits for a sign-in.
    connect(&m_window, &MainWindow::refreshRequested, this, [this] {
        if (m_online)
            m_engine->refresh();
    });
}

CabinetSession::~CabinetSession()
{
    m_window.setCacheReader(nullptr);
}

void CabinetSession::start(bool online)
{
    m_online = online;
    // The engine creates a new cache and brings its schema up to date; the reader opens after it.
    connect(m_engine.get(), &SyncEngine::cacheOpened, this, [this](bool ok) {
        if (ok)
            m_window.setCacheReader(m_reader.get());
    });
    // Started offline too: opening the cache tells the time of the last sync (statusChanged).
    m_engine->setInterval(online ? SyncEngine::defaultInterval : std::chrono::seconds(0));
    m_engine->start();
    if (online)
        m_engine->refresh();
}

void CabinetSession::showStatus(const SyncStatus& status)
{
    const bool syncing = status.state == SyncStatus::State::Syncing;
    // The server does not say how many pages a sync has: the bar shows that work goes on.
    m_window.setSyncState(status.text(), syncing, -1);
    m_window.setLastSynced(status.lastSyncedAt);
    m_window.setOffline(!m_online || status.state == SyncStatus::State::Offline,
                        status.lastSyncedAt);
}
