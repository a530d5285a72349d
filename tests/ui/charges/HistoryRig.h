#pragma once

#include "DemoServer.h"
#include "EngineCache.h"
#include "PortalSession.h"
#include "cache/CacheReaderThread.h"
#include "engine/AuthorizedPageSource.h"
#include "engine/SyncEngine.h"
#include "protocol/Period.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

class QWidget;

// What «Начисления» and «Платежи» need, as the application has it once signed in: the real
// kabinet-portal with the demo data (DemoServer, its clock at 2024-10-15, so the last closed
// period is 2024-09 and October is charged but not closed), the demo user signed in over the
// client's HTTPS layer, a real SQLCipher cache filled by the real sync engine, and the views'
// reader thread.
//
// The server's own figures are asked for independently of the client's code: plain HTTPS GETs
// with the test's own sign-in (PortalClient), read as JSON by the test.
class HistoryRig
{
public:
    HistoryRig();
    ~HistoryRig();

    // false with errorString() on failure.
    bool start();
    // One sync, waited for.
    bool sync();

    QString errorString() const { return m_error; }
    DemoServer& server() { return m_server; }
    EngineCache& cache() { return m_cache; }
    CacheReaderThread& reader() { return *m_reader; }

    // GET path as the demo user; the JSON object of a 200 answer, else {} with a warning.
    QJsonObject serverGet(const QString& path);
    // GET /api/v1/accounts/{id}/<what>?from=…&to=… (what: charges, payments, movement).
    QJsonObject serverHistory(qint64 accountId, const QString& what, Period from, Period to);
    // The server's id of the demo account with this number; 0 when there is none.
    qint64 accountId(const QString& number);

    // Renders widget to $KABINET_UI_SHOTS/name.png when that variable is set, to be looked at.
    static void saveShot(QWidget* widget, const QString& name);

private:
    bool fail(const QString& error);

    DemoServer m_server;
    EngineCache m_cache;
    std::unique_ptr<PortalSession> m_session;
    std::unique_ptr<AuthorizedPageSource> m_pages;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<CacheReaderThread> m_reader;
    QString m_token;
    QString m_error;
};
