// GET /api/v1/accounts/{id}/meters and POST /api/v1/meters/{id}/readings against the real
// kabinet-portal binary.
#include "PortalProcess.h"
#include "PortalSeed.h"
#include "http/HttpLimits.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime start = QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC);

PortalClient::Headers withKey(PortalClient::Headers headers, const QByteArray& key)
{
    headers.append({"Idempotency-Key", key});
    return headers;
}

QString metersOf(qint64 accountId)
{
    return u"/api/v1/accounts/%1/meters"_s.arg(accountId);
}

QString readingsOf(qint64 meterId)
{
    return u"/api/v1/meters/%1/readings"_s.arg(meterId);
}

QJsonObject reading(const QString& date, qint64 valueThousandths)
{
    return {{u"date"_s, date}, {u"valueThousandths"_s, valueThousandths}};
}
} // namespace

class TestMeterRoutes : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    std::unique_ptr<PortalSeed> m_seed;
    PortalClient::Headers m_ivanov;
    PortalClient::Headers m_petrov;
    qint64 m_account = 0; // Ivanov's, with a water meter (two readings) and a heat meter (none)
    qint64 m_emptyAccount = 0; // Ivanov's, without meters
    qint64 m_petrovAccount = 0;
    qint64 m_unlinkedAccount = 0;
    qint64 m_water = 0;
    qint64 m_heat = 0;
    qint64 m_petrovMeter = 0;
    qint64 m_unlinkedMeter = 0;

    int rows() { return m_seed->count(u"meter_readings"_s); }

    QJsonObject meterFromList(qint64 meterId)
    {
        const PortalReply reply = m_portal.get(metersOf(m_account), m_ivanov);
        for (const QJsonValue& item : reply.json.value(u"items"_s).toArray()) {
            if (item.toObject().value(u"id"_s).toInteger() == meterId)
                return item.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_seed = std::make_unique<PortalSeed>(m_portal.dataDir());
        QVERIFY(m_seed->isOpen());
        const std::optional<qint64> ivanov = m_seed->createUser(u"Ivanov"_s, u"secret1"_s);
        const std::optional<qint64> petrov = m_seed->createUser(u"Petrov"_s, u"secret2"_s);
        const std::optional<qint64> account = m_seed->createAccount(u"16616"_s);
        const std::optional<qint64> empty = m_seed->createAccount(u"16617"_s);
        const std::optional<qint64> petrovAccount = m_seed->createAccount(u"00017"_s);
        const std::optional<qint64> unlinked = m_seed->createAccount(u"00018"_s);
        QVERIFY(ivanov && petrov && account && empty && petrovAccount && unlinked);
        QVERIFY(m_seed->link(*ivanov, *account) && m_seed->link(*ivanov, *empty)
                && m_seed->link(*petrov, *petrovAccount));
        m_account = *account;
        m_emptyAccount = *empty;
        m_petrovAccount = *petrovAccount;
        m_unlinkedAccount = *unlinked;

        const std::optional<qint64> water =
            m_seed->addMeter(m_account, u"Холодная вода"_s, u"CW-1001"_s);
        const std::optional<qint64> heat = m_seed->addMeter(m_account, u"Отопление"_s, u"H-7"_s);
        const std::optional<qint64> petrovMeter =
            m_seed->addMeter(m_petrovAccount, u"Газ"_s, u"G-1"_s);
        const std::optional<qint64> unlinkedMeter =
            m_seed->addMeter(m_unlinkedAccount, u"Газ"_s, u"G-2"_s);
        QVERIFY(water && heat && petrovMeter && unlinkedMeter);
        m_water = *water;
        m_heat = *heat;
        m_petrovMeter = *petrovMeter;
        m_unlinkedMeter = *unlinkedMeter;
        QVERIFY(m_seed->addReading(m_water, QDate(2014, 7, 25), 10'000'000));
        QVERIFY(m_seed->addReading(m_water, QDate(2014, 8, 25), 12'345'000));

        QVERIFY(m_portal.setClock(start));
        QVERIFY2(m_portal.start(), qPrintable(m_portal.errorString()));
        m_ivanov = PortalClient::bearer(PortalSeed::logIn(m_portal, u"Ivanov"_s, u"secret1"_s));
        m_petrov = PortalClient::bearer(PortalSeed::logIn(m_portal, u"Petrov"_s, u"secret2"_s));
    }

    void needsAToken()
    {
        QCOMPARE(m_portal.get(metersOf(m_account)).status, 401);
        QCOMPARE(m_portal.post(readingsOf(m_water), reading(u"2014-09-25"_s, 12'400'000)).status,
                 401);
    }

    void listsTheMetersOfAnAccount()
    {
        const PortalReply reply = m_portal.get(metersOf(m_account), m_ivanov);
        QCOMPARE(reply.status, 200);
        const QJsonArray items = reply.json.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject water = items.at(0).toObject();
        QCOMPARE(water.value(u"id"_s).toInteger(), m_water);
        QCOMPARE(water.value(u"service"_s).toString(), u"Холодная вода"_s);
        QCOMPARE(water.value(u"serialNumber"_s).toString(), u"CW-1001"_s);
        QCOMPARE(water.value(u"lastValueThousandths"_s).toInteger(), 12'345'000);
        QCOMPARE(water.value(u"lastReadingDate"_s).toString(), u"2014-08-25"_s);
        const QJsonArray readings = water.value(u"readings"_s).toArray();
        QCOMPARE(readings.size(), 2);
        QCOMPARE(readings.at(0).toObject(),
                 (QJsonObject {{u"date"_s, u"2014-08-25"_s},
                               {u"valueThousandths"_s, 12'345'000},
                               {u"state"_s, u"accepted"_s}}));
        QCOMPARE(readings.at(1).toObject().value(u"date"_s).toString(), u"2014-07-25"_s);

        const QJsonObject heat = items.at(1).toObject();
        QCOMPARE(heat.value(u"id"_s).toInteger(), m_heat);
        QVERIFY(heat.value(u"lastReadingDate"_s).isNull());
        QCOMPARE(heat.value(u"lastValueThousandths"_s).toInteger(), 0);
        QVERIFY(heat.value(u"readings"_s).toArray().isEmpty());

        const PortalReply empty = m_portal.get(metersOf(m_emptyAccount), m_ivanov);
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.json.value(u"items"_s).toArray().isEmpty());
    }

    void otherAccountsAreNotFound()
    {
        for (const qint64 account : {m_petrovAccount, m_unlinkedAccount, qint64(999'999)}) {
            const PortalReply reply = m_portal.get(metersOf(account), m_ivanov);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.errorCode(), u"not_found"_s);
        }
        QCOMPARE(m_portal.get(u"/api/v1/accounts/abc/meters"_s, m_ivanov).status, 404);
        QCOMPARE(m_portal.get(metersOf(m_petrovAccount), m_petrov).status, 200);
    }

    void acceptsAReading()
    {
        const int before = rows();
        const PortalReply reply =
            m_portal.post(readingsOf(m_water), reading(u"2014-09-25"_s, 12'400'500), m_ivanov);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json,
                 (QJsonObject {{u"date"_s, u"2014-09-25"_s},
                               {u"valueThousandths"_s, 12'400'500},
                               {u"state"_s, u"accepted"_s}}));
        QCOMPARE(rows(), before + 1);
        const QJsonObject water = meterFromList(m_water);
        QCOMPARE(water.value(u"lastValueThousandths"_s).toInteger(), 12'400'500);
        QCOMPARE(water.value(u"lastReadingDate"_s).toString(), u"2014-09-25"_s);
        QCOMPARE(water.value(u"readings"_s).toArray().size(), 3);
    }

    void firstReadingOfAMeter()
    {
        // Tomorrow in UTC is already today in the easternmost zones.
        const PortalReply reply =
            m_portal.post(readingsOf(m_heat), reading(u"2014-09-26"_s, 987'654'321), m_ivanov);
        QCOMPARE(reply.status, 201);
        QCOMPARE(meterFromList(m_heat).value(u"lastValueThousandths"_s).toInteger(), 987'654'321);
    }

    void brokenRulesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        // The water meter's last reading is now 2014-09-25, 12 400,500.
        QTest::newRow("below the last")
            << QByteArray(R"({"date": "2014-09-26", "valueThousandths": 12400499})") << 422
            << u"valueThousandths"_s;
        QTest::newRow("over 100 000 units more")
            << QByteArray(R"({"date": "2014-09-26", "valueThousandths": 112400501})") << 422
            << u"valueThousandths"_s;
        QTest::newRow("negative") << QByteArray(R"({"date": "2014-09-26", "valueThousandths": -1})")
                                  << 422 << u"valueThousandths"_s;
        QTest::newRow("in the future")
            << QByteArray(R"({"date": "2014-09-27", "valueThousandths": 12500000})") << 422
            << u"date"_s;
        QTest::newRow("before the last")
            << QByteArray(R"({"date": "2014-09-24", "valueThousandths": 12500000})") << 422
            << u"date"_s;
        QTest::newRow("same date as the last")
            << QByteArray(R"({"date": "2014-09-25", "valueThousandths": 12500000})") << 422
            << u"date"_s;
        QTest::newRow("not a date")
            << QByteArray(R"({"date": "25.09.2014", "valueThousandths": 12500000})") << 422
            << u"date"_s;
        QTest::newRow("no value") << QByteArray(R"({"date": "2014-09-26"})") << 422
                                  << u"valueThousandths"_s;
        QTest::newRow("value a string")
            << QByteArray(R"({"date": "2014-09-26", "valueThousandths": "12500000"})") << 400
            << u"valueThousandths"_s;
        QTest::newRow("value a fraction")
            << QByteArray(R"({"date": "2014-09-26", "valueThousandths": 12500000.5})") << 400
            << u"valueThousandths"_s;
        QTest::newRow("not JSON") << QByteArray("date=2014-09-26") << 400 << QString();
        QTest::newRow("over 64 KiB")
            << (R"({"date": "2014-09-26", "valueThousandths": 12500000, "x": ")"
                + QByteArray(HttpLimits::maxBodyBytes, 'a') + R"("})")
            << 413 << QString();
    }

    void brokenRulesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const int before = rows();
        const PortalReply reply =
            m_portal.send("POST", readingsOf(m_water), body, withKey(m_ivanov, "bad-reading"));
        QCOMPARE(reply.status, status);
        if (!field.isEmpty())
            QCOMPARE(reply.errorField(), field);
        QCOMPARE(rows(), before);
        QCOMPARE(m_seed->count(u"idempotency_keys"_s, u"key = 'bad-reading'"_s), 0);
    }

    void otherMetersAreNotFound()
    {
        const int before = rows();
        for (const qint64 meter : {m_petrovMeter, m_unlinkedMeter, qint64(999'999)}) {
            const PortalReply reply =
                m_portal.post(readingsOf(meter), reading(u"2014-09-25"_s, 1), m_ivanov);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.errorCode(), u"not_found"_s);
        }
        QCOMPARE(
            m_portal.post(u"/api/v1/meters/0/readings"_s, reading(u"2014-09-25"_s, 1), m_ivanov)
                .status,
            404);
        QCOMPARE(rows(), before);
    }

    void retriedPostCreatesOneReading()
    {
        const int before = rows();
        const auto headers = withKey(m_petrov, "reading-6f1c2b5e");
        const PortalReply first =
            m_portal.post(readingsOf(m_petrovMeter), reading(u"2014-09-25"_s, 5'000), headers);
        QCOMPARE(first.status, 201);
        // Without idempotency this retry would be refused: the date now has a reading.
        const PortalReply second =
            m_portal.post(readingsOf(m_petrovMeter), reading(u"2014-09-25"_s, 5'000), headers);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json, first.json);
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(rows(), before + 1);

        const PortalReply conflict =
            m_portal.post(readingsOf(m_petrovMeter), reading(u"2014-09-26"_s, 6'000), headers);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), u"idempotency_conflict"_s);
        QCOMPARE(rows(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestMeterRoutes)
#include "tst_meterroutes.moc"
