#include "DemoPortalFlows.h"
#include "PortalProcess.h"
#include "PortalSeed.h"
#include "SyncExpectation.h"
#include "SyncPageData.h"
#include "SyncReplica.h"
#include "SyncSession.h"
#include "accounts/NewsRepository.h"
#include "accounts/OperatorPeriodRepository.h"
#include "accounts/PaymentRepository.h"
#include "appeals/AppealRepository.h"
#include "demo/DemoFacts.h"
#include "storage/ChangeSequence.h"
#include "storage/SqlTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// GET /api/v1/sync against the real binary with --demo: the first sync is exactly what the
// per-endpoint answers show, a sync with nothing new is a few dozen bytes, and each change made
// over HTTP or in the operator's records (written through the areas' repositories into the
// running server's database) comes in the next sync, alone. The test functions run in order and
// share one server, one replica and one cursor, as a client would.
class TestSyncRoutes : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    DemoPortalFlows m_flows {m_portal};
    std::unique_ptr<PortalSeed> m_seed;
    std::unique_ptr<SyncSession> m_session;
    QString m_token;
    SyncReplica m_replica;
    QString m_cursor;

    // The next sync after m_cursor, which must fit one page; applied to the replica.
    std::optional<SyncPageData> next(QByteArray* body = nullptr)
    {
        QString error;
        const std::optional<SyncPageData> page = m_session->fetch(m_cursor, &error, body);
        if (!page) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        if (page->more) {
            qWarning("a small change took more than one page");
            return std::nullopt;
        }
        m_replica.apply(*page);
        m_cursor = page->cursor;
        return page;
    }

    // The parts a page carries, by their keys on the wire.
    static QStringList parts(const SyncPageData& page)
    {
        QStringList keys;
        if (page.profile)
            keys << u"profile"_s;
        const std::pair<QString, bool> lists[] = {
            {u"accounts"_s, !page.accounts.isEmpty()},
            {u"removedAccounts"_s, !page.removedAccounts.isEmpty()},
            {u"charges"_s, !page.charges.isEmpty()},
            {u"payments"_s, !page.payments.isEmpty()},
            {u"meters"_s, !page.meters.isEmpty()},
            {u"buildings"_s, !page.buildings.isEmpty()},
            {u"organizations"_s, !page.organizations.isEmpty()},
            {u"news"_s, !page.news.isEmpty()},
            {u"appeals"_s, !page.appeals.isEmpty()},
        };
        for (const auto& [key, present] : lists) {
            if (present)
                keys << key;
        }
        return keys;
    }

    // The replica against what the endpoints show the user of token.
    QStringList differencesFromEndpoints(const SyncReplica& replica, const QString& token)
    {
        QString error;
        const std::optional<SyncReplica> expected =
            SyncExpectation::fromEndpoints(m_portal, token, &error);
        if (!expected)
            return {u"endpoints: "_s + error};
        return replica.differences(*expected);
    }

    std::optional<qint64> accountId(const QString& number) const
    {
        for (const Account& account : m_replica.accounts) {
            if (account.number == number)
                return account.id;
        }
        return std::nullopt;
    }

    std::optional<qint64> insertPayment(qint64 account, QDate date, qint64 kopecks)
    {
        PortalDatabase& database = m_seed->database();
        SqlTransaction transaction(database);
        const std::optional<qint64> stamp = ChangeSequence::next(database);
        if (!stamp)
            return std::nullopt;
        const std::optional<qint64> id = PaymentRepository(database).insert(
            Payment {0, account, date, Money::fromKopecks(kopecks), u"Почта России"_s}, *stamp);
        if (!id || !transaction.commit())
            return std::nullopt;
        return id;
    }

    // A link request for an account of the demo house ул. Мира, д. 4, with its last payment.
    std::optional<QJsonObject> linkRequest(const QString& token, const QString& flat,
                                           const QString& number, qint64 account)
    {
        const std::optional<qint64> flatId =
            m_flows.flatId(token, DemoFacts::linkableDistrict(), DemoFacts::linkableSettlement(),
                           DemoFacts::linkableStreet(), DemoFacts::linkableHouse(), flat);
        const std::optional<QList<Payment>> last =
            PaymentRepository(m_seed->database()).lastDay(account);
        if (!flatId || !last || last->isEmpty())
            return std::nullopt;
        return m_flows.linkRequest(*flatId, number, last->constFirst().date,
                                   last->constFirst().amount.kopecks());
    }

    // The id of the demo directory's account number, linked or not.
    std::optional<qint64> operatorAccount(const QString& number)
    {
        QSqlQuery query(m_seed->database().database());
        query.prepare(u"SELECT id FROM accounts WHERE number = ?"_s);
        query.addBindValue(number);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_flows.start(), qPrintable(m_portal.errorString()));
        m_token = m_flows.logInDemo();
        QVERIFY(!m_token.isEmpty());
        m_session = std::make_unique<SyncSession>(m_portal, m_token);
        m_seed = std::make_unique<PortalSeed>(m_portal.dataDir());
        QVERIFY(m_seed->isOpen());
    }

    void unauthorized()
    {
        PortalReply reply = m_portal.get(u"/api/v1/sync"_s);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        reply = m_portal.get(u"/api/v1/sync"_s, PortalClient::bearer(u"not-a-token"_s));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
    }

    void malformedCursor_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("word") << u"abc"_s;
        QTest::newRow("bare number") << u"12"_s;
        QTest::newRow("other version") << u"2.1.0"_s;
        QTest::newRow("no such month") << u"1.1.202413"_s;
        QTest::newRow("leading zero") << u"1.01.0"_s;
        QTest::newRow("target before start") << u"1.3.0.2.0.0.0.0.0"_s;
        QTest::newRow("unknown section") << u"1.0.0.2.0.9.0.0.0"_s;
    }

    void malformedCursor()
    {
        QFETCH(QString, cursor);
        const PortalReply reply = m_portal.get(
            u"/api/v1/sync?cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor)),
            PortalClient::bearer(m_token));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"invalid"_s);
        QCOMPARE(reply.errorField(), u"cursor"_s);
    }

    void firstSyncIsExactlyTheUsersData()
    {
        QByteArray body;
        m_cursor.clear();
        const std::optional<SyncPageData> page = next(&body);
        QVERIFY(page);
        QCOMPARE(page->accounts.size(), 3);
        QVERIFY(page->profile);
        QCOMPARE(page->profile->login, DemoFacts::login());
        QCOMPARE(page->charges.size(), 3);
        QVERIFY(!page->buildings.isEmpty());
        QVERIFY(!page->organizations.isEmpty());
        QVERIFY(!page->news.isEmpty());
        QVERIFY(!page->meters.isEmpty());
        QVERIFY(page->removedAccounts.isEmpty());

        const QStringList differences = differencesFromEndpoints(m_replica, m_token);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));

        // Closed periods only: the demo charges the current month too, and it never comes.
        const Period closed = Period::fromDate(DemoPortalFlows::demoNow().date()).previous();
        QVERIFY(m_seed->count(u"charge_lines"_s, u"period > %1"_s.arg(closed.toKey())) > 0);
        for (const AccountCharges& entry : page->charges) {
            QCOMPARE(entry.lastClosedPeriod, closed);
            for (const ChargeLine& line : entry.lines)
                QVERIFY(line.period <= closed);
        }
        for (const auto& group : page->payments) {
            for (const Payment& payment : group.items)
                QVERIFY(payment.date <= closed.lastDay());
        }
    }

    void nothingNewIsUnderAKilobyte()
    {
        const QString before = m_cursor;
        QByteArray body;
        const std::optional<SyncPageData> page = next(&body);
        QVERIFY(page);
        QVERIFY(page->isEmpty());
        QCOMPARE(page->cursor, before);
        QVERIFY2(body.size() < 1024, body.constData());
        QVERIFY2(body.size() < 100, body.constData()); // "a few dozen bytes"
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QCOMPARE(json.keys(), (QStringList {u"cursor"_s, u"more"_s}));
    }

    void cursorFromTheFuture()
    {
        const QStringList parts = m_cursor.split(u'.');
        QCOMPARE(parts.size(), 3);
        const QString future = parts.at(0) + u'.' + QString::number(parts.at(1).toLongLong() + 1000)
            + u'.' + parts.at(2);
        PortalReply reply =
            m_portal.get(u"/api/v1/sync?cursor="_s + future, PortalClient::bearer(m_token));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorField(), u"cursor"_s);
        const QString futurePaging =
            m_cursor + u"."_s + QString::number(parts.at(1).toLongLong() + 1000) + u".0.0.0.0.0"_s;
        reply =
            m_portal.get(u"/api/v1/sync?cursor="_s + futurePaging, PortalClient::bearer(m_token));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorField(), u"cursor"_s);
    }

    void profileChange()
    {
        const PortalReply reply =
            m_portal.patch(u"/api/v1/profile"_s, {{u"receiptSubscription"_s, true}},
                           PortalClient::bearer(m_token));
        QCOMPARE(reply.status, 200);
        const std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QCOMPARE(parts(*page), QStringList {u"profile"_s});
        QVERIFY(page->profile->receiptsByEmail);
    }

    void appealWrittenThenAnswered()
    {
        const PortalReply created =
            m_portal.post(u"/api/v1/appeals"_s,
                          {{u"topic"_s, u"Перерасчет"_s}, {u"text"_s, u"Прошу проверить."_s}},
                          PortalClient::bearer(m_token));
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.value(u"id"_s).toInteger();
        std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QCOMPARE(parts(*page), QStringList {u"appeals"_s});
        QCOMPARE(page->appeals.size(), 1);
        QCOMPARE(page->appeals.at(0).serverId, std::optional<qint64>(id));
        QCOMPARE(page->appeals.at(0).status, Appeal::Status::Registered);

        QVERIFY(AppealRepository(m_seed->database())
                    .answer(id, u"Перерасчет выполнен."_s, DemoPortalFlows::demoNow()));
        page = next();
        QVERIFY(page);
        QCOMPARE(parts(*page), QStringList {u"appeals"_s});
        QCOMPARE(page->appeals.at(0).status, Appeal::Status::Answered);
        QCOMPARE(page->appeals.at(0).answer, u"Перерасчет выполнен."_s);
    }

    void meterReading()
    {
        const std::optional<qint64> account = accountId(DemoFacts::recalculationNumber());
        QVERIFY(account);
        QVERIFY(!m_replica.meters.value(*account).isEmpty());
        const MeterDetails meter = m_replica.meters.value(*account).first();
        const QDate today = DemoPortalFlows::demoNow().date();
        QVERIFY(meter.meter.lastReadingDate < today);
        const PortalReply reply =
            m_portal.post(u"/api/v1/meters/%1/readings"_s.arg(meter.meter.id),
                          {{u"date"_s, today.toString(Qt::ISODate)},
                           {u"valueThousandths"_s, meter.meter.lastValueThousandths + 1500}},
                          PortalClient::bearer(m_token));
        QCOMPARE(reply.status, 201);
        const std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QCOMPARE(parts(*page), QStringList {u"meters"_s});
        QCOMPARE(page->meters.size(), 1);
        QCOMPARE(page->meters.at(0).accountId, *account);
        QCOMPARE(page->meters.at(0).items.size(), 1);
        QCOMPARE(page->meters.at(0).items.at(0).meter.lastReadingDate, today);
        QCOMPARE(page->meters.at(0).items.at(0).readings.constFirst().date, today);
    }

    void paymentOfAClosedPeriod()
    {
        const std::optional<qint64> account = accountId(DemoFacts::overpaymentNumber());
        QVERIFY(account);
        const Money before = m_replica.accounts.value(*account).balance;
        const Period closed = m_replica.lastClosed.value(*account);
        const std::optional<qint64> id =
            insertPayment(*account, closed.lastDay().addDays(-2), 10000);
        QVERIFY(id);
        const std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QCOMPARE(parts(*page), (QStringList {u"accounts"_s, u"payments"_s}));
        QCOMPARE(page->accounts.size(), 1);
        QCOMPARE(page->accounts.at(0).id, *account);
        QCOMPARE(page->accounts.at(0).balance, before - Money::fromKopecks(10000));
        QCOMPARE(page->payments.size(), 1);
        QCOMPARE(page->payments.at(0).items.size(), 1);
        QCOMPARE(page->payments.at(0).items.at(0).id, *id);
    }

    void paymentOfTheOpenMonthWaits()
    {
        const std::optional<qint64> account = accountId(DemoFacts::overpaymentNumber());
        QVERIFY(account);
        QVERIFY(insertPayment(*account, DemoPortalFlows::demoNow().date().addDays(-3), 7000));
        const std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QVERIFY2(page->isEmpty(), qPrintable(parts(*page).join(u", "_s)));
    }

    void newsItem()
    {
        PortalDatabase& database = m_seed->database();
        SqlTransaction transaction(database);
        const std::optional<qint64> stamp = ChangeSequence::next(database);
        QVERIFY(stamp);
        const std::optional<qint64> id = NewsRepository(database).insert(
            NewsItem {0, DemoPortalFlows::demoNow(), u"Новый тариф"_s, u"С января…"_s, false},
            *stamp);
        QVERIFY(id);
        QVERIFY(transaction.commit());
        const std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QCOMPARE(parts(*page), QStringList {u"news"_s});
        QCOMPARE(page->news.size(), 1);
        QCOMPARE(page->news.at(0).id, *id);
        QCOMPARE(page->news.at(0).title, u"Новый тариф"_s);
    }

    void closingAPeriodBringsItsChargesAndPayments()
    {
        const Period before = Period::fromDate(DemoPortalFlows::demoNow().date()).previous();
        const Period closing = before.next();
        // A month later the operator has not closed the month yet: nothing moves.
        QVERIFY(m_portal.setClock(DemoPortalFlows::demoNow().addMonths(1)));
        m_token = m_flows.logInDemo(); // the old access token expired meanwhile
        QVERIFY(!m_token.isEmpty());
        m_session->setToken(m_token);
        std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QVERIFY(page->isEmpty());

        {
            PortalDatabase& database = m_seed->database();
            SqlTransaction transaction(database);
            const std::optional<qint64> stamp = ChangeSequence::next(database);
            QVERIFY(stamp);
            QVERIFY(OperatorPeriodRepository(database).setLastClosed(closing, *stamp));
            QVERIFY(transaction.commit());
        }
        page = next();
        QVERIFY(page);
        QVERIFY(parts(*page).contains(u"charges"_s));
        QVERIFY(parts(*page).contains(u"accounts"_s));
        QVERIFY(parts(*page).contains(u"payments"_s)); // the payment of the open month, at least
        QVERIFY(!parts(*page).contains(u"buildings"_s));
        QVERIFY(!parts(*page).contains(u"news"_s));
        QCOMPARE(page->accounts.size(), 3); // every balance moved on
        QCOMPARE(page->charges.size(), 3);
        for (const AccountCharges& entry : page->charges) {
            QCOMPARE(entry.lastClosedPeriod, closing);
            QVERIFY(!entry.lines.isEmpty());
            for (const ChargeLine& line : entry.lines)
                QCOMPARE(line.period, closing); // the rows of the closed month, nothing older
        }
        for (const auto& group : page->payments) {
            for (const Payment& payment : group.items) {
                QVERIFY(payment.date > before.lastDay());
                QVERIFY(payment.date <= closing.lastDay());
            }
        }
        const QStringList differences = differencesFromEndpoints(m_replica, m_token);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    }

    void reopeningAPeriodTakesItBack()
    {
        // The operator takes the last closing back: the client drops that month's rows (the
        // charges entries say the earlier lastClosedPeriod), and gets them again on closing.
        const Period closing = Period::fromDate(DemoPortalFlows::demoNow().date());
        const auto setClosed = [this](Period period) {
            PortalDatabase& database = m_seed->database();
            SqlTransaction transaction(database);
            const std::optional<qint64> stamp = ChangeSequence::next(database);
            return stamp && OperatorPeriodRepository(database).setLastClosed(period, *stamp)
                && transaction.commit();
        };
        QVERIFY(setClosed(closing.previous()));
        std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QCOMPARE(parts(*page), (QStringList {u"accounts"_s, u"charges"_s}));
        for (const AccountCharges& entry : page->charges) {
            QCOMPARE(entry.lastClosedPeriod, closing.previous());
            QVERIFY(entry.lines.isEmpty());
        }
        for (const auto& lines : std::as_const(m_replica.lines)) {
            for (const ChargeLine& line : lines)
                QVERIFY(line.period < closing);
        }
        QStringList differences = differencesFromEndpoints(m_replica, m_token);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));

        QVERIFY(setClosed(closing));
        page = next();
        QVERIFY(page);
        QCOMPARE(page->charges.size(), 3);
        differences = differencesFromEndpoints(m_replica, m_token);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    }

    void unlinkedThenLinkedAgainComesBackWhole()
    {
        const std::optional<qint64> account = accountId(DemoFacts::figureSixNumber());
        QVERIFY(account);
        const std::optional<qint64> building = m_replica.accounts.value(*account).buildingId;
        QVERIFY(building);
        QCOMPARE(m_portal
                     .del(u"/api/v1/accounts/%1"_s.arg(*account), std::nullopt,
                          PortalClient::bearer(m_token))
                     .status,
                 204);
        std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QCOMPARE(parts(*page), QStringList {u"removedAccounts"_s});
        QCOMPARE(page->removedAccounts, QList<qint64> {*account});
        QVERIFY(!m_replica.accounts.contains(*account));
        QStringList differences = differencesFromEndpoints(m_replica, m_token);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));

        const std::optional<QJsonObject> request =
            linkRequest(m_token, u"7"_s, DemoFacts::figureSixNumber(), *account);
        QVERIFY(request);
        const PortalReply linked =
            m_portal.post(u"/api/v1/accounts"_s, *request, PortalClient::bearer(m_token));
        QCOMPARE(linked.status, 201);
        page = next();
        QVERIFY(page);
        QVERIFY(page->removedAccounts.isEmpty());
        QCOMPARE(page->accounts.size(), 1);
        QCOMPARE(page->charges.size(), 1);
        QCOMPARE(page->charges.at(0).accountId, *account);
        // All of its history, although every row of it is older than the cursor.
        QVERIFY(page->charges.at(0).lines.size() > DemoFacts::historyMonths);
        QCOMPARE(page->buildings.size(), 1);
        QCOMPARE(page->buildings.at(0).building.id, *building);
        differences = differencesFromEndpoints(m_replica, m_token);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    }

    void unlinkedAndLinkedBetweenTwoSyncs()
    {
        const std::optional<qint64> account = accountId(DemoFacts::figureSixNumber());
        QVERIFY(account);
        QCOMPARE(m_portal
                     .del(u"/api/v1/accounts/%1"_s.arg(*account), std::nullopt,
                          PortalClient::bearer(m_token))
                     .status,
                 204);
        const std::optional<QJsonObject> request =
            linkRequest(m_token, u"7"_s, DemoFacts::figureSixNumber(), *account);
        QVERIFY(request);
        QCOMPARE(
            m_portal.post(u"/api/v1/accounts"_s, *request, PortalClient::bearer(m_token)).status,
            201);
        const std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QVERIFY(page->removedAccounts.isEmpty()); // the link again is newer than the unlink
        QCOMPARE(page->accounts.size(), 1);
        QVERIFY(page->charges.at(0).lines.size() > DemoFacts::historyMonths);
        const QStringList differences = differencesFromEndpoints(m_replica, m_token);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    }

    void newlyLinkedAccountBringsItsHistory()
    {
        const std::optional<qint64> account = operatorAccount(DemoFacts::linkableNumber());
        QVERIFY(account);
        QVERIFY(!m_replica.accounts.contains(*account));
        const std::optional<QJsonObject> request =
            linkRequest(m_token, DemoFacts::linkableFlat(), DemoFacts::linkableNumber(), *account);
        QVERIFY(request);
        QCOMPARE(
            m_portal.post(u"/api/v1/accounts"_s, *request, PortalClient::bearer(m_token)).status,
            201);
        const std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QCOMPARE(page->accounts.size(), 1);
        QCOMPARE(page->accounts.at(0).id, *account);
        QCOMPARE(page->charges.size(), 1);
        QVERIFY(!page->charges.at(0).lines.isEmpty());
        QCOMPARE(page->payments.size(), 1);
        const QStringList differences = differencesFromEndpoints(m_replica, m_token);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    }

    void anotherUsersDataNeverAppears()
    {
        const QString other = m_flows.newUser(u"Petrov"_s);
        QVERIFY(!other.isEmpty());
        const std::optional<qint64> account = operatorAccount(DemoFacts::linkableNumber());
        QVERIFY(account);
        const std::optional<QJsonObject> request =
            linkRequest(other, DemoFacts::linkableFlat(), DemoFacts::linkableNumber(), *account);
        QVERIFY(request);
        QCOMPARE(m_portal.post(u"/api/v1/accounts"_s, *request, PortalClient::bearer(other)).status,
                 201);
        const PortalReply appeal = m_portal.post(
            u"/api/v1/appeals"_s, {{u"topic"_s, u"Вопрос"_s}, {u"text"_s, u"Текст"_s}},
            PortalClient::bearer(other));
        QCOMPARE(appeal.status, 201);
        const qint64 appealId = appeal.json.value(u"id"_s).toInteger();
        QCOMPARE(m_portal
                     .patch(u"/api/v1/profile"_s, {{u"receiptSubscription"_s, true}},
                            PortalClient::bearer(other))
                     .status,
                 200);

        // The demo user: the sequence moved on, nothing of theirs changed.
        const std::optional<SyncPageData> page = next();
        QVERIFY(page);
        QVERIFY2(page->isEmpty(), qPrintable(parts(*page).join(u", "_s)));

        // The other user: their own profile, account and appeal, and what everybody sees.
        SyncSession session(m_portal, other);
        SyncReplica replica;
        QString error;
        const std::optional<QList<SyncPageData>> pages = session.run({}, replica, &error);
        QVERIFY2(pages, qPrintable(error));
        QVERIFY(!pages->constLast().more);
        QVERIFY(replica.profile);
        QCOMPARE(replica.profile->login, u"Petrov"_s);
        QCOMPARE(replica.accounts.keys(), QList<qint64> {*account});
        QCOMPARE(replica.appeals.keys(), QList<qint64> {appealId});
        QVERIFY(!m_replica.appeals.contains(appealId));
        QVERIFY(!replica.organizations.isEmpty());
        const QStringList differences = differencesFromEndpoints(replica, other);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    }

    void incrementalEqualsAFreshFullSync()
    {
        SyncReplica fresh;
        QString error;
        const std::optional<QList<SyncPageData>> pages = m_session->run({}, fresh, &error);
        QVERIFY2(pages, qPrintable(error));
        QVERIFY(!pages->constLast().more);
        QCOMPARE(pages->constLast().cursor, m_cursor);
        QStringList differences = fresh.differences(m_replica);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
        differences = differencesFromEndpoints(m_replica, m_token);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    }
};

QTEST_GUILESS_MAIN(TestSyncRoutes)
#include "tst_syncroutes.moc"
