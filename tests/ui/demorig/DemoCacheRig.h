#pragma once

#include "DemoServer.h"
#include "EngineCache.h"
#include "PortalSession.h"
#include "cache/CacheReaderThread.h"
#include "engine/AuthorizedPageSource.h"
#include "engine/SyncEngine.h"
#include "protocol/types/Account.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

// What the sections need, as the application has it once signed in (HistoryRig and OutboxRig add
// what their pages need on top):
// the real kabinet-portal with the demo data (DemoServer, its clock at 2024-10-15), the demo user
// signed in over the client's HTTPS layer, a real SQLCipher cache filled by the real sync engine,
// and the views' reader thread.
//
// What the server holds is read back independently of the client's code: over HTTPS with the
// test's own PortalClient and session, as raw JSON (serverObject(), serverItems()).
class DemoCacheRig
{
public:
    DemoCacheRig();
    virtual ~DemoCacheRig();

    // false with errorString() on failure.
    virtual bool start();
    // One sync, waited for.
    bool sync();
    // A new reader thread on the same file, the old one stopped: as at the application's next
    // start.
    void reopenReader();

    QString errorString() const { return m_error; }
    DemoServer& server() { return m_server; }
    PortalSession& session() { return *m_session; }
    EngineCache& cache() { return m_cache; }
    CacheReaderThread& reader() { return *m_reader; }

    // The linked accounts as the window gets them (CacheReader::accountsRead); std::nullopt
    // (with a warning) when the read does not come.
    std::optional<QList<Account>> accounts();

    // GET path as the demo user, with a session of the test's own; the answer's JSON object.
    QJsonObject serverObject(const QString& path);
    // The same, the answer's "items".
    QJsonArray serverItems(const QString& path);

    // Renders widget to $KABINET_UI_SHOTS/name.png when that variable is set, to be looked at.
    static void saveShot(QWidget* widget, const QString& name);

protected:
    // Long enough for a sync or an outbox round on a busy machine.
    static constexpr int waitMs = 30000;

    bool fail(const QString& error);

private:
    QJsonObject serverObject(const QString& path, bool mayRetry);

    DemoServer m_server;
    EngineCache m_cache;
    std::unique_ptr<PortalSession> m_session;
    std::unique_ptr<AuthorizedPageSource> m_pages;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<CacheReaderThread> m_reader;
    QString m_serverToken;
    QString m_error;
};
