// The outbox against the real kabinet-portal (demo data, fixed clock) over HTTPS and a real
// SQLCipher cache file: what is queued while the server is away stays Pending across restarts and
// arrives once when it is back; a lost answer, a crash mid-send and a revoked session do not
// duplicate or lose anything; refusals end Failed with the server's message.

#include "DemoServer.h"
#include "EngineCache.h"
#include "FaultProxy.h"
#include "PortalSession.h"
#include "ReplyWaiter.h"
#include "keys/DataKey.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxQueueWriter.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "store/MeterStore.h"
#include "store/OutboxStore.h"
#include "store/UserStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 15000;

// A topic no other test (or run) uses, so that counting the server's appeals by topic is exact.
QString uniqueTopic(const QString& what)
{
    return what + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

AppealForm appealAbout(const QString& topic)
{
    return AppealForm {std::nullopt, topic, u"Прошу проверить начисления за сентябрь."_s};
}

// Starts a round (or waits for the one queueing started) and waits for its end.
std::optional<OutboxRound> waitForRound(QSignalSpy& rounds)
{
    if (rounds.isEmpty() && !rounds.wait(waitMs))
        return std::nullopt;
    return rounds.takeFirst().at(0).value<OutboxRound>();
}

std::optional<OutboxRound> runRound(Outbox& outbox)
{
    QSignalSpy rounds(&outbox, &Outbox::roundFinished);
    if (!outbox.sendPending())
        return std::nullopt;
    return waitForRound(rounds);
}

bool waitReady(Outbox& outbox)
{
    return outbox.isReady() || QTest::qWaitFor([&outbox] { return outbox.isReady(); }, waitMs);
}

QByteArray describe(const std::optional<OutboxRound>& round)
{
    if (!round)
        return "no round finished";
    return (OutboxRound::endName(round->end) + u" sent "_s + QString::number(round->sent)
            + u" failed "_s + QString::number(round->failed) + u" error "_s
            + round->error.describe() + u' ' + round->cacheError)
        .toUtf8();
}

} // namespace

class tst_Outbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void appealQueuedOfflineSurvivesRestartAndIsSentOnce();
    void lostAnswerIsResentWithTheSameKey();
    void offlineRoundIsTriedAgainAfterTheBackOff();
    void itemQueuedAsARoundEndsIsSentToo();
    void itemLeftSendingByACrashGoesAgainWithItsKey();
    void readingTypoReportAndSubscriptionArrive();
    void refusedReadingEndsFailedAndIsNotRetried();
    void revokedSessionKeepsTheItemPending();

private:
    std::unique_ptr<PortalSession> newSession(bool logIn = true);
    // The demo user's first account with a meter: the meter as the server has it now.
    std::optional<Meter> demoMeter(PortalSession& session);

    DemoServer m_server;
    std::unique_ptr<EngineCache> m_cache;
};

void tst_Outbox::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_Outbox::init()
{
    if (!m_server.portal().isRunning())
        QVERIFY2(m_server.portal().start(), qPrintable(m_server.errorString()));
    m_cache = std::make_unique<EngineCache>();
    QVERIFY(m_cache->open());
}

void tst_Outbox::cleanup()
{
    m_cache.reset();
}

std::unique_ptr<PortalSession> tst_Outbox::newSession(bool logIn)
{
    auto session = std::make_unique<PortalSession>(m_server.baseUrl(), m_server.portal().caPath());
    if (logIn && !session->logIn())
        return nullptr;
    return session;
}

std::optional<Meter> tst_Outbox::demoMeter(PortalSession& session)
{
    const Waited<QList<Account>> accounts = waitFor(session.client().accounts());
    if (!accounts.isOk())
        return std::nullopt;
    for (const Account& account : *accounts.value) {
        const Waited<QList<MeterDetails>> meters = waitFor(session.client().meters(account.id));
        if (meters.isOk() && !meters.value->isEmpty())
            return meters.value->constFirst().meter;
    }
    return std::nullopt;
}

void tst_Outbox::appealQueuedOfflineSurvivesRestartAndIsSentOnce()
{
    const QString topic = uniqueTopic(u"Offline"_s);
    std::unique_ptr<PortalSession> before = newSession();
    QVERIFY(before);
    m_server.portal().stop();

    {
        Outbox outbox(before->client(), m_cache->path(), m_cache->key());
        QSignalSpy rounds(&outbox, &Outbox::roundFinished);
        QSignalSpy queued(&outbox, &Outbox::queued);
        const QString key = outbox.queueAppeal(appealAbout(topic));
        QVERIFY(!key.isEmpty());
        const std::optional<OutboxRound> round = waitForRound(rounds);
        QVERIFY2(round && round->end == OutboxRound::End::Offline, describe(round));
        QCOMPARE(round->sent, 0);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).at(1).toString(), key);
        QVERIFY(QTest::qWaitFor([&outbox] { return outbox.items().size() == 1; }, waitMs));
        QCOMPARE(outbox.items().at(0).state, OutboxItem::State::Pending);
        QCOMPARE(outbox.items().at(0).attempts, 1);
        QVERIFY(!outbox.items().at(0).lastError.isEmpty());
        QCOMPARE(outbox.waitingCount(), 1);
    } // the application quits

    // What the cache shows meanwhile: the appeal as queued, the item waiting with its key.
    const std::optional<QList<Appeal>> local = AppealStore(m_cache->database()).appeals();
    QVERIFY(local);
    QCOMPARE(local->size(), 1);
    QCOMPARE(local->at(0).status, Appeal::Status::Queued);
    QCOMPARE(local->at(0).topic, topic);
    const std::optional<QList<OutboxItem>> pending = OutboxStore(m_cache->database()).pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    const QString key = pending->at(0).idempotencyKey;

    {
        // A second start while the server is still away: the item is still there.
        Outbox outbox(before->client(), m_cache->path(), m_cache->key());
        QVERIFY(waitReady(outbox));
        QVERIFY(outbox.cacheError().isEmpty());
        QCOMPARE(outbox.items().size(), 1);
        QCOMPARE(outbox.items().at(0).idempotencyKey, key);
    }

    QVERIFY2(m_server.portal().start(), qPrintable(m_server.errorString()));
    std::unique_ptr<PortalSession> after = newSession();
    QVERIFY(after);
    Outbox outbox(after->client(), m_cache->path(), m_cache->key());
    QSignalSpy sent(&outbox, &Outbox::itemSent);
    const std::optional<OutboxRound> round = runRound(outbox);
    QVERIFY2(round && round->end == OutboxRound::End::Drained, describe(round));
    QCOMPARE(round->sent, 1);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(1).value<OutboxItem::Kind>(), OutboxItem::Kind::Appeal);
    QCOMPARE(after->appealsWithTopic(topic), 1);

    // The queued appeal is now the server's, once; the outbox is empty.
    QVERIFY(QTest::qWaitFor([&outbox] { return outbox.items().isEmpty(); }, waitMs));
    const std::optional<QList<Appeal>> joined = AppealStore(m_cache->database()).appeals();
    QVERIFY(joined);
    QCOMPARE(joined->size(), 1);
    QVERIFY(joined->at(0).serverId);
    QCOMPARE(joined->at(0).status, Appeal::Status::Registered);
    QCOMPARE(joined->at(0).localId, local->at(0).localId);

    // Nothing is left to send.
    const std::optional<OutboxRound> again = runRound(outbox);
    QVERIFY2(again && again->end == OutboxRound::End::Drained, describe(again));
    QCOMPARE(again->sent, 0);
    QCOMPARE(after->appealsWithTopic(topic), 1);
}

void tst_Outbox::lostAnswerIsResentWithTheSameKey()
{
    FaultProxy proxy;
    QVERIFY2(proxy.start(m_server.baseUrl(), m_server.portal().caPath()),
             qPrintable(proxy.errorString()));
    PortalSession session(proxy.baseUrl(), proxy.caPath());
    QVERIFY(session.logIn());
    // Reads what the server holds past the proxy, so that the proxy counts the outbox's POSTs.
    std::unique_ptr<PortalSession> direct = newSession();
    QVERIFY(direct);
    const QString topic = uniqueTopic(u"Lost answer"_s);
    const QString path = u"/api/v1/appeals"_s;

    Outbox outbox(session.client(), m_cache->path(), m_cache->key());
    QSignalSpy rounds(&outbox, &Outbox::roundFinished);
    // Qt's HTTP client itself sends a request whose answer never began once or twice more (a
    // POST too; see FaultProxy.h): every one of those answers is lost as well, so that the loss
    // reaches the outbox.
    proxy.addRule(FaultProxy::Rule::of(FaultProxy::Fault::LoseAnswer, path, 3));
    outbox.queueAppeal(appealAbout(topic));
    const std::optional<OutboxRound> first = waitForRound(rounds);
    QVERIFY2(first && first->end == OutboxRound::End::Offline, describe(first));
    QCOMPARE(first->error.kind, ApiError::Kind::ConnectionLost);
    proxy.clearRules();
    const int lost = proxy.forwardedCount(path);
    QVERIFY2(lost >= 1 && lost <= 3, qPrintable(QString::number(lost)));
    // The server has it, the client does not know: still waiting.
    QCOMPARE(direct->appealsWithTopic(topic), 1);
    QCOMPARE(outbox.items().size(), 1);
    QCOMPARE(outbox.items().at(0).state, OutboxItem::State::Pending);
    QCOMPARE(outbox.items().at(0).attempts, 1);

    const std::optional<OutboxRound> second = runRound(outbox);
    QVERIFY2(second && second->end == OutboxRound::End::Drained, describe(second));
    QCOMPARE(second->sent, 1);
    // One more POST reached the server, with the same key: it replayed the first answer.
    QCOMPARE(proxy.forwardedCount(path), lost + 1);
    QCOMPARE(direct->appealsWithTopic(topic), 1);
    const std::optional<QList<Appeal>> local = AppealStore(m_cache->database()).appeals();
    QVERIFY(local);
    QCOMPARE(local->size(), 1);
    QVERIFY(local->at(0).serverId);
}

void tst_Outbox::offlineRoundIsTriedAgainAfterTheBackOff()
{
    FaultProxy proxy;
    QVERIFY2(proxy.start(m_server.baseUrl(), m_server.portal().caPath()),
             qPrintable(proxy.errorString()));
    PortalSession session(proxy.baseUrl(), proxy.caPath());
    QVERIFY(session.logIn());
    const QString topic = uniqueTopic(u"Back-off"_s);
    const QString path = u"/api/v1/appeals"_s;
    FaultProxy::Rule unavailable = FaultProxy::Rule::of(FaultProxy::Fault::Status, path);
    unavailable.status = 503;
    proxy.addRule(unavailable);

    Outbox outbox(session.client(), m_cache->path(), m_cache->key());
    outbox.setRetryDelays(std::chrono::milliseconds(200), std::chrono::seconds(1));
    QSignalSpy rounds(&outbox, &Outbox::roundFinished);
    outbox.queueAppeal(appealAbout(topic));
    const std::optional<OutboxRound> first = waitForRound(rounds);
    QVERIFY2(first && first->end == OutboxRound::End::Offline, describe(first));
    QCOMPARE(first->error.kind, ApiError::Kind::ServerError);
    QCOMPARE(outbox.retryDelay(), std::optional(std::chrono::milliseconds(200)));

    // Nobody calls sendPending(): the outbox tries again by itself.
    const std::optional<OutboxRound> second = waitForRound(rounds);
    QVERIFY2(second && second->end == OutboxRound::End::Drained, describe(second));
    QCOMPARE(second->sent, 1);
    QVERIFY(!outbox.retryDelay());
    QCOMPARE(proxy.forwardedCount(path), 1);
    QCOMPARE(session.appealsWithTopic(topic), 1);
}

void tst_Outbox::itemQueuedAsARoundEndsIsSentToo()
{
    std::unique_ptr<PortalSession> session = newSession();
    QVERIFY(session);
    const QString first = uniqueTopic(u"First"_s);
    const QString second = uniqueTopic(u"Second"_s);
    Outbox outbox(session->client(), m_cache->path(), m_cache->key());
    outbox.setRetryDelays(std::chrono::milliseconds(0), std::chrono::milliseconds(0));
    QVERIFY(waitReady(outbox));
    QSignalSpy sent(&outbox, &Outbox::itemSent);
    outbox.queueAppeal(appealAbout(first));
    QVERIFY(sent.wait(waitMs));
    // The round has asked for its next item already and will find none: the second appeal is
    // queued after that look, while the round is still under way.
    QVERIFY(outbox.isSending());
    outbox.queueAppeal(appealAbout(second));
    QVERIFY(QTest::qWaitFor([&sent] { return sent.size() == 2; }, waitMs));
    QCOMPARE(session->appealsWithTopic(first), 1);
    QCOMPARE(session->appealsWithTopic(second), 1);
    QVERIFY(QTest::qWaitFor([&outbox] { return !outbox.isSending(); }, waitMs));
    QVERIFY(OutboxStore(m_cache->database()).all()->isEmpty());
}

void tst_Outbox::itemLeftSendingByACrashGoesAgainWithItsKey()
{
    std::unique_ptr<PortalSession> session = newSession();
    QVERIFY(session);
    const QString topic = uniqueTopic(u"Crash"_s);
    const AppealForm form = appealAbout(topic);
    const QString key = ApiClient::newIdempotencyKey();

    // The crashed run: queued, marked Sending, the request reached the server, then the process
    // died before it could record the answer.
    OutboxQueueWriter writer(m_cache->database());
    const std::optional<qint64> localId =
        writer.queueAppeal(form, key, QDateTime::currentDateTimeUtc());
    QVERIFY2(localId, qPrintable(writer.lastError()));
    QVERIFY(OutboxStore(m_cache->database()).markSending(*localId));
    const Waited<Appeal> crashed = waitFor(session->client().createAppeal(form, key));
    QVERIFY2(crashed.isOk(), crashed.describe());
    QCOMPARE(session->appealsWithTopic(topic), 1);

    // The next start.
    Outbox outbox(session->client(), m_cache->path(), m_cache->key());
    QVERIFY(waitReady(outbox));
    QVERIFY(QTest::qWaitFor(
        [&outbox] {
            return outbox.items().size() == 1
                && outbox.items().at(0).state == OutboxItem::State::Pending;
        },
        waitMs));
    QCOMPARE(outbox.items().at(0).idempotencyKey, key);
    const std::optional<OutboxRound> round = runRound(outbox);
    QVERIFY2(round && round->end == OutboxRound::End::Drained, describe(round));
    QCOMPARE(round->sent, 1);
    QCOMPARE(session->appealsWithTopic(topic), 1);
    const std::optional<Appeal> local = AppealStore(m_cache->database()).appeal(*localId);
    QVERIFY(local);
    QCOMPARE(local->serverId, crashed.value->serverId);
    QVERIFY(OutboxStore(m_cache->database()).all()->isEmpty());
}

void tst_Outbox::readingTypoReportAndSubscriptionArrive()
{
    std::unique_ptr<PortalSession> session = newSession();
    QVERIFY(session);
    std::optional<Meter> meter = demoMeter(*session);
    QVERIFY(meter);
    QVERIFY(meter->hasLastReading());
    // The meter as a sync would have put it into the cache.
    const Waited<Account> account = waitFor(session->client().account(meter->accountId));
    QVERIFY2(account.isOk(), account.describe());
    QVERIFY(AccountStore(m_cache->database()).upsert(*account.value));
    QVERIFY(MeterStore(m_cache->database()).upsertMeter(*meter));
    const Waited<UserProfile> profile = waitFor(session->client().profile());
    QVERIFY2(profile.isOk(), profile.describe());
    const bool subscribed = !profile.value->receiptsByEmail;

    const MeterReadingForm reading {meter->lastReadingDate.addDays(1),
                                    meter->lastValueThousandths + 1500};
    QVERIFY(reading.date <= DemoServer::demoNow().date());
    Outbox outbox(session->client(), m_cache->path(), m_cache->key());
    QVERIFY(waitReady(outbox));
    QSignalSpy sent(&outbox, &Outbox::itemSent);
    outbox.queueMeterReading(meter->id, reading);
    outbox.queueTypoReport(TypoReportForm {u"начсиления"_s, u"Ваши начсиления за месяц"_s,
                                           u"charges"_s, u"опечатка"_s});
    outbox.queueSubscriptionChange(subscribed);
    QVERIFY(QTest::qWaitFor([&sent] { return sent.size() == 3; }, waitMs));
    QVERIFY(QTest::qWaitFor([&outbox] { return !outbox.isSending(); }, waitMs));
    QCOMPARE(sent.at(0).at(1).value<OutboxItem::Kind>(), OutboxItem::Kind::MeterReading);
    QCOMPARE(sent.at(1).at(1).value<OutboxItem::Kind>(), OutboxItem::Kind::TypoReport);
    QCOMPARE(sent.at(2).at(1).value<OutboxItem::Kind>(), OutboxItem::Kind::SubscriptionChange);

    // The server has them.
    const std::optional<Meter> serverMeter = demoMeter(*session);
    QVERIFY(serverMeter);
    QCOMPARE(serverMeter->lastReadingDate, reading.date);
    QCOMPARE(serverMeter->lastValueThousandths, reading.valueThousandths);
    const Waited<UserProfile> changed = waitFor(session->client().profile());
    QVERIFY2(changed.isOk(), changed.describe());
    QCOMPARE(changed.value->receiptsByEmail, subscribed);
    QVERIFY(m_server.portal().waitForStandardError("/api/v1/typo-reports"));

    // And so does the cache: the accepted reading, the meter moved on, the profile.
    const std::optional<QList<MeterReading>> readings =
        MeterStore(m_cache->database()).readings(meter->id, reading.date, reading.date);
    QVERIFY(readings);
    QCOMPARE(readings->size(), 1);
    QCOMPARE(readings->at(0).state, MeterReading::State::Accepted);
    QCOMPARE(MeterStore(m_cache->database()).meter(meter->id)->lastReadingDate, reading.date);
    QCOMPARE(UserStore(m_cache->database()).profile()->receiptsByEmail, subscribed);
    QVERIFY(OutboxStore(m_cache->database()).all()->isEmpty());
}

void tst_Outbox::refusedReadingEndsFailedAndIsNotRetried()
{
    std::unique_ptr<PortalSession> session = newSession();
    QVERIFY(session);
    const std::optional<Meter> meter = demoMeter(*session);
    QVERIFY(meter);
    QVERIFY(meter->lastValueThousandths > 0);
    // Below the last reading: 422 invalid (valueThousandths).
    const MeterReadingForm reading {DemoServer::demoNow().date(), 0};

    Outbox outbox(session->client(), m_cache->path(), m_cache->key());
    QSignalSpy rounds(&outbox, &Outbox::roundFinished);
    QSignalSpy failed(&outbox, &Outbox::itemFailed);
    outbox.queueMeterReading(meter->id, reading);
    const std::optional<OutboxRound> round = waitForRound(rounds);
    QVERIFY2(round && round->end == OutboxRound::End::Drained, describe(round));
    QCOMPARE(round->failed, 1);
    QCOMPARE(round->sent, 0);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.at(0).at(2).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&outbox] {
            return outbox.items().size() == 1
                && outbox.items().at(0).state == OutboxItem::State::Failed;
        },
        waitMs));
    QCOMPARE(outbox.items().at(0).lastError, message);
    QCOMPARE(outbox.waitingCount(), 0);

    // Not sent again.
    const std::optional<OutboxRound> again = runRound(outbox);
    QVERIFY2(again && again->end == OutboxRound::End::Drained, describe(again));
    QCOMPARE(again->sent + again->failed, 0);
    const std::optional<OutboxItem> item =
        OutboxStore(m_cache->database()).item(outbox.items().at(0).localId);
    QVERIFY(item);
    QCOMPARE(item->state, OutboxItem::State::Failed);
    QCOMPARE(item->attempts, 1);

    // The user has read why: the item goes.
    outbox.discard(item->localId);
    QVERIFY(QTest::qWaitFor([&outbox] { return outbox.items().isEmpty(); }, waitMs));
}

void tst_Outbox::revokedSessionKeepsTheItemPending()
{
    std::unique_ptr<PortalSession> session = newSession();
    QVERIFY(session);
    // Signed out elsewhere (the server revoked both tokens); this client still holds them.
    const Waited<ApiClient::Done> revoked = waitFor(session->client().logOut());
    QVERIFY2(revoked.isOk(), revoked.describe());
    QVERIFY(session->api().hasSession());
    const QString topic = uniqueTopic(u"Revoked"_s);

    Outbox outbox(session->client(), m_cache->path(), m_cache->key());
    QSignalSpy rounds(&outbox, &Outbox::roundFinished);
    QSignalSpy ended(&session->api(), &AuthorizedApi::sessionEnded);
    outbox.queueAppeal(appealAbout(topic));
    const std::optional<OutboxRound> round = waitForRound(rounds);
    QVERIFY2(round && round->end == OutboxRound::End::SessionEnded, describe(round));
    QCOMPARE(ended.size(), 1); // the application shows the login screen
    QVERIFY(QTest::qWaitFor(
        [&outbox] {
            return outbox.items().size() == 1
                && outbox.items().at(0).state == OutboxItem::State::Pending;
        },
        waitMs));

    // Signed in again: the queued appeal goes, once.
    QVERIFY(session->logIn());
    const std::optional<OutboxRound> after = runRound(outbox);
    QVERIFY2(after && after->end == OutboxRound::End::Drained, describe(after));
    QCOMPARE(after->sent, 1);
    QCOMPARE(session->appealsWithTopic(topic), 1);
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
