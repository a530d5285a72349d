#pragma once

#include "engine/AuthorizedPageSource.h"
#include "engine/SyncEngine.h"
#include "keys/DataKey.h"

#include <QObject>
#include <QString>

#include <memory>

class AuthorizedApi;
class CacheReaderThread;
class MainWindow;
struct SyncStatus;

// One signed-in user's cabinet: the main window reading the user's cache on a thread of its own
// (CacheReaderThread), and the sync engine keeping that cache up to date through the session.
// The window learns of the sync only from here: its state line, progress, last sync time and the
// offline banner follow SyncEngine::statusChanged, and every applied page reloads the views.
class CabinetSession : public QObject
{
    Q_OBJECT

public:
    // api must outlive this object; window is not owned.
    CabinetSession(AuthorizedApi& api, const QString& cachePath, const DataKey& key,
                   MainWindow& window, QObject* parent = nullptr);
    ~CabinetSession() override;

    SyncEngine& engine() { return *m_engine; }
    // Opens the cache for reading. Online, starts the background syncs with one at once; offline
    // (opened with the password alone, no session) shows the cache as of its last sync under the
    // offline banner, and syncs nothing.
    void start(bool online);

private:
    void showStatus(const SyncStatus& status);

    MainWindow& m_window;
    bool m_online = false;
    AuthorizedPageSource m_pages;
    std::unique_ptr<CacheReaderThread> m_reader;
    std::unique_ptr<SyncEngine> m_engine;
};
