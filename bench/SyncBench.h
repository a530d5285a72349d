#pragma once

#include "engine/SyncSummary.h"
#include "keys/DataKey.h"
#include "net/TlsTrust.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class ApiTransport;
class CountingPageSource;
class SyncEngine;
class TransportPageSource;

// The sync figures of issue 9 for kabinet-bench-sync, each printed as one JSON line:
//
//  - "full": a full first sync of the user's accounts into a new cache by the real SyncEngine
//    over a new HTTPS connection, timed from refresh() to finished(), while a StallProbe on this
//    (GUI) thread records the longest the event loop was kept from running; then curl fetching
//    the same URLs (the cursors the engine asked for) with the same access token over one
//    connection, timed by curl itself (the sum of its transfers' time_total, handshake included).
//    The two alternate, so that both see the same load of a shared machine.
//  - "nothingNew": a sync of the last cache with nothing new on an engine already open, as the
//    background sync of an open window runs: requests made, answer bytes, time.
//  - "wire": the bytes on the wire of such a sync, through a ByteCountingProxy: on a new TLS
//    connection (handshake included) and on the connection kept alive after it.
//
// The access token comes from POST /api/v1/sessions (TransportPageSource takes it as it is; the
// session layer would only add refreshing it).
class SyncBench : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        QString caFile;
        QString login;
        QString password;
        int runs = 5;
        QString curl;
        QString workDir;
    };

    explicit SyncBench(Options options, QObject* parent = nullptr);
    ~SyncBench() override;

    // Runs everything, printing the JSON lines to standard output; 0 when every figure was
    // measured, else 1 after saying why on standard error.
    int run();

private:
    // An engine over its own transport (so its own connection), counting its requests.
    struct Client
    {
        Client();
        ~Client();
        std::unique_ptr<ApiTransport> transport;
        std::unique_ptr<TransportPageSource> source;
        std::unique_ptr<CountingPageSource> counting;
        std::unique_ptr<SyncEngine> engine;
    };

    struct SyncRun
    {
        std::optional<SyncSummary> summary;
        QString error;
        double ms = 0;
        double stallMs = 0;
        int requests = 0;
        QStringList cursors;
    };

    std::optional<QString> logIn();
    std::unique_ptr<Client> newClient(const QUrl& base, const QString& token,
                                      const QString& cachePath, const DataKey& key) const;
    static SyncRun syncOnce(Client& client, bool probe);
    bool fullSync(bool report);
    bool curlDownload(const QStringList& cursors, const QString& token, QJsonObject& figures);
    bool nothingNew();
    bool wireBytes();
    bool fail(const QString& message);
    static void print(const QJsonObject& line);

    Options m_options;
    TlsTrust m_trust;
    std::unique_ptr<ApiTransport> m_loginTransport;
    int m_fullSyncs = 0;
    // The last full sync's client and cache, for the syncs with nothing new.
    std::unique_ptr<Client> m_last;
    QString m_lastCachePath;
    DataKey m_lastKey;
    QString m_token;
};
