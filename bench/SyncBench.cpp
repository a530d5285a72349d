#include "SyncBench.h"

#include "ByteCountingProxy.h"
#include "CountingPageSource.h"
#include "StallProbe.h"
#include "engine/SyncEngine.h"
#include "engine/TransportPageSource.h"
#include "net/ApiCall.h"
#include "net/ApiTransport.h"
#include "protocol/json/SessionTokensJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int syncTimeoutMs = 300000;
// Generous: under valgrind (docs/performance.md, "Profiling again") a request takes minutes.
constexpr int requestTimeoutMs = 300000;

// curl's config syntax: a double-quoted string with backslashes and quotes escaped.
QString configValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

SyncBench::Client::Client() = default;

SyncBench::Client::~Client()
{
    // The engine's thread stops before the source it fetches through goes.
    engine.reset();
    counting.reset();
    source.reset();
    transport.reset();
}

SyncBench::SyncBench(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

SyncBench::~SyncBench() = default;

int SyncBench::run()
{
    const TlsTrust::LoadResult trust = TlsTrust::load(m_options.caFile, QString());
    if (!trust.ok()) {
        fail(u"the CA file: "_s + trust.message);
        return 1;
    }
    m_trust = *trust.trust;
    m_loginTransport = std::make_unique<ApiTransport>(m_options.server, m_trust);

    // One full sync first, not reported: it loads the TLS backend and the SQLCipher driver and
    // warms the server's caches, which every later run (and curl) then finds warm alike.
    if (!fullSync(false))
        return 1;
    for (int i = 0; i < m_options.runs; ++i) {
        if (!fullSync(true))
            return 1;
    }
    if (!nothingNew() || !wireBytes())
        return 1;
    return 0;
}

std::optional<QString> SyncBench::logIn()
{
    ApiCall* call = m_loginTransport->send(ApiRequest::post(
        u"/sessions"_s,
        QJsonObject {{u"login"_s, m_options.login}, {u"password"_s, m_options.password}}));
    std::optional<ApiResult> result;
    QEventLoop loop;
    connect(call, &ApiCall::finished, &loop, [&](const ApiResult& answer) {
        result = answer;
        loop.quit();
    });
    QTimer::singleShot(requestTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!result) {
        fail(u"POST /sessions did not answer"_s);
        return std::nullopt;
    }
    if (!result->isOk()) {
        fail(u"POST /sessions failed: "_s + result->error().describe());
        return std::nullopt;
    }
    JsonError error;
    const std::optional<SessionTokens> tokens = SessionTokensJson::fromJson(result->body(), &error);
    if (!tokens) {
        fail(u"POST /sessions answered no tokens: "_s + error.message);
        return std::nullopt;
    }
    return tokens->accessToken;
}

std::unique_ptr<SyncBench::Client> SyncBench::newClient(const QUrl& base, const QString& token,
                                                        const QString& cachePath,
                                                        const DataKey& key) const
{
    auto client = std::make_unique<Client>();
    client->transport = std::make_unique<ApiTransport>(base, m_trust);
    client->source = std::make_unique<TransportPageSource>(*client->transport);
    client->source->setAccessToken(token);
    client->counting = std::make_unique<CountingPageSource>(*client->source);
    client->engine = std::make_unique<SyncEngine>(*client->counting, cachePath, key);
    client->engine->setInterval(0s);
    return client;
}

SyncBench::SyncRun SyncBench::syncOnce(Client& client, bool probe)
{
    SyncRun run;
    StallProbe stalls;
    QEventLoop loop;
    QElapsedTimer elapsed;
    connect(client.engine.get(), &SyncEngine::finished, &loop, [&](const SyncSummary& summary) {
        run.ms = double(elapsed.nsecsElapsed()) / 1e6;
        run.summary = summary;
        loop.quit();
    });
    connect(client.engine.get(), &SyncEngine::statusChanged, &loop, [&](const SyncStatus& status) {
        if (status.state != SyncStatus::State::Failed && status.state != SyncStatus::State::Offline)
            return;
        run.error = SyncStatus::stateName(status.state) + u": "_s + status.error.describe();
        loop.quit();
    });
    QTimer::singleShot(syncTimeoutMs, &loop, [&] {
        run.error = u"no end within %1 s"_s.arg(syncTimeoutMs / 1000);
        loop.quit();
    });
    client.counting->reset();
    if (probe)
        stalls.start();
    elapsed.start();
    if (!client.engine->refresh()) {
        run.error = u"a sync was under way already"_s;
        return run;
    }
    loop.exec();
    if (probe) {
        stalls.stop();
        run.stallMs = stalls.longestGapMs();
    }
    run.requests = client.counting->requests();
    run.cursors = client.counting->cursors();
    return run;
}

bool SyncBench::fullSync(bool report)
{
    // A token for each run: one lives 15 minutes, a loaded machine may take longer for them all.
    const std::optional<QString> token = logIn();
    if (!token)
        return false;
    m_token = *token;
    m_last.reset();
    const QString cacheDir = m_options.workDir + u"/sync-cache-"_s + QString::number(m_fullSyncs++);
    QDir(cacheDir).removeRecursively();
    if (!QDir().mkpath(cacheDir))
        return fail(u"cannot create "_s + cacheDir);
    m_lastCachePath = cacheDir + u"/cache.db"_s;
    m_lastKey = DataKey::generate();
    m_last = newClient(m_options.server, m_token, m_lastCachePath, m_lastKey);

    const SyncRun run = syncOnce(*m_last, true);
    if (!run.summary)
        return fail(u"the full sync failed: "_s + run.error);
    if (!report)
        return true;
    QJsonObject figures {
        {u"kind"_s, u"full"_s},
        {u"ms"_s, run.ms},
        {u"stallMs"_s, run.stallMs},
        {u"requests"_s, run.requests},
        {u"pages"_s, run.summary->pages},
        {u"bytes"_s, double(run.summary->bytes)},
        {u"rows"_s, double(run.summary->rows)},
        {u"accounts"_s, run.summary->accounts},
        {u"periods"_s, run.summary->periods},
        {u"payments"_s, run.summary->payments},
    };
    if (!curlDownload(run.cursors, m_token, figures))
        return false;
    print(figures);
    return true;
}

bool SyncBench::curlDownload(const QStringList& cursors, const QString& token, QJsonObject& figures)
{
    // The config goes on standard input, so that the token shows neither in the process list
    // nor in a file.
    QString config = u"silent\nshow-error\nfail\nhttp1.1\n"_s;
    config += u"cacert = "_s + configValue(m_options.caFile) + u'\n';
    config += u"header = "_s + configValue(u"Authorization: Bearer "_s + token) + u'\n';
    config += u"header = \"Accept: application/json\"\n"_s;
    config += u"write-out = \"%{http_code} %{size_download} %{time_total}\\n\"\n"_s;
    const QString outputDir = m_options.workDir + u"/curl"_s;
    QDir(outputDir).removeRecursively();
    QDir().mkpath(outputDir);
    for (int i = 0; i < cursors.size(); ++i) {
        const QUrl url = SyncPageSource::request(cursors.at(i)).url(m_options.server);
        config += u"url = "_s + configValue(url.toString(QUrl::FullyEncoded)) + u'\n';
        config += u"output = "_s + configValue(outputDir + u"/page-%1.json"_s.arg(i)) + u'\n';
    }

    QProcess curl;
    curl.setProgram(m_options.curl);
    curl.setArguments({u"--config"_s, u"-"_s});
    QElapsedTimer wall;
    wall.start();
    curl.start();
    if (!curl.waitForStarted(requestTimeoutMs))
        return fail(u"cannot start "_s + m_options.curl + u": "_s + curl.errorString());
    curl.write(config.toUtf8());
    curl.closeWriteChannel();
    if (!curl.waitForFinished(syncTimeoutMs)) {
        curl.kill();
        curl.waitForFinished();
        return fail(u"curl did not finish"_s);
    }
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    if (curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0)
        return fail(u"curl failed: "_s + QString::fromLocal8Bit(curl.readAllStandardError()));

    double seconds = 0;
    double bytes = 0;
    int transfers = 0;
    for (const QByteArray& line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() != 3)
            continue;
        if (fields.at(0) != "200")
            return fail(u"curl got HTTP "_s + QString::fromLatin1(fields.at(0)));
        bytes += fields.at(1).toDouble();
        seconds += fields.at(2).toDouble();
        ++transfers;
    }
    if (transfers != cursors.size())
        return fail(u"curl reported %1 transfers of %2"_s.arg(transfers).arg(cursors.size()));
    figures.insert(u"curlMs"_s, seconds * 1000.0);
    figures.insert(u"curlWallMs"_s, wallMs);
    figures.insert(u"curlBytes"_s, bytes);
    figures.insert(u"curlRequests"_s, transfers);
    return true;
}

bool SyncBench::nothingNew()
{
    if (!m_last)
        return fail(u"no cache to sync again"_s);
    for (int i = 0; i <= m_options.runs; ++i) {
        const SyncRun run = syncOnce(*m_last, false);
        if (!run.summary)
            return fail(u"the sync with nothing new failed: "_s + run.error);
        // The first comes right after curl's downloads; the server may have closed the idle
        // connection by then, so it is not reported.
        if (i == 0)
            continue;
        print({
            {u"kind"_s, u"nothingNew"_s},
            {u"ms"_s, run.ms},
            {u"requests"_s, run.requests},
            {u"pages"_s, run.summary->pages},
            {u"bytes"_s, double(run.summary->bytes)},
            {u"rows"_s, double(run.summary->rows)},
        });
    }
    return true;
}

bool SyncBench::wireBytes()
{
    m_last.reset();
    ByteCountingProxy proxy(quint16(m_options.server.port()));
    if (!proxy.listen())
        return fail(u"the byte-counting proxy cannot listen"_s);
    QUrl proxied = m_options.server;
    proxied.setPort(proxy.port());
    for (int i = 0; i < m_options.runs; ++i) {
        // A new transport each time: a new TCP connection and a full TLS handshake, as a
        // background sync gets once the last one's idle connection has been closed.
        std::unique_ptr<Client> client = newClient(proxied, m_token, m_lastCachePath, m_lastKey);
        QJsonObject figures {{u"kind"_s, u"wire"_s}};
        for (const QString& connection : {u"fresh"_s, u"alive"_s}) {
            const qint64 up = proxy.bytesToServer();
            const qint64 down = proxy.bytesToClient();
            const int connections = proxy.connections();
            const SyncRun run = syncOnce(*client, false);
            if (!run.summary)
                return fail(u"the sync through the proxy failed: "_s + run.error);
            // The relay may still hold the last bytes of the answer for a moment.
            QEventLoop settle;
            QTimer::singleShot(100, &settle, &QEventLoop::quit);
            settle.exec();
            figures.insert(connection + u"Up"_s, double(proxy.bytesToServer() - up));
            figures.insert(connection + u"Down"_s, double(proxy.bytesToClient() - down));
            figures.insert(connection + u"Connections"_s, proxy.connections() - connections);
            figures.insert(connection + u"Requests"_s, run.requests);
            figures.insert(connection + u"Rows"_s, double(run.summary->rows));
        }
        print(figures);
    }
    return true;
}

bool SyncBench::fail(const QString& message)
{
    std::fprintf(stderr, "kabinet-bench-sync: %s\n", qPrintable(message));
    return false;
}

void SyncBench::print(const QJsonObject& line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}
