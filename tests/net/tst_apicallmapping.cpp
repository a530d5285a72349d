#include "LogCapture.h"
#include "PortalProcess.h"
#include "ScriptedHttpsServer.h"
#include "TestCertificates.h"
#include "ThreadPoolBlocker.h"
#include "net/ApiTransport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Kind = ApiError::Kind;

// ApiCall parses the answer's JSON off its own thread (AnswerMappingJob on the global thread
// pool) and delivers finished() back on it; a call cancelled, deleted or dropped with its
// transport while its answer waits for, or comes back from, the pool gets nothing and breaks
// nothing. The log's debug lines mark the stages: "mapping N bytes off this thread" on the call's
// thread when the reply is read, "mapped N bytes" on the thread that parsed, once the result is
// posted back.
class tst_ApiCallMapping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void portalAnswersAreParsedOffTheCallingThread();
    void cancelWhileTheAnswerWaitsForThePool();
    void deleteWhileTheAnswerWaitsForThePool();
    void cancelWhileTheResultIsOnItsWay();
    void deleteWhileTheResultIsOnItsWay();
    void destroyTheTransportWhileMapping();
    void cancelRacingTheMapping();

private:
    // A call's finished() signals, counted from outside the call (which deletes itself).
    struct Outcome
    {
        int count = 0;
        std::optional<ApiResult> result;
        Qt::HANDLE thread = nullptr;
    };
    std::shared_ptr<Outcome> watch(ApiCall* call);
    // Waits, running the event loop, until count calls have said they are being mapped.
    bool waitForMappingStarted(int count = 1);
    // Waits WITHOUT running the event loop until count results were posted back: they sit in
    // this thread's queue when this returns.
    bool waitForMappedWithoutEvents(int count = 1);
    int linesContaining(const QString& text) const;
    ApiResult runOnPortal(ApiTransport& transport, const ApiRequest& request);

    TestIdentity m_ca;
    TestIdentity m_identity;
    std::unique_ptr<ScriptedHttpsServer> m_server;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<LogCapture> m_log;
    // Large enough that parsing takes a while (about 2 MB).
    QByteArray m_bigAnswer;
};

namespace {
const QString mappingStarted = u" bytes off this thread"_s;
const QString mappedLine = u": mapped "_s;
} // namespace

void tst_ApiCallMapping::initTestCase()
{
    // The stages are logged at debug level only.
    QLoggingCategory::setFilterRules(u"kabinet.net.debug=true"_s);
    m_ca = TestCertificates::makeCa(u"Mapping test CA"_s);
    m_identity = TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames());
    QVERIFY(!m_identity.isNull());
    QJsonArray rows;
    for (int i = 0; i < 20000; ++i)
        rows.append(QJsonObject {{u"id"_s, i},
                                 {u"period"_s, u"2024-10"_s},
                                 {u"amountKopecks"_s, 123456 + i},
                                 {u"note"_s, u"взнос на капитальный ремонт"_s}});
    m_bigAnswer = ScriptedHttpsServer::answer(
        200, QJsonDocument(QJsonObject {{u"rows"_s, rows}}).toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json"}});
    QVERIFY(m_bigAnswer.size() > 1000000);
}

void tst_ApiCallMapping::init()
{
    m_server = std::make_unique<ScriptedHttpsServer>(m_identity);
    QVERIFY(m_server->listen());
    m_server->answerAlways(m_bigAnswer);
    TlsTrust trust;
    trust.addCaCertificates({m_ca.certificate});
    m_transport = std::make_unique<ApiTransport>(m_server->baseUrl(), trust);
    m_transport->setTimeout(5s);
    m_log = std::make_unique<LogCapture>("kabinet.net");
}

void tst_ApiCallMapping::cleanup()
{
    m_transport.reset();
    // Nothing of a test may still run on the pool when the next begins.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::sendPostedEvents();
    m_log.reset();
    m_server.reset();
}

std::shared_ptr<tst_ApiCallMapping::Outcome> tst_ApiCallMapping::watch(ApiCall* call)
{
    auto outcome = std::make_shared<Outcome>();
    // The test object as context, not the call: a signal from a deleted call must be seen too.
    connect(call, &ApiCall::finished, this, [outcome](const ApiResult& result) {
        ++outcome->count;
        outcome->result = result;
        outcome->thread = QThread::currentThreadId();
    });
    return outcome;
}

int tst_ApiCallMapping::linesContaining(const QString& text) const
{
    int count = 0;
    for (const QString& message : m_log->messages())
        count += message.contains(text) ? 1 : 0;
    return count;
}

bool tst_ApiCallMapping::waitForMappingStarted(int count)
{
    return QTest::qWaitFor([&] { return linesContaining(mappingStarted) >= count; }, 10000);
}

bool tst_ApiCallMapping::waitForMappedWithoutEvents(int count)
{
    const QDeadlineTimer deadline(10s);
    while (linesContaining(mappedLine) < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(1);
    }
    return true;
}

ApiResult tst_ApiCallMapping::runOnPortal(ApiTransport& transport, const ApiRequest& request)
{
    ApiCall* call = transport.send(request);
    const std::shared_ptr<Outcome> outcome = watch(call);
    if (!QTest::qWaitFor([&outcome] { return outcome->count > 0; }, 20000)) {
        QTest::qFail("the call did not finish", __FILE__, __LINE__);
        return {};
    }
    // Delivered where the call lives, like every signal of it.
    if (outcome->thread != QThread::currentThreadId())
        QTest::qFail("finished() came on another thread", __FILE__, __LINE__);
    return *outcome->result;
}

void tst_ApiCallMapping::portalAnswersAreParsedOffTheCallingThread()
{
    PortalProcess portal;
    QVERIFY2(portal.start({u"--demo"_s, u"--demo-scale"_s, u"5"_s}),
             qPrintable(portal.errorString()));
    TlsTrust trust;
    trust.addCaCertificates({portal.caCertificate()});
    ApiTransport transport(portal.baseUrl(), trust);

    const ApiResult session = runOnPortal(
        transport,
        ApiRequest::post(u"/sessions"_s,
                         QJsonObject {{u"login"_s, u"demo"_s}, {u"password"_s, u"kapremont"_s}}));
    QVERIFY2(session.isOk(), qPrintable(session.error().describe()));
    const QString token = session.body().value(u"accessToken"_s).toString();
    QVERIFY(!token.isEmpty());

    ApiRequest sync = ApiRequest::get(u"/sync"_s);
    sync.bearerToken = token;
    const ApiResult page = runOnPortal(transport, sync);
    QVERIFY2(page.isOk(), qPrintable(page.error().describe()));
    QVERIFY(!page.body().isEmpty());

    // An error body is decoded off the thread too.
    const ApiResult missing = runOnPortal(transport, ApiRequest::get(u"/no-such-endpoint"_s));
    QCOMPARE(missing.error().kind, Kind::NotFound);
    QVERIFY(missing.error().code.has_value());

    const QStringList labels {u"POST /api/v1/sessions: mapped "_s, u"GET /api/v1/sync: mapped "_s,
                              u"GET /api/v1/no-such-endpoint: mapped "_s};
    const QList<LogCapture::Entry> entries = m_log->entries();
    for (const QString& label : labels) {
        const auto entry = std::find_if(entries.cbegin(), entries.cend(), [&label](const auto& e) {
            return e.message.startsWith(label);
        });
        QVERIFY2(entry != entries.cend(), qPrintable(label + m_log->joined()));
        QVERIFY(entry->thread != nullptr);
        QVERIFY2(entry->thread != QThread::currentThreadId(), qPrintable(entry->message));
        qInfo().noquote() << entry->message;
    }
    // The sync page is the one worth the trouble: hundreds of KB.
    const auto syncLine = std::find_if(entries.cbegin(), entries.cend(), [](const auto& e) {
        return e.message.startsWith(u"GET /api/v1/sync: mapped "_s);
    });
    const qint64 syncBytes = syncLine->message.section(u' ', 3, 3).toLongLong();
    QVERIFY2(syncBytes > 100000, qPrintable(syncLine->message));
}

void tst_ApiCallMapping::cancelWhileTheAnswerWaitsForThePool()
{
    ThreadPoolBlocker pool(QThreadPool::globalInstance());
    QVERIFY(pool.block());
    QPointer<ApiCall> call = m_transport->send(ApiRequest::get(u"/accounts"_s));
    const std::shared_ptr<Outcome> outcome = watch(call);
    QVERIFY(waitForMappingStarted());
    QVERIFY(call);
    QVERIFY(!call->isFinished());

    call->cancel();
    // Before cancel() returned, as ever.
    QCOMPARE(outcome->count, 1);
    QCOMPARE(outcome->result->error().kind, Kind::Cancelled);

    pool.release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QTest::qWait(50);
    QCOMPARE(outcome->count, 1);
    // A cancelled answer is not even parsed.
    QCOMPARE(linesContaining(mappedLine), 0);
    QVERIFY(QTest::qWaitFor([&call] { return call.isNull(); }, 1000));
}

void tst_ApiCallMapping::deleteWhileTheAnswerWaitsForThePool()
{
    ThreadPoolBlocker pool(QThreadPool::globalInstance());
    QVERIFY(pool.block());
    ApiCall* call = m_transport->send(ApiRequest::get(u"/accounts"_s));
    const std::shared_ptr<Outcome> outcome = watch(call);
    QVERIFY(waitForMappingStarted());

    delete call;
    pool.release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QTest::qWait(50);
    QCOMPARE(outcome->count, 0);
    QCOMPARE(linesContaining(mappedLine), 0);
}

void tst_ApiCallMapping::cancelWhileTheResultIsOnItsWay()
{
    ThreadPoolBlocker pool(QThreadPool::globalInstance());
    QVERIFY(pool.block());
    QPointer<ApiCall> call = m_transport->send(ApiRequest::get(u"/accounts"_s));
    const std::shared_ptr<Outcome> outcome = watch(call);
    QVERIFY(waitForMappingStarted());
    pool.release();
    // The parsed result now waits in this thread's event queue.
    QVERIFY(waitForMappedWithoutEvents());
    QVERIFY(call);
    QVERIFY(!call->isFinished());

    call->cancel();
    QCOMPARE(outcome->count, 1);
    QCOMPARE(outcome->result->error().kind, Kind::Cancelled);
    QTest::qWait(50);
    // The parsed 200 never came after it.
    QCOMPARE(outcome->count, 1);
    QCOMPARE(outcome->result->error().kind, Kind::Cancelled);
}

void tst_ApiCallMapping::deleteWhileTheResultIsOnItsWay()
{
    ThreadPoolBlocker pool(QThreadPool::globalInstance());
    QVERIFY(pool.block());
    ApiCall* call = m_transport->send(ApiRequest::get(u"/accounts"_s));
    const std::shared_ptr<Outcome> outcome = watch(call);
    QVERIFY(waitForMappingStarted());
    pool.release();
    QVERIFY(waitForMappedWithoutEvents());

    delete call;
    QTest::qWait(50);
    QCOMPARE(outcome->count, 0);
}

void tst_ApiCallMapping::destroyTheTransportWhileMapping()
{
    ThreadPoolBlocker pool(QThreadPool::globalInstance());
    QVERIFY(pool.block());
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 3; ++i)
        outcomes << watch(m_transport->send(ApiRequest::get(u"/accounts"_s)));
    QVERIFY(waitForMappingStarted(3));
    pool.release();
    // One result posted back, the others still waiting for or inside the pool.
    QVERIFY(waitForMappedWithoutEvents(1));

    m_transport.reset();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QTest::qWait(50);
    for (const std::shared_ptr<Outcome>& outcome : std::as_const(outcomes))
        QCOMPARE(outcome->count, 0);
}

void tst_ApiCallMapping::cancelRacingTheMapping()
{
    // No pool held back: cancel() lands anywhere between the reply's end and the delivery.
    // Whichever wins, finished() comes exactly once, and deleting calls mid-way breaks nothing.
    int cancelled = 0;
    int answered = 0;
    for (int i = 0; i < 30; ++i) {
        QPointer<ApiCall> call = m_transport->send(ApiRequest::get(u"/accounts"_s));
        const std::shared_ptr<Outcome> outcome = watch(call);
        QVERIFY(waitForMappingStarted(i + 1));
        // Now early, now late enough for the parsed answer to win.
        QTest::qWait(i % 4 * 10);
        if (i % 3 == 2) {
            delete call.data();
            QVERIFY(outcome->count <= 1);
            continue;
        }
        if (call)
            call->cancel();
        QCOMPARE(outcome->count, 1);
        QTest::qWait(20);
        QCOMPARE(outcome->count, 1);
        if (outcome->result->isOk())
            ++answered;
        else if (outcome->result->error().kind == Kind::Cancelled)
            ++cancelled;
        else
            QFAIL(qPrintable(outcome->result->error().describe()));
    }
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QTest::qWait(50);
    qInfo() << "cancelled before the delivery:" << cancelled << "answered first:" << answered;
    QCOMPARE(cancelled + answered, 20);
}

QTEST_GUILESS_MAIN(tst_ApiCallMapping)
#include "tst_apicallmapping.moc"
