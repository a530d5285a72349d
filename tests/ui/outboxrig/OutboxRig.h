#pragma once

#include "DemoServer.h"
#include "EngineCache.h"
#include "PortalSession.h"
#include "cache/CacheReaderThread.h"
#include "engine/AuthorizedPageSource.h"
#include "engine/SyncEngine.h"
#include "outbox/Outbox.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

// What the pages that write through the outbox need, as the application has it once signed in:
// the real kabinet-portal with the demo data (DemoServer, its clock at 2024-10-15), the demo user
// signed in over the client's HTTPS layer, a real SQLCipher cache filled by the real sync engine,
// the views' reader thread and the outbox (its automatic retries off, so that a test says when a
// round runs). The server can be stopped and started again on the same port and data, so that
// the same client reaches it again, as after a network outage.
//
// What the server holds is read back independently of the client's code: over HTTPS with the
// test's own PortalClient (serverItems()), and for typo reports, which have no GET, straight from
// the server's SQLite file with the sqlcipher shell (serverTypoReports()).
class OutboxRig
{
public:
    OutboxRig();
    ~OutboxRig();

    // false with errorString() on failure.
    bool start();
    // One sync, waited for.
    bool sync();
    bool stopServer();
    bool startServerAgain();
    // Starts an outbox round and waits for its end.
    std::optional<OutboxRound> sendPending();

    QString errorString() const { return m_error; }
    DemoServer& server() { return m_server; }
    PortalSession& session() { return *m_session; }
    EngineCache& cache() { return m_cache; }
    CacheReaderThread& reader() { return *m_reader; }
    Outbox& outbox() { return *m_outbox; }

    // GET path as the demo user, with a session of its own; the answer's "items".
    QJsonArray serverItems(const QString& path);
    // Every typo report in the server's database, oldest first: selection, context, screen,
    // comment.
    QList<QStringList> serverTypoReports();

    // Types text into widget key by key, as QTest::keyClicks does for Latin-1 only: Cyrillic too,
    // and a line break as Return.
    static void type(QWidget* widget, const QString& text);
    // Renders widget to $KABINET_UI_SHOTS/name.png when that variable is set, to be looked at.
    static void saveShot(QWidget* widget, const QString& name);

private:
    bool fail(const QString& error);

    DemoServer m_server;
    EngineCache m_cache;
    quint16 m_port = 0;
    std::unique_ptr<PortalSession> m_session;
    std::unique_ptr<AuthorizedPageSource> m_pages;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<CacheReaderThread> m_reader;
    std::unique_ptr<Outbox> m_outbox;
    QString m_error;
};
