// The HTTP plumbing in process: a PortalServer with a test-only route module that uses every
// helper (JSON body, field reader, path ids, bearer token, query), driven over real HTTPS.
#include "PortalClient.h"
#include "app/PortalOptions.h"
#include "core/PortalContext.h"
#include "core/RouteModule.h"
#include "core/SystemClock.h"
#include "http/BearerToken.h"
#include "http/HttpLimits.h"
#include "http/JsonBody.h"
#include "http/JsonFieldReader.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "http/PortalServer.h"
#include "http/RequestParameters.h"
#include "routes/HealthRoutes.h"
#include "storage/PortalDatabase.h"
#include "tls/DevCertificateAuthority.h"
#include "tls/TlsCredentials.h"

#include <QDate>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category) == "kabinet.portal")
        capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

class EchoRoutes final : public RouteModule
{
public:
    QString name() const override { return u"echo"_s; }

    bool prepare(PortalContext& context, QString& error) override
    {
        if (context.database().ensureSchema(
                u"echo"_s, {{u"CREATE TABLE echo (id INTEGER PRIMARY KEY, name TEXT)"_s}}))
            return true;
        error = context.database().lastError();
        return false;
    }

    void registerRoutes(PortalRouter& router, PortalContext& context) override
    {
        Q_UNUSED(context);
        router.route(Method::Post, u"/api/v1/echo"_s, [](const QHttpServerRequest& request) {
            const JsonBody body = JsonBody::read(request);
            if (!body.isValid())
                return body.errorResponse();
            JsonFieldReader fields(body.object());
            const QString name = fields.requiredString(u"name"_s);
            const std::optional<qint64> count = fields.optionalInteger(u"count"_s);
            const std::optional<bool> flag = fields.optionalBool(u"flag"_s);
            if (fields.hasError())
                return fields.errorResponse();
            return JsonResponse::created({{u"name"_s, name},
                                          {u"count"_s, count ? QJsonValue(*count) : QJsonValue()},
                                          {u"flag"_s, flag ? QJsonValue(*flag) : QJsonValue()},
                                          {u"bytes"_s, request.body().size()}});
        });
        router.route(Method::Get, u"/api/v1/things/<arg>"_s,
                     [](const QString& idText, const QHttpServerRequest&) {
                         const std::optional<qint64> id = RequestParameters::id(idText);
                         if (!id)
                             return JsonResponse::error(ApiErrorCode::NotFound);
                         return JsonResponse::object({{u"id"_s, *id}});
                     });
        router.route(Method::Get, u"/api/v1/whoami"_s, [](const QHttpServerRequest& request) {
            const std::optional<QString> token = BearerToken::fromRequest(request);
            if (!token)
                return JsonResponse::error(ApiErrorCode::Unauthorized);
            return JsonResponse::object({{u"tokenLength"_s, token->size()}});
        });
        router.route(Method::Get, u"/api/v1/search"_s, [](const QHttpServerRequest& request) {
            const std::optional<QString> prefix = RequestParameters::query(request, u"prefix"_s);
            return JsonResponse::object(
                {{u"prefix"_s, prefix ? QJsonValue(*prefix) : QJsonValue()}});
        });
        router.route(
            Method::Delete, u"/api/v1/things/<arg>"_s,
            [](const QString&, const QHttpServerRequest&) { return JsonResponse::empty(); });
    }
};

class FailingRoutes final : public RouteModule
{
public:
    QString name() const override { return u"failing"_s; }
    bool prepare(PortalContext&, QString& error) override
    {
        error = u"no disk"_s;
        return false;
    }
    void registerRoutes(PortalRouter&, PortalContext&) override { }
};

class BadRouteRoutes final : public RouteModule
{
public:
    QString name() const override { return u"bad-route"_s; }
    void registerRoutes(PortalRouter& router, PortalContext&) override
    {
        // Qt has no converter from a path segment to QDate.
        router.route(Method::Get, u"/api/v1/days/<arg>"_s,
                     [](const QDate&, const QHttpServerRequest&) { return JsonResponse::empty(); });
    }
};

struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};
} // namespace

class TestPortalServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PortalOptions m_options;
    PortalDatabase m_database;
    SystemClock m_clock;
    QSslCertificate m_ca;
    QSslConfiguration m_tls;
    std::unique_ptr<PortalContext> m_context;
    std::unique_ptr<PortalServer> m_server;
    std::unique_ptr<PortalClient> m_client;
    quint16 m_port = 0;

    QUrl baseUrl() const { return QUrl(u"https://127.0.0.1:"_s + QString::number(m_port)); }

    std::unique_ptr<QSslSocket> connectRaw()
    {
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_ca);
        socket->setSslConfiguration(configuration);
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_port);
        // The server runs in this thread: wait with the event loop running, never blocking.
        if (!QTest::qWaitFor([&] { return socket->isEncrypted(); }, 5000))
            return {};
        return socket;
    }

    // Reads one answer with a Content-Length; status 0 when none came.
    static RawAnswer readAnswer(QSslSocket& socket, QByteArray& buffer)
    {
        RawAnswer answer;
        // A timeout shows as status 0.
        [[maybe_unused]] const bool complete = QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return socket.state() == QAbstractSocket::UnconnectedState;
                const QByteArray head = buffer.left(end);
                qsizetype length = 0;
                for (const QByteArray& line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                return buffer.size() >= end + 4 + length;
            },
            10000);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return answer;
        answer.head = buffer.left(end);
        answer.status = answer.head.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray& line : answer.head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        answer.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return answer;
    }

    static QByteArray jsonOfSize(qsizetype size)
    {
        const QByteArray frame = "{\"name\":\"\"}";
        return "{\"name\":\"" + QByteArray(size - frame.size(), 'x') + "\"}";
    }

    static QByteArray chunkedPost(const QByteArray& body)
    {
        QByteArray request = "POST /api/v1/echo HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (qsizetype at = 0; at < body.size(); at += 8192) {
            const QByteArray chunk = body.mid(at, 8192);
            request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        return request + "0\r\n\r\n";
    }

    bool logged(const QString& text) const
    {
        return std::any_of(capturedLog.cbegin(), capturedLog.cend(),
                           [&](const QString& line) { return line.contains(text); });
    }

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(captureLog);
        DevCertificateAuthority authority(m_dir.filePath(u"tls"_s));
        QVERIFY2(authority.ensure(), qPrintable(authority.errorString()));
        TlsCredentials credentials;
        QVERIFY2(credentials.load(authority.serverCertificatePath(), authority.serverKeyPath()),
                 qPrintable(credentials.errorString()));
        m_tls = credentials.serverConfiguration();
        m_ca = QSslCertificate::fromPath(authority.caCertificatePath()).value(0);
        QVERIFY(!m_ca.isNull());

        m_options.dataDir = m_dir.path();
        QVERIFY(m_database.open(m_dir.filePath(u"portal.db"_s)));
        m_context = std::make_unique<PortalContext>(m_options, m_database, m_clock);
        m_server = std::make_unique<PortalServer>(*m_context);
        QVERIFY(m_server->addModule(std::make_unique<HealthRoutes>()));
        QVERIFY2(m_server->addModule(std::make_unique<EchoRoutes>()),
                 qPrintable(m_server->errorString()));
        QCOMPARE(m_database.schemaVersion(u"echo"_s), 1);
        m_port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, m_tls);
        QVERIFY2(m_port != 0, qPrintable(m_server->errorString()));
        m_client = std::make_unique<PortalClient>(baseUrl(), QList<QSslCertificate> {m_ca});
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
        qInstallMessageHandler(previousHandler);
    }

    void contextPaths()
    {
        QCOMPARE(m_context->dataDir(), m_dir.path());
        QCOMPARE(m_context->dataPath(u"mail"_s), m_dir.filePath(u"mail"_s));
        QCOMPARE(&m_context->database(), &m_database);
    }

    void health()
    {
        const PortalReply reply = m_client->get(u"/api/v1/health"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    }

    void jsonBodyIsRead()
    {
        const PortalReply reply = m_client->post(
            u"/api/v1/echo"_s, {{u"name"_s, u"Лебедка"_s}, {u"count"_s, 3}, {u"flag"_s, true}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(u"name"_s).toString(), u"Лебедка"_s);
        QCOMPARE(reply.json.value(u"count"_s).toInteger(), 3);
        QCOMPARE(reply.json.value(u"flag"_s).toBool(), true);
        QVERIFY(logged(u"POST /api/v1/echo 201"_s));
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("name=Ivanov");
        QTest::newRow("array") << QByteArray("[{\"name\":\"x\"}]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"name\":");
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        const PortalReply reply = m_client->send("POST", u"/api/v1/echo"_s, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"malformed"_s);
        QVERIFY(reply.json.value(u"field"_s).isNull());
        QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    }

    void fieldErrors()
    {
        PortalReply reply = m_client->post(u"/api/v1/echo"_s, {{u"name"_s, 5}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"malformed"_s);
        QCOMPARE(reply.errorField(), u"name"_s);

        reply = m_client->post(u"/api/v1/echo"_s, {{u"name"_s, u"x"_s}, {u"count"_s, 1.5}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorField(), u"count"_s);

        reply = m_client->post(u"/api/v1/echo"_s, {{u"count"_s, 1}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"invalid"_s);
        QCOMPARE(reply.errorField(), u"name"_s);
    }

    void bodyJustUnderTheLimitPasses()
    {
        const QByteArray body = jsonOfSize(HttpLimits::maxBodyBytes);
        const PortalReply reply = m_client->send("POST", u"/api/v1/echo"_s, body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(u"bytes"_s).toInteger(), HttpLimits::maxBodyBytes);
    }

    void bodyOverTheLimitIsRefusedByLength()
    {
        const QByteArray body = jsonOfSize(HttpLimits::maxBodyBytes + 1);
        const PortalReply reply = m_client->send("POST", u"/api/v1/echo"_s, body);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), u"too_large"_s);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(logged(u"POST /api/v1/echo 413"_s));
        // The server goes on serving.
        QCOMPARE(m_client->get(u"/api/v1/health"_s).status, 200);
    }

    void hugeBodyIsRefusedBeforeItIsRead()
    {
        const QByteArray body = jsonOfSize(4 * 1024 * 1024);
        const PortalReply reply = m_client->send("POST", u"/api/v1/echo"_s, body);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), u"too_large"_s);
        QCOMPARE(m_client->get(u"/api/v1/health"_s).status, 200);
    }

    void chunkedBodyOverTheLimitIsRefusedByTheReader()
    {
        // Without Content-Length the guard lets a little more through; the body reader refuses.
        std::unique_ptr<QSslSocket> socket = connectRaw();
        QVERIFY(socket);
        socket->write(chunkedPost(jsonOfSize(HttpLimits::maxBodyBytes + 2000)));
        QByteArray buffer;
        const RawAnswer answer = readAnswer(*socket, buffer);
        QCOMPARE(answer.status, 413);
        QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"error"_s).toString(),
                 u"too_large"_s);
    }

    void endlessChunkedBodyIsCutShort()
    {
        std::unique_ptr<QSslSocket> socket = connectRaw();
        QVERIFY(socket);
        socket->write(chunkedPost(jsonOfSize(1024 * 1024)));
        QByteArray buffer;
        const RawAnswer answer = readAnswer(*socket, buffer);
        QCOMPARE(answer.status, 413);
        QVERIFY(answer.head.toLower().contains("connection: close"));
        QVERIFY(QTest::qWaitFor(
            [&] { return socket->state() == QAbstractSocket::UnconnectedState; }, 10000));
    }

    void oneConnectionManyRequests()
    {
        // The guard starts over for each request of a kept-alive connection.
        std::unique_ptr<QSslSocket> socket = connectRaw();
        QVERIFY(socket);
        QByteArray buffer;
        const QByteArray body = jsonOfSize(40 * 1024);
        for (int i = 0; i < 4; ++i) {
            socket->write("POST /api/v1/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            const RawAnswer answer = readAnswer(*socket, buffer);
            QCOMPARE(answer.status, 201);
        }
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    }

    void pathIds()
    {
        PortalReply reply = m_client->get(u"/api/v1/things/12"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"id"_s).toInteger(), 12);
        for (const QString& bad : {u"abc"_s, u"007"_s, u"-1"_s, u"99999999999999999999"_s}) {
            reply = m_client->get(u"/api/v1/things/"_s + bad);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.errorCode(), u"not_found"_s);
        }
    }

    void unknownPathsAndMethods()
    {
        PortalReply reply = m_client->get(u"/api/v1/nothing/here"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));

        reply = m_client->put(u"/api/v1/things/12"_s);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.errorCode(), u"method_not_allowed"_s);
        QCOMPARE(reply.header("Allow"), QByteArray("GET, DELETE"));
        QCOMPARE(m_client->del(u"/api/v1/things/12"_s).status, 204);

        reply = m_client->post(u"/api/v1/health"_s);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("GET"));

        // Outside /api: no JSON promised, but still 404.
        reply = m_client->get(u"/favicon.ico"_s);
        QCOMPARE(reply.status, 404);
        QVERIFY(!reply.isJson);
        QVERIFY(logged(u"GET /favicon.ico 404"_s));
    }

    void bearerToken()
    {
        PortalReply reply = m_client->get(u"/api/v1/whoami"_s);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        reply = m_client->get(u"/api/v1/whoami"_s, PortalClient::bearer(u"abc.DEF-123"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"tokenLength"_s).toInt(), 11);
        reply = m_client->get(u"/api/v1/whoami"_s, {{"Authorization", "Basic dXNlcjpwYXNz"}});
        QCOMPARE(reply.status, 401);
    }

    void queryIsDecodedAndNeverLogged()
    {
        const PortalReply reply =
            m_client->get(u"/api/v1/search?prefix=%D0%9C%D0%B8%D1%80SECRET42"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"prefix"_s).toString(), u"МирSECRET42"_s);
        QVERIFY(logged(u"GET /api/v1/search 200"_s));
        QVERIFY(!logged(u"SECRET42"_s));
        QCOMPARE(m_client->get(u"/api/v1/search"_s).json.value(u"prefix"_s).isNull(), true);
    }

    void logLinesHaveADuration()
    {
        const QRegularExpression line(u"^(GET|POST|PUT|PATCH|DELETE) /\\S* \\d{3} \\d+ ms$"_s);
        QVERIFY(!capturedLog.isEmpty());
        for (const QString& entry : std::as_const(capturedLog))
            QVERIFY2(line.match(entry).hasMatch(), qPrintable(entry));
    }

    void failingModulesStopTheStart()
    {
        PortalServer server(*m_context);
        QVERIFY(!server.addModule(std::make_unique<FailingRoutes>()));
        QVERIFY(server.errorString().contains(u"failing"_s));
        QVERIFY(server.errorString().contains(u"no disk"_s));

        PortalServer other(*m_context);
        QVERIFY(!other.addModule(std::make_unique<BadRouteRoutes>()));
        QVERIFY(other.errorString().contains(u"/api/v1/days/<arg>"_s));
    }

    void portInUseIsReported()
    {
        PortalServer other(*m_context);
        QCOMPARE(other.listen(QHostAddress(QHostAddress::LocalHost), m_port, m_tls), quint16(0));
        QVERIFY(other.errorString().contains(QString::number(m_port)));
    }
};

QTEST_GUILESS_MAIN(TestPortalServer)
#include "tst_portalserver.moc"
