#include "DemoPortalFlows.h"
#include "PortalProcess.h"
#include "PortalSeed.h"
#include "SyncExpectation.h"
#include "SyncPageData.h"
#include "SyncReplica.h"
#include "SyncSession.h"
#include "accounts/NewsRepository.h"
#include "accounts/PaymentRepository.h"
#include "storage/ChangeSequence.h"
#include "storage/SqlTransaction.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int pageSize = 37;
constexpr int scaleAccounts = 3; // with twenty years of history each
} // namespace

// Paging of GET /api/v1/sync with a small page (--sync-page-size) over the demo data and a few
// --demo-scale accounts: a run of many pages loses and repeats nothing, a page asked for again
// is the same page, and what changes while a client pages through a run comes whole in the
// next run.
class TestSyncPaging : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    DemoPortalFlows m_flows {m_portal};
    std::unique_ptr<PortalSeed> m_seed;
    std::unique_ptr<SyncSession> m_session;
    QString m_token;
    QList<SyncPageData> m_firstRun;

    QStringList differencesFromEndpoints(const SyncReplica& replica)
    {
        QString error;
        const std::optional<SyncReplica> expected =
            SyncExpectation::fromEndpoints(m_portal, m_token, &error);
        if (!expected)
            return {u"endpoints: "_s + error};
        return replica.differences(*expected);
    }

    // Keys that occur twice among the pages.
    static QStringList repeated(const QList<SyncPageData>& pages)
    {
        QSet<QString> seen;
        QStringList twice;
        for (const SyncPageData& page : pages) {
            for (const QString& key : page.itemKeys()) {
                if (seen.contains(key))
                    twice << key;
                seen.insert(key);
            }
        }
        return twice;
    }

    std::optional<qint64> insertPayment(qint64 account, QDate date, qint64 kopecks)
    {
        PortalDatabase& database = m_seed->database();
        SqlTransaction transaction(database);
        const std::optional<qint64> stamp = ChangeSequence::next(database);
        if (!stamp)
            return std::nullopt;
        const std::optional<qint64> id = PaymentRepository(database).insert(
            Payment {0, account, date, Money::fromKopecks(kopecks), u"Касса"_s}, *stamp);
        if (!id || !transaction.commit())
            return std::nullopt;
        return id;
    }

    static bool hasPayment(const SyncReplica& replica, qint64 account, qint64 payment)
    {
        return replica.payments.value(account).contains(payment);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_flows.start({u"--demo-scale"_s, QString::number(scaleAccounts),
                                u"--sync-page-size"_s, QString::number(pageSize)}),
                 qPrintable(m_portal.errorString()));
        m_token = m_flows.logInDemo();
        QVERIFY(!m_token.isEmpty());
        m_session = std::make_unique<SyncSession>(m_portal, m_token);
        m_seed = std::make_unique<PortalSeed>(m_portal.dataDir());
        QVERIFY(m_seed->isOpen());
    }

    void firstSyncInManyPagesLosesAndRepeatsNothing()
    {
        SyncReplica replica;
        QString error;
        const std::optional<QList<SyncPageData>> pages = m_session->run({}, replica, &error);
        QVERIFY2(pages, qPrintable(error)); // also fails on an item sent twice
        m_firstRun = *pages;
        QVERIFY2(pages->size() > 40, qPrintable(QString::number(pages->size())));
        QVERIFY(!pages->constLast().more);
        QCOMPARE(pages->constLast().cursor.count(u'.'), 2); // settled
        for (qsizetype i = 0; i + 1 < pages->size(); ++i) {
            const SyncPageData& page = pages->at(i);
            QVERIFY(page.more);
            QCOMPARE(page.cursor.count(u'.'), 8); // paging
            QVERIFY(!page.isEmpty()); // "more" only when something does come
            QVERIFY2(page.weight() <= pageSize || page.itemKeys().size() == 1,
                     qPrintable(u"page %1 weighs %2"_s.arg(i).arg(page.weight())));
        }
        QCOMPARE(replica.accounts.size(), 3 + scaleAccounts);

        // Twenty years of one account span many pages.
        QHash<qint64, int> pagesWithLines;
        for (const SyncPageData& page : *pages) {
            for (const AccountCharges& entry : page.charges) {
                if (!entry.lines.isEmpty())
                    ++pagesWithLines[entry.accountId];
            }
        }
        int spanned = 0;
        for (const int count : std::as_const(pagesWithLines))
            spanned = std::max(spanned, count);
        QVERIFY(spanned > 3);

        const QStringList differences = differencesFromEndpoints(replica);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    }

    void aPageAskedForAgainIsTheSamePage()
    {
        QVERIFY(m_firstRun.size() > 4);
        const qsizetype middle = m_firstRun.size() / 2;
        const QString cursor = m_firstRun.at(middle - 1).cursor;
        QString error;
        QByteArray first;
        QByteArray second;
        const std::optional<SyncPageData> again = m_session->fetch(cursor, &error, &first);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(m_session->fetch(cursor, &error, &second));
        QCOMPARE(first, second);
        QCOMPARE(again->itemKeys(), m_firstRun.at(middle).itemKeys());
        QCOMPARE(again->cursor, m_firstRun.at(middle).cursor);
    }

    void changesDuringARunComeWithTheNextRun()
    {
        SyncReplica replica;
        QString error;
        // Page until the history of the second account has begun.
        QList<qint64> ids;
        std::optional<QList<SyncPageData>> pages;
        QString cursor;
        QList<SyncPageData> run;
        while (true) {
            pages = m_session->run(cursor, replica, &error, 1);
            QVERIFY2(pages, qPrintable(error));
            run << *pages;
            QVERIFY(pages->constLast().more);
            cursor = pages->constLast().cursor;
            if (ids.isEmpty()) {
                ids = replica.accounts.keys(); // the cards come first, all on early pages
                if (ids.size() < 3 + scaleAccounts)
                    ids.clear();
            }
            if (!ids.isEmpty() && !replica.lines.value(ids.at(1)).isEmpty())
                break;
        }
        const qint64 passed = ids.constFirst();
        const qint64 ahead = ids.constLast();
        const Period closed = replica.lastClosed.value(passed);
        QVERIFY(closed.isValid());

        // Meanwhile: a payment on an account the run has passed and one on an account it has
        // not reached, a profile change, an appeal, a news item, and the last account unlinked.
        const std::optional<qint64> passedPayment =
            insertPayment(passed, closed.lastDay().addDays(-1), 12345);
        const std::optional<qint64> aheadPayment =
            insertPayment(ahead, closed.lastDay().addDays(-1), 54321);
        QVERIFY(passedPayment && aheadPayment);
        QCOMPARE(m_portal
                     .patch(u"/api/v1/profile"_s, {{u"receiptSubscription"_s, true}},
                            PortalClient::bearer(m_token))
                     .status,
                 200);
        const PortalReply appeal =
            m_portal.post(u"/api/v1/appeals"_s, {{u"topic"_s, u"Тема"_s}, {u"text"_s, u"Текст"_s}},
                          PortalClient::bearer(m_token));
        QCOMPARE(appeal.status, 201);
        {
            PortalDatabase& database = m_seed->database();
            SqlTransaction transaction(database);
            const std::optional<qint64> stamp = ChangeSequence::next(database);
            QVERIFY(stamp);
            QVERIFY(NewsRepository(database).insert(
                NewsItem {0, DemoPortalFlows::demoNow(), u"Тем временем"_s, u"…"_s, false},
                *stamp));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(m_portal
                     .del(u"/api/v1/accounts/%1"_s.arg(ahead), std::nullopt,
                          PortalClient::bearer(m_token))
                     .status,
                 204);

        // The rest of the run: cut where it began, so none of that yet, and nothing twice.
        pages = m_session->run(cursor, replica, &error);
        QVERIFY2(pages, qPrintable(error));
        run << *pages;
        QVERIFY(!run.constLast().more);
        const QStringList twice = repeated(run);
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u", "_s)));
        QVERIFY(!hasPayment(replica, passed, *passedPayment));
        QVERIFY(!hasPayment(replica, ahead, *aheadPayment));
        QVERIFY(!replica.profile->receiptsByEmail);

        // The next run brings all of it.
        pages = m_session->run(run.constLast().cursor, replica, &error);
        QVERIFY2(pages, qPrintable(error));
        QVERIFY(!pages->constLast().more);
        QVERIFY(hasPayment(replica, passed, *passedPayment));
        QVERIFY(!replica.accounts.contains(ahead));
        QVERIFY(replica.profile->receiptsByEmail);
        QVERIFY(replica.appeals.contains(appeal.json.value(u"id"_s).toInteger()));
        const QStringList differences = differencesFromEndpoints(replica);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    }
};

QTEST_GUILESS_MAIN(TestSyncPaging)
#include "tst_syncpaging.moc"
