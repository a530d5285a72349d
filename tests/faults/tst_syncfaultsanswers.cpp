#include "SyncFaultRig.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Fault = FaultProxy::Fault;
using Kind = ApiError::Kind;
using State = SyncStatus::State;
using ErrorKind = SyncError::Kind;

namespace {
const QString syncPath = u"/api/v1/sync"_s;
// Every attempt of the faulted page.
constexpr int always = 100;
// New appeals per case: three pages of SyncFaultRig::pageSize.
constexpr int newRows = 10;
constexpr int pagesPerSync = 3;

using Headers = QList<QPair<QByteArray, QByteArray>>;
const Headers json {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};

Headers withRetryAfter(const QByteArray& seconds)
{
    return json + Headers {{QByteArrayLiteral("Retry-After"), seconds}};
}
} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(ErrorKind)
Q_DECLARE_METATYPE(Headers)

// The sync engine against the real portal through FaultProxy, answered wrongly: 429 (with
// Retry-After), 500 and 503 in place of a page, a 200 whose body is not JSON, and 200s with valid
// JSON of the wrong shape, on the first, a middle or the last page. Each time the cache is left
// exactly as it was before the sync (none of the pages before the fault in it), the status is
// Failed with the right typed error, retryable answers were asked again and the others not, and
// the next clean sync converges to the server's data.
class tst_SyncFaultsAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void wrongAnswerOnAPage_data();
    void wrongAnswerOnAPage();
    void aPassingOutageIsRetriedAndTheSyncFinishes();

private:
    std::unique_ptr<SyncFaultRig> m_rig;
};

void tst_SyncFaultsAnswers::initTestCase()
{
    m_rig = std::make_unique<SyncFaultRig>();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
}

void tst_SyncFaultsAnswers::init()
{
    m_rig->proxy().clearRules();
}

void tst_SyncFaultsAnswers::wrongAnswerOnAPage_data()
{
    QTest::addColumn<Fault>("fault"); // Status (nothing forwarded) or ReplaceBody (forwarded)
    QTest::addColumn<int>("status");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("pagesBefore");
    QTest::addColumn<ErrorKind>("errorKind");
    QTest::addColumn<Kind>("apiKind"); // for ErrorKind::Api
    QTest::addColumn<bool>("retried");

    const QByteArray rateLimited =
        R"({"error":"rate_limited","message":"Слишком много запросов","field":null})";
    const QByteArray internal = R"({"error":"internal","message":"Ошибка сервера","field":null})";
    QTest::newRow("429 with Retry-After, page 2")
        << Fault::Status << 429 << withRetryAfter("1") << rateLimited << 1 << ErrorKind::Api
        << Kind::RateLimited << true;
    QTest::newRow("429 without Retry-After, page 1")
        << Fault::Status << 429 << json << rateLimited << 0 << ErrorKind::Api << Kind::RateLimited
        << true;
    QTest::newRow("500, page 2") << Fault::Status << 500 << json << internal << 1 << ErrorKind::Api
                                 << Kind::ServerError << true;
    QTest::newRow("500, page 3 (the last)") << Fault::Status << 500 << json << internal << 2
                                            << ErrorKind::Api << Kind::ServerError << true;
    // A proxy's own page: not the API's JSON at all.
    QTest::newRow("503 from a gateway, page 3")
        << Fault::Status << 503
        << Headers {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")},
                    {QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}}
        << QByteArray("<html><body>Service Unavailable</body></html>") << 2 << ErrorKind::Api
        << Kind::ServerError << true;
    QTest::newRow("malformed JSON, page 2")
        << Fault::ReplaceBody << 0 << Headers() << QByteArray(R"({"cursor": "1.7.2024)") << 1
        << ErrorKind::Api << Kind::MalformedResponse << false;
    QTest::newRow("not an object, page 1")
        << Fault::ReplaceBody << 0 << Headers() << QByteArray("[1, 2, 3]") << 0 << ErrorKind::Api
        << Kind::MalformedResponse << false;
    QTest::newRow("wrong shape: a list answer, page 2")
        << Fault::ReplaceBody << 0 << Headers() << QByteArray(R"({"items": [], "total": 0})") << 1
        << ErrorKind::BadAnswer << Kind::Other << false;
    QTest::newRow("wrong shape: more as text, page 2")
        << Fault::ReplaceBody << 0 << Headers() << QByteArray(R"({"cursor": "1.9", "more": "no"})")
        << 1 << ErrorKind::BadAnswer << Kind::Other << false;
    QTest::newRow("wrong shape: an appeal without its fields, page 2")
        << Fault::ReplaceBody << 0 << Headers()
        << QByteArray(R"({"cursor": "1.9", "more": false, "appeals": [{"id": "seven"}]})") << 1
        << ErrorKind::BadAnswer << Kind::Other << false;
    QTest::newRow("wrong shape: an appeal without its fields, page 3 (the last)")
        << Fault::ReplaceBody << 0 << Headers()
        << QByteArray(R"({"cursor": "1.9", "more": false, "appeals": [{"id": "seven"}]})") << 2
        << ErrorKind::BadAnswer << Kind::Other << false;
}

void tst_SyncFaultsAnswers::wrongAnswerOnAPage()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, pagesBefore);
    QFETCH(ErrorKind, errorKind);
    QFETCH(Kind, apiKind);
    QFETCH(bool, retried);

    QVERIFY(m_rig->prepareWork(newRows));
    const int receivedBefore = m_rig->proxy().receivedCount(syncPath);
    const int forwardedBefore = m_rig->proxy().forwardedCount(syncPath);
    if (pagesBefore > 0)
        m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath, pagesBefore));
    FaultProxy::Rule rule = FaultProxy::Rule::of(fault, syncPath, always);
    rule.status = status;
    rule.headers = headers;
    rule.body = body;
    m_rig->proxy().addRule(rule);

    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    QVERIFY2(outcome.ended, "the sync did not end");
    QVERIFY(!outcome.finished);
    QCOMPARE(SyncStatus::stateName(outcome.status.state), SyncStatus::stateName(State::Failed));
    const SyncError& error = outcome.status.error;
    QVERIFY2(error.kind == errorKind, qPrintable(error.describe()));
    if (errorKind == ErrorKind::Api) {
        QCOMPARE(ApiError::kindName(error.api.kind), ApiError::kindName(apiKind));
        QCOMPARE(error.api.httpStatus, fault == Fault::Status ? status : 200);
        if (apiKind == Kind::RateLimited && headers.size() > 1)
            QCOMPARE(error.api.retryAfterSeconds, std::optional(1));
    } else {
        // The decoder names what it could not read.
        QVERIFY2(!error.answer.field.isEmpty(), qPrintable(error.describe()));
    }
    // The pages before the fault were fetched, and none of them applied.
    QCOMPARE(outcome.pagesFetched, pagesBefore);
    QCOMPARE(outcome.pages.size(), 0);

    // Retryable answers were asked for again, as often as the policy allows; the others once.
    const int attempts = retried ? SyncFaultRig::fastRetries().maxAttempts : 1;
    QCOMPARE(m_rig->proxy().receivedCount(syncPath) - receivedBefore, pagesBefore + attempts);
    QCOMPARE(m_rig->proxy().forwardedCount(syncPath) - forwardedBefore,
             pagesBefore + (fault == Fault::Status ? 0 : attempts));

    const QStringList kept = m_rig->leftAsItWas(outcome);
    QVERIFY2(kept.isEmpty(), qPrintable(SyncFaultRig::firstFew(kept)));
    m_rig->proxy().clearRules();
    const QStringList converged = m_rig->convergesOnCleanSync();
    QVERIFY2(converged.isEmpty(), qPrintable(SyncFaultRig::firstFew(converged)));
    // The clean sync fetched the same pages: the fault was on one of them (page 3 the last).
    QCOMPARE(m_rig->cleanSyncPages(), pagesPerSync);
}

void tst_SyncFaultsAnswers::aPassingOutageIsRetriedAndTheSyncFinishes()
{
    // One 503 on the second page: the retry gets the page, nothing is skipped or doubled.
    QVERIFY(m_rig->prepareWork(newRows));
    m_rig->proxy().addRule(FaultProxy::Rule::of(Fault::Pass, syncPath));
    FaultProxy::Rule rule = FaultProxy::Rule::of(Fault::Status, syncPath);
    rule.status = 503;
    rule.headers = withRetryAfter("0");
    m_rig->proxy().addRule(rule);
    const SyncFaultRig::Outcome outcome = m_rig->syncOnce();
    QVERIFY2(outcome.finished, qPrintable(outcome.status.error.describe()));
    QCOMPARE(outcome.status.state, State::Idle);
    QVERIFY(outcome.pages.size() >= 3);
    QCOMPARE(m_rig->proxy().pendingRuleCount(), 0);
    const QStringList problems = m_rig->differencesFromServer(ReplicaDifferences::Mode::Equal);
    QVERIFY2(problems.isEmpty(), qPrintable(SyncFaultRig::firstFew(problems)));
}

QTEST_GUILESS_MAIN(tst_SyncFaultsAnswers)
#include "tst_syncfaultsanswers.moc"
