// POST and GET /api/v1/appeals against the real kabinet-portal binary.
#include "PortalProcess.h"
#include "PortalSeed.h"
#include "appeals/AppealRepository.h"
#include "http/HttpLimits.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime start = QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC);
const QString appeals = u"/api/v1/appeals"_s;

PortalClient::Headers withKey(PortalClient::Headers headers, const QByteArray& key)
{
    headers.append({"Idempotency-Key", key});
    return headers;
}
} // namespace

class TestAppealRoutes : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    std::unique_ptr<PortalSeed> m_seed;
    PortalClient::Headers m_ivanov;
    PortalClient::Headers m_petrov;
    qint64 m_ivanovAccount = 0;
    qint64 m_petrovAccount = 0;
    qint64 m_ivanovId = 0;

    int rows() { return m_seed->count(u"appeals"_s); }

    // Moves the server's time; access tokens live 15 minutes, so both users log in again.
    bool moveClock(const QDateTime& to)
    {
        if (!m_portal.setClock(to))
            return false;
        const QString ivanov = PortalSeed::logIn(m_portal, u"Ivanov"_s, u"secret1"_s);
        const QString petrov = PortalSeed::logIn(m_portal, u"Petrov"_s, u"secret2"_s);
        m_ivanov = PortalClient::bearer(ivanov);
        m_petrov = PortalClient::bearer(petrov);
        return !ivanov.isEmpty() && !petrov.isEmpty();
    }

    QJsonObject appeal(const QString& topic, const QString& text = u"Крыша течёт."_s)
    {
        return {{u"topic"_s, topic}, {u"text"_s, text}};
    }

private slots:
    void initTestCase()
    {
        m_seed = std::make_unique<PortalSeed>(m_portal.dataDir());
        QVERIFY(m_seed->isOpen());
        const std::optional<qint64> ivanov = m_seed->createUser(u"Ivanov"_s, u"secret1"_s);
        const std::optional<qint64> petrov = m_seed->createUser(u"Petrov"_s, u"secret2"_s);
        const std::optional<qint64> first = m_seed->createAccount(u"16616"_s);
        const std::optional<qint64> second = m_seed->createAccount(u"00017"_s);
        QVERIFY(ivanov && petrov && first && second);
        QVERIFY(m_seed->link(*ivanov, *first));
        QVERIFY(m_seed->link(*petrov, *second));
        m_ivanovId = *ivanov;
        m_ivanovAccount = *first;
        m_petrovAccount = *second;

        QVERIFY(m_portal.setClock(start));
        QVERIFY2(m_portal.start(), qPrintable(m_portal.errorString()));
        QVERIFY(moveClock(start));
    }

    void needsAToken()
    {
        QCOMPARE(m_portal.post(appeals, appeal(u"Тема"_s)).status, 401);
        QCOMPARE(m_portal.get(appeals).status, 401);
        QCOMPARE(m_portal.get(appeals, PortalClient::bearer(u"not-a-token"_s)).status, 401);
        QCOMPARE(rows(), 0);
    }

    void createsWithoutAccount()
    {
        const int before = rows();
        const PortalReply reply =
            m_portal.post(appeals, appeal(u"  Протечка крыши  "_s, u" Течёт. "_s), m_ivanov);
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.json.value(u"id"_s).toInteger() > 0);
        QVERIFY(reply.json.value(u"accountId"_s).isNull());
        QCOMPARE(reply.json.value(u"topic"_s).toString(), u"Протечка крыши"_s);
        QCOMPARE(reply.json.value(u"text"_s).toString(), u"Течёт."_s);
        QCOMPARE(reply.json.value(u"status"_s).toString(), u"registered"_s);
        QVERIFY(reply.json.value(u"answer"_s).isNull());
        QVERIFY(reply.json.value(u"answeredAt"_s).isNull());
        QCOMPARE(reply.json.value(u"createdAt"_s).toString(), u"2014-09-25T10:15:00Z"_s);
        QCOMPARE(rows(), before + 1);
    }

    void createsForALinkedAccount()
    {
        QJsonObject body = appeal(u"Перерасчёт"_s);
        body.insert(u"accountId"_s, m_ivanovAccount);
        const PortalReply reply = m_portal.post(appeals, body, m_ivanov);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(u"accountId"_s).toInteger(), m_ivanovAccount);
    }

    void otherAccountsAreNotFound()
    {
        const int before = rows();
        for (const qint64 account : {m_petrovAccount, m_petrovAccount + 1000}) {
            QJsonObject body = appeal(u"Чужой счёт"_s);
            body.insert(u"accountId"_s, account);
            const PortalReply reply = m_portal.post(appeals, body, m_ivanov);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.errorCode(), u"not_found"_s);
        }
        QCOMPARE(rows(), before);
    }

    void badBodiesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("{\"topic\": ") << 400 << QString();
        QTest::newRow("array") << QByteArray("[]") << 400 << QString();
        QTest::newRow("empty") << QByteArray() << 400 << QString();
        QTest::newRow("topic a number")
            << QByteArray(R"({"topic": 5, "text": "x"})") << 400 << u"topic"_s;
        QTest::newRow("accountId a string")
            << QByteArray(R"({"accountId": "3", "topic": "t", "text": "x"})") << 400
            << u"accountId"_s;
        QTest::newRow("no topic") << QByteArray(R"({"text": "x"})") << 422 << u"topic"_s;
        QTest::newRow("blank topic")
            << QByteArray(R"({"topic": "   ", "text": "x"})") << 422 << u"topic"_s;
        QTest::newRow("topic too long")
            << (R"({"topic": ")" + QByteArray(201, 'a') + R"(", "text": "x"})") << 422
            << u"topic"_s;
        QTest::newRow("text too long")
            << (R"({"topic": "t", "text": ")" + QByteArray(5001, 'a') + R"("})") << 422
            << u"text"_s;
        QTest::newRow("over 64 KiB")
            << (R"({"topic": "t", "text": ")" + QByteArray(HttpLimits::maxBodyBytes, 'a') + R"("})")
            << 413 << QString();
    }

    void badBodiesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const int before = rows();
        const PortalReply reply =
            m_portal.send("POST", appeals, body, withKey(m_ivanov, "bad-body-key"));
        QCOMPARE(reply.status, status);
        if (!field.isEmpty())
            QCOMPARE(reply.errorField(), field);
        QCOMPARE(rows(), before);
        QCOMPARE(m_seed->count(u"idempotency_keys"_s, u"key = 'bad-body-key'"_s), 0);
    }

    void longestTopicAndTextAreAccepted()
    {
        const PortalReply reply =
            m_portal.post(appeals, appeal(QString(200, u'т'), QString(5000, u'х')), m_ivanov);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(u"text"_s).toString().size(), 5000);
    }

    void retriedPostCreatesOneAppeal()
    {
        const int before = rows();
        const QByteArray key = "6f1c2b5e-9a0d-4c1e-8f3a-2b7d9e0c4a11";
        const PortalReply first =
            m_portal.post(appeals, appeal(u"Повтор"_s), withKey(m_ivanov, key));
        QCOMPARE(first.status, 201);
        // An hour later, from a new session of the same user.
        QVERIFY(moveClock(start.addSecs(3600)));
        const auto headers = withKey(m_ivanov, key);
        const PortalReply second = m_portal.post(appeals, appeal(u"Повтор"_s), headers);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.header("Content-Type"), first.header("Content-Type"));
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(rows(), before + 1);

        const PortalReply other = m_portal.post(appeals, appeal(u"Другое"_s), headers);
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), u"idempotency_conflict"_s);
        QCOMPARE(rows(), before + 1);

        // The same key is Petrov's own.
        const PortalReply petrov =
            m_portal.post(appeals, appeal(u"Повтор"_s),
                          withKey(m_petrov, "6f1c2b5e-9a0d-4c1e-8f3a-2b7d9e0c4a11"));
        QCOMPARE(petrov.status, 201);
        QVERIFY(petrov.json.value(u"id"_s) != first.json.value(u"id"_s));
        QCOMPARE(rows(), before + 2);
        QVERIFY(moveClock(start));
    }

    void keyExpiresAfter24Hours()
    {
        const int before = rows();
        QCOMPARE(
            m_portal.post(appeals, appeal(u"Сутки"_s), withKey(m_ivanov, "day-old-key")).status,
            201);
        QVERIFY(moveClock(start.addSecs(24 * 3600 - 1)));
        QCOMPARE(m_portal.post(appeals, appeal(u"Сутки"_s), withKey(m_ivanov, "day-old-key"))
                     .header("Idempotent-Replayed"),
                 QByteArray("true"));
        QVERIFY(moveClock(start.addSecs(24 * 3600)));
        const PortalReply late =
            m_portal.post(appeals, appeal(u"Сутки"_s), withKey(m_ivanov, "day-old-key"));
        QCOMPARE(late.status, 201);
        QVERIFY(late.header("Idempotent-Replayed").isEmpty());
        QCOMPARE(rows(), before + 2);
        QVERIFY(moveClock(start));
    }

    void badKeyIsRefused()
    {
        const int before = rows();
        const PortalReply reply =
            m_portal.post(appeals, appeal(u"Ключ"_s), withKey(m_ivanov, "not a key!"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), u"invalid"_s);
        QCOMPARE(reply.errorField(), u"Idempotency-Key"_s);
        QCOMPARE(rows(), before);
    }

    void listsOwnAppealsNewestFirst()
    {
        QVERIFY(moveClock(start.addDays(2)));
        const PortalReply created = m_portal.post(appeals, appeal(u"Самое новое"_s), m_ivanov);
        QCOMPARE(created.status, 201);
        QVERIFY(moveClock(start));

        const PortalReply list = m_portal.get(appeals, m_ivanov);
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json.value(u"items"_s).toArray();
        QCOMPARE(items.size(),
                 m_seed->count(u"appeals"_s, u"user_id = "_s + QString::number(m_ivanovId)));
        QCOMPARE(items.first().toObject(), created.json);
        QString previous = u"9999"_s;
        for (const QJsonValue& item : items) {
            const QString createdAt = item.toObject().value(u"createdAt"_s).toString();
            QVERIFY2(createdAt <= previous, qPrintable(createdAt));
            previous = createdAt;
        }

        const QJsonArray petrovs = m_portal.get(appeals, m_petrov).json.value(u"items"_s).toArray();
        QCOMPARE(petrovs.size(), 1);
        QCOMPARE(petrovs.first().toObject().value(u"topic"_s).toString(), u"Повтор"_s);
    }

    void operatorAnswerIsListed()
    {
        const PortalReply created = m_portal.post(appeals, appeal(u"Ответьте"_s), m_petrov);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.value(u"id"_s).toInteger();
        const QDateTime answeredAt = start.addDays(1);
        QVERIFY(AppealRepository(m_seed->database()).answer(id, u"Крышу починим."_s, answeredAt));

        const QJsonArray items = m_portal.get(appeals, m_petrov).json.value(u"items"_s).toArray();
        QJsonObject answered;
        for (const QJsonValue& item : items) {
            if (item.toObject().value(u"id"_s).toInteger() == id)
                answered = item.toObject();
        }
        QCOMPARE(answered.value(u"status"_s).toString(), u"answered"_s);
        QCOMPARE(answered.value(u"answer"_s).toString(), u"Крышу починим."_s);
        QCOMPARE(answered.value(u"answeredAt"_s).toString(), u"2014-09-26T10:15:00Z"_s);
        QCOMPARE(answered.value(u"createdAt"_s).toString(), u"2014-09-25T10:15:00Z"_s);
    }
};

QTEST_GUILESS_MAIN(TestAppealRoutes)
#include "tst_appealroutes.moc"
