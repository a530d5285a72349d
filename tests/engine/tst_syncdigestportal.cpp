#include "CacheReplica.h"
#include "EngineCache.h"
#include "ManualSyncClock.h"
#include "PortalClient.h"
#include "PortalLogin.h"
#include "PortalProcess.h"
#include "engine/SyncEngine.h"
#include "engine/TransportPageSource.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// The server's "now": the last closed period is 2024-09 (see tst_syncengineportal).
const QDateTime demoNow(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC);
constexpr int syncTimeoutMs = 60000;

QList<qint64> ids(const QList<SyncDigest::PaymentReceived>& items)
{
    QList<qint64> result;
    for (const auto& item : items)
        result.append(item.payment.id);
    std::sort(result.begin(), result.end());
    return result;
}

QList<qint64> ids(const QList<SyncDigest::News>& items)
{
    QList<qint64> result;
    for (const auto& item : items)
        result.append(item.id);
    return result;
}
} // namespace

// What a sync reports as new (SyncSummary::digest, found by SyncDigestCollector), against the
// real kabinet-portal with the demo data and a real SQLCipher cache: nothing on the first sync of
// a fresh cache nor on a sync with nothing new, and exactly what the operator added between two
// syncs (a payment, a news item, an answer to an appeal, a closed month). The operator's side is
// written into the running server's database by portal_operator. The functions run in order on
// one server and one cache, as a client would.
class TestSyncDigestPortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theFirstSyncOfAFreshCacheReportsNothing();
    void aSyncWithNothingNewReportsNothing();
    void aNewPaymentIsReportedAlone();
    void aNewsItemIsReportedAlone();
    void anAppealIsReportedOnlyOnceAnswered();
    void aClosedMonthReportsItsPeriodAndPayments();

private:
    std::optional<SyncSummary> sync();
    // Runs portal_operator on the server's data; its output (the id), or -1 with a failure.
    qint64 operate(const QStringList& arguments);

    PortalProcess m_portal;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<TransportPageSource> m_source;
    QString m_token;
    ManualSyncClock m_clock {demoNow};
    std::unique_ptr<EngineCache> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
};

void TestSyncDigestPortal::initTestCase()
{
    // Written a month ahead, served a month back: moving the clock on closes October.
    QVERIFY(m_portal.setClock(demoNow.addMonths(1)));
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
    QVERIFY(m_portal.setClock(demoNow));
    m_transport = PortalLogin::transportFor(m_portal);
    m_token = PortalLogin::demoToken(*m_transport);
    QVERIFY(!m_token.isEmpty());
    m_source = std::make_unique<TransportPageSource>(*m_transport);
    m_source->setAccessToken(m_token);
    m_cache = std::make_unique<EngineCache>();
    QVERIFY(m_cache->open());
    m_engine = std::make_unique<SyncEngine>(*m_source, m_cache->path(), m_cache->key());
    m_engine->setClock(&m_clock);
    m_engine->setInterval(0s);
}

void TestSyncDigestPortal::cleanupTestCase()
{
    m_engine.reset();
    m_source.reset();
    m_transport.reset();
}

std::optional<SyncSummary> TestSyncDigestPortal::sync()
{
    m_clock.advance(60);
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    if (!m_engine->refresh()) {
        QTest::qFail("a sync was under way already", __FILE__, __LINE__);
        return std::nullopt;
    }
    const bool ended = QTest::qWaitFor([&] { return !m_engine->isSyncing(); }, syncTimeoutMs);
    if (!ended || finished.isEmpty()) {
        const QString why = ended ? m_engine->status().error.describe() : u"timed out"_s;
        QTest::qFail(qPrintable(u"the sync did not finish: "_s + why), __FILE__, __LINE__);
        return std::nullopt;
    }
    return finished.at(0).at(0).value<SyncSummary>();
}

qint64 TestSyncDigestPortal::operate(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(KABINET_PORTAL_OPERATOR),
                  QStringList {m_portal.dataDir()} + arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("portal_operator: %s", process.readAllStandardError().constData());
        return -1;
    }
    bool ok = false;
    const qint64 id = process.readAllStandardOutput().trimmed().toLongLong(&ok);
    return ok ? id : -1;
}

void TestSyncDigestPortal::theFirstSyncOfAFreshCacheReportsNothing()
{
    const std::optional<SyncSummary> summary = sync();
    QVERIFY(summary);
    // Everything came: payments and news, which a later sync would report.
    QVERIFY(summary->payments > 0);
    const std::optional<SyncReplica> cached = CacheReplica::read(m_cache->database());
    QVERIFY(cached);
    QVERIFY(!cached->news.isEmpty());
    QVERIFY2(summary->digest.isEmpty(), "the first sync floods the user");
}

void TestSyncDigestPortal::aSyncWithNothingNewReportsNothing()
{
    const std::optional<SyncSummary> summary = sync();
    QVERIFY(summary);
    QVERIFY(summary->isEmpty());
    QVERIFY(summary->digest.isEmpty());
}

void TestSyncDigestPortal::aNewPaymentIsReportedAlone()
{
    const std::optional<SyncReplica> before = CacheReplica::read(m_cache->database());
    QVERIFY(before);
    QVERIFY(!before->accounts.isEmpty());
    const Account account = before->accounts.value(before->accounts.firstKey());
    // Dated in the last closed period, so the server sends it at once.
    const Period closed = before->lastClosed.value(account.id);
    QVERIFY(closed.isValid());
    const QDate date = closed.lastDay().addDays(-2);
    const qint64 id = operate(
        {u"payment"_s, QString::number(account.id), date.toString(Qt::ISODate), u"12345"_s});
    QVERIFY(id > 0);

    const std::optional<SyncSummary> summary = sync();
    QVERIFY(summary);
    const SyncDigest& digest = summary->digest;
    QCOMPARE(ids(digest.payments), QList<qint64> {id});
    QCOMPARE(digest.payments.at(0).accountNumber, account.number);
    QCOMPARE(digest.payments.at(0).payment.amount, Money::fromKopecks(12345));
    QCOMPARE(digest.payments.at(0).payment.date, date);
    QVERIFY(digest.closedPeriods.isEmpty());
    QVERIFY(digest.news.isEmpty());
    QVERIFY(digest.answers.isEmpty());

    // Said once: the next sync has nothing to say.
    const std::optional<SyncSummary> again = sync();
    QVERIFY(again);
    QVERIFY(again->digest.isEmpty());
}

void TestSyncDigestPortal::aNewsItemIsReportedAlone()
{
    const qint64 id = operate({u"news"_s, u"Новый тариф"_s, u"С января взнос меняется."_s,
                               demoNow.toString(Qt::ISODate)});
    QVERIFY(id > 0);
    const std::optional<SyncSummary> summary = sync();
    QVERIFY(summary);
    const SyncDigest& digest = summary->digest;
    QCOMPARE(ids(digest.news), QList<qint64> {id});
    QCOMPARE(digest.news.at(0).title, u"Новый тариф"_s);
    QVERIFY(digest.payments.isEmpty());
    QVERIFY(digest.closedPeriods.isEmpty());
    QVERIFY(digest.answers.isEmpty());
}

void TestSyncDigestPortal::anAppealIsReportedOnlyOnceAnswered()
{
    const PortalReply created = m_portal.post(
        u"/api/v1/appeals"_s,
        {{u"topic"_s, u"Перерасчет"_s}, {u"text"_s, u"Прошу проверить начисления."_s}},
        PortalClient::bearer(m_token));
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(u"id"_s).toInteger();
    // Registered is no news: the user wrote it.
    std::optional<SyncSummary> summary = sync();
    QVERIFY(summary);
    QVERIFY(!summary->isEmpty());
    QVERIFY(summary->digest.isEmpty());

    QCOMPARE(operate({u"answer"_s, QString::number(id), u"Перерасчет выполнен."_s,
                      demoNow.addSecs(3600).toString(Qt::ISODate)}),
             id);
    summary = sync();
    QVERIFY(summary);
    const SyncDigest& digest = summary->digest;
    QCOMPARE(digest.answers.size(), 1);
    QCOMPARE(digest.answers.at(0).serverId, id);
    QCOMPARE(digest.answers.at(0).topic, u"Перерасчет"_s);
    QVERIFY(digest.payments.isEmpty());
    QVERIFY(digest.news.isEmpty());
    QVERIFY(digest.closedPeriods.isEmpty());
}

void TestSyncDigestPortal::aClosedMonthReportsItsPeriodAndPayments()
{
    const std::optional<SyncReplica> before = CacheReplica::read(m_cache->database());
    QVERIFY(before);
    const QDateTime monthLater = demoNow.addMonths(1);
    QVERIFY(m_portal.setClock(monthLater));
    m_clock.set(monthLater);
    m_token = PortalLogin::demoToken(*m_transport); // the old one expired meanwhile
    QVERIFY(!m_token.isEmpty());
    m_source->setAccessToken(m_token);
    const std::optional<SyncSummary> summary = sync();
    QVERIFY(summary);
    const std::optional<SyncReplica> after = CacheReplica::read(m_cache->database());
    QVERIFY(after);

    // Every account's October, once each, and exactly the payments the cache did not have.
    const SyncDigest& digest = summary->digest;
    QCOMPARE(digest.closedPeriods.size(), before->accounts.size());
    for (const SyncDigest::ClosedPeriod& item : digest.closedPeriods) {
        QCOMPARE(item.period, Period(2024, 10));
        QVERIFY(before->accounts.contains(item.accountId));
        QCOMPARE(item.accountNumber, before->accounts.value(item.accountId).number);
    }
    QList<qint64> arrived;
    for (auto it = after->payments.cbegin(); it != after->payments.cend(); ++it) {
        for (const Payment& payment : it.value()) {
            if (!before->payments.value(it.key()).contains(payment.id))
                arrived.append(payment.id);
        }
    }
    std::sort(arrived.begin(), arrived.end());
    QVERIFY(!arrived.isEmpty());
    QCOMPARE(ids(digest.payments), arrived);
    QVERIFY(digest.news.isEmpty());
    QVERIFY(digest.answers.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncDigestPortal)
#include "tst_syncdigestportal.moc"
