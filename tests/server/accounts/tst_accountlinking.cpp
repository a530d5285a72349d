// POST /api/v1/accounts against the real binary with --demo: linking with the documented data,
// one no_match for every mismatch, wrong captchas, invalid bodies, already_linked, idempotent
// retries, and the limit of five failures per user and hour.
#include "DemoPortalFlows.h"
#include "demo/DemoFacts.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class AccountLinkingTest : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    DemoPortalFlows m_flows {m_portal};
    qint64 m_flat = 0; // ул. Мира, д. 4, кв. 12
    qint64 m_neighbour = 0; // кв. 13 of the same house
    QDate m_lastPayment;

    QJsonObject rightRequest()
    {
        return m_flows.linkRequest(m_flat, DemoFacts::linkableNumber(), m_lastPayment,
                                   DemoFacts::linkableKopecks);
    }

    PortalReply link(const QString& token, const QJsonObject& body,
                     const PortalClient::Headers& extra = {})
    {
        return m_portal.post(u"/api/v1/accounts"_s, body, PortalClient::bearer(token) + extra);
    }

    int linkedCount(const QString& token)
    {
        return int(
            m_flows.get(u"/api/v1/accounts"_s, token).json.value(u"items"_s).toArray().size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_flows.start(), qPrintable(m_portal.errorString()));
        const QString demo = m_flows.logInDemo();
        QVERIFY(!demo.isEmpty());
        const std::optional<qint64> flat = m_flows.flatId(
            demo, DemoFacts::linkableDistrict(), DemoFacts::linkableSettlement(),
            DemoFacts::linkableStreet(), DemoFacts::linkableHouse(), DemoFacts::linkableFlat());
        const std::optional<qint64> neighbour =
            m_flows.flatId(demo, DemoFacts::linkableDistrict(), DemoFacts::linkableSettlement(),
                           DemoFacts::linkableStreet(), DemoFacts::linkableHouse(), u"13"_s);
        QVERIFY(flat && neighbour);
        m_flat = *flat;
        m_neighbour = *neighbour;
        // The last closed month of 2024-10-15 is September.
        m_lastPayment = QDate(2024, 9, DemoFacts::linkableDay);
    }

    void linksWithTheDocumentedData()
    {
        const QString token = m_flows.newUser(u"Sidorov"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(linkedCount(token), 0);
        const PortalReply reply = link(token, rightRequest());
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(u"number"_s).toString(), DemoFacts::linkableNumber());
        QCOMPARE(reply.json.value(u"address"_s).toString(),
                 u"г.п. Мирный, ул. Мира, д. 4, кв. 12"_s);
        QVERIFY(reply.json.value(u"id"_s).toInteger() > 0);
        QCOMPARE(linkedCount(token), 1);
        const PortalReply card = m_flows.get(
            u"/api/v1/accounts/"_s + QString::number(reply.json.value(u"id"_s).toInteger()), token);
        QCOMPARE(card.json, reply.json);

        // Once more, without a key: it is linked already.
        const PortalReply again = link(token, rightRequest());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"already_linked"_s);
        QCOMPARE(linkedCount(token), 1);
    }

    void aRetryWithTheSameKeyGetsTheFirstAnswer()
    {
        const QString token = m_flows.newUser(u"Orlov"_s);
        QVERIFY(!token.isEmpty());
        const QJsonObject body = rightRequest();
        const PortalClient::Headers key {{"Idempotency-Key", "link-orlov-1"}};
        const PortalReply first = link(token, body, key);
        QCOMPARE(first.status, 201);
        // The same request again (its captcha is spent): the stored answer, nothing new.
        const PortalReply retry = link(token, body, key);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.json, first.json);
        QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(linkedCount(token), 1);
        // The same key with another body.
        QJsonObject other = body;
        other.insert(u"number"_s, u"16622"_s);
        QCOMPARE(link(token, other, key).errorCode(), u"idempotency_conflict"_s);
    }

    void invalidRequests_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("no flat") << u"flatId"_s << QJsonValue() << 422;
        QTest::newRow("flat 0") << u"flatId"_s << QJsonValue(0) << 422;
        QTest::newRow("flat as text") << u"flatId"_s << QJsonValue(u"12"_s) << 400;
        QTest::newRow("empty number") << u"number"_s << QJsonValue(u"  "_s) << 422;
        QTest::newRow("long number") << u"number"_s << QJsonValue(QString(21, u'1')) << 422;
        QTest::newRow("bad date") << u"lastPaymentDate"_s << QJsonValue(u"2024-13-01"_s) << 422;
        QTest::newRow("russian date") << u"lastPaymentDate"_s << QJsonValue(u"20.09.2024"_s) << 422;
        QTest::newRow("zero sum") << u"lastPaymentKopecks"_s << QJsonValue(0) << 422;
        QTest::newRow("roubles") << u"lastPaymentKopecks"_s << QJsonValue(1500.5) << 400;
        QTest::newRow("no captcha") << u"captchaId"_s << QJsonValue() << 422;
    }

    void invalidRequests()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        const QString token = m_flows.logIn(u"Orlov"_s, u"Secret_12"_s);
        QJsonObject body = rightRequest();
        if (value.isNull())
            body.remove(field);
        else
            body.insert(field, value);
        const PortalReply reply = link(token, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorField(), field);
    }

    void everyMismatchIsTheSameNoMatchAndFiveAreTheLimit()
    {
        const QString token = m_flows.newUser(u"Zaitsev"_s);
        QVERIFY(!token.isEmpty());
        const QString number = DemoFacts::linkableNumber();
        const qint64 kopecks = DemoFacts::linkableKopecks;
        const QList<QJsonObject> wrong {
            m_flows.linkRequest(m_neighbour, number, m_lastPayment, kopecks),
            m_flows.linkRequest(m_flat, u"16622"_s, m_lastPayment, kopecks),
            m_flows.linkRequest(m_flat, number, m_lastPayment, kopecks + 1),
            m_flows.linkRequest(m_flat, number, m_lastPayment.addDays(-1), kopecks),
        };
        QString message;
        for (qsizetype i = 0; i < wrong.size(); ++i) {
            const PortalReply reply = link(token, wrong.at(i));
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.errorCode(), u"no_match"_s);
            QCOMPARE(reply.json.value(u"field"_s), QJsonValue());
            if (message.isEmpty())
                message = reply.json.value(u"message"_s).toString();
            QCOMPARE(reply.json.value(u"message"_s).toString(), message);
            if (i == 0) {
                // A wrong captcha is not a mismatch: the account is not even looked at.
                QJsonObject wrongCaptcha = rightRequest();
                wrongCaptcha.insert(u"captchaAnswer"_s, u"ZZZZZ"_s);
                const PortalReply refused = link(token, wrongCaptcha);
                QCOMPARE(refused.status, 422);
                QCOMPARE(refused.errorCode(), u"wrong_captcha"_s);
                QCOMPARE(refused.errorField(), u"captchaAnswer"_s);
                // Nor is a spent one, with otherwise right data.
                QJsonObject spent = rightRequest();
                spent.insert(u"captchaId"_s, wrong.at(0).value(u"captchaId"_s));
                QCOMPARE(link(token, spent).errorCode(), u"wrong_captcha"_s);
            }
        }
        // The fifth failure is still answered …
        QCOMPARE(link(token, m_flows.linkRequest(m_neighbour, number, m_lastPayment, kopecks))
                     .errorCode(),
                 u"no_match"_s);

        // … but now even the right data waits.
        const PortalReply limited = link(token, rightRequest());
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"rate_limited"_s);
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY(ok);
        QVERIFY(retryAfter > 0 && retryAfter <= 3600);
        QCOMPARE(linkedCount(token), 0);

        // Only this user waits.
        const QString other = m_flows.newUser(u"Kozlov"_s);
        QCOMPARE(link(other, rightRequest()).status, 201);

        // An hour later the right data links.
        QVERIFY(m_portal.setClock(DemoPortalFlows::demoNow().addSecs(3601)));
        const QString later = m_flows.logIn(u"Zaitsev"_s, u"Secret_12"_s);
        QVERIFY(!later.isEmpty());
        const QJsonObject fresh = rightRequest();
        QCOMPARE(link(later, fresh).status, 201);
        QCOMPARE(linkedCount(later), 1);
    }
};

QTEST_GUILESS_MAIN(AccountLinkingTest)
#include "tst_accountlinking.moc"
