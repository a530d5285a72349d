// POST /api/v1/typo-reports against the real kabinet-portal binary.
#include "PortalProcess.h"
#include "PortalSeed.h"
#include "http/HttpLimits.h"
#include "typos/TypoReportRepository.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime start = QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC);
const QString typoReports = u"/api/v1/typo-reports"_s;

PortalClient::Headers withKey(PortalClient::Headers headers, const QByteArray& key)
{
    headers.append({"Idempotency-Key", key});
    return headers;
}

QJsonObject report(const QString& selection)
{
    return {{u"selection"_s, selection},
            {u"context"_s, u"Услуга: Капитальный ремотн, кв.м."_s},
            {u"screen"_s, u"charges"_s},
            {u"comment"_s, u"Должно быть «ремонт»."_s}};
}
} // namespace

class TestTypoRoutes : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    std::unique_ptr<PortalSeed> m_seed;
    PortalClient::Headers m_ivanov;
    PortalClient::Headers m_petrov;
    qint64 m_ivanovId = 0;

    int rows() { return m_seed->count(u"typo_reports"_s); }

private slots:
    void initTestCase()
    {
        m_seed = std::make_unique<PortalSeed>(m_portal.dataDir());
        QVERIFY(m_seed->isOpen());
        const std::optional<qint64> ivanov = m_seed->createUser(u"Ivanov"_s, u"secret1"_s);
        QVERIFY(ivanov && m_seed->createUser(u"Petrov"_s, u"secret2"_s));
        m_ivanovId = *ivanov;
        QVERIFY(m_portal.setClock(start));
        QVERIFY2(m_portal.start(), qPrintable(m_portal.errorString()));
        m_ivanov = PortalClient::bearer(PortalSeed::logIn(m_portal, u"Ivanov"_s, u"secret1"_s));
        m_petrov = PortalClient::bearer(PortalSeed::logIn(m_portal, u"Petrov"_s, u"secret2"_s));
    }

    void needsAToken()
    {
        QCOMPARE(m_portal.post(typoReports, report(u"ремотн"_s)).status, 401);
        QCOMPARE(rows(), 0);
    }

    void storesTheReport()
    {
        const PortalReply reply = m_portal.post(typoReports, report(u"ремотн"_s), m_ivanov);
        QCOMPARE(reply.status, 201);
        const qint64 id = reply.json.value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(reply.json.keys(), QStringList {u"id"_s});

        const std::optional<QList<TypoReport>> stored =
            TypoReportRepository(m_seed->database()).forUser(m_ivanovId);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const TypoReport& saved = stored->first();
        QCOMPARE(saved.id, id);
        QCOMPARE(saved.selection, u"ремотн"_s);
        QCOMPARE(saved.context, u"Услуга: Капитальный ремотн, кв.м."_s);
        QCOMPARE(saved.screen, u"charges"_s);
        QCOMPARE(saved.comment, u"Должно быть «ремонт»."_s);
        QCOMPARE(saved.createdAt, start);
    }

    void selectionAloneIsEnough()
    {
        const PortalReply reply = m_portal.post(typoReports, {{u"selection"_s, u"  "_s}}, m_ivanov);
        QCOMPARE(reply.status, 201);
    }

    void badBodiesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("selection=x") << 400 << QString();
        QTest::newRow("string") << QByteArray(R"("x")") << 400 << QString();
        QTest::newRow("selection a number")
            << QByteArray(R"({"selection": 1})") << 400 << u"selection"_s;
        QTest::newRow("no selection") << QByteArray(R"({"comment": "x"})") << 422 << u"selection"_s;
        QTest::newRow("empty selection")
            << QByteArray(R"({"selection": ""})") << 422 << u"selection"_s;
        QTest::newRow("selection too long")
            << (R"({"selection": ")" + QByteArray(501, 'a') + R"("})") << 422 << u"selection"_s;
        QTest::newRow("context too long")
            << (R"({"selection": "a", "context": ")" + QByteArray(2001, 'a') + R"("})") << 422
            << u"context"_s;
        QTest::newRow("comment too long")
            << (R"({"selection": "a", "comment": ")" + QByteArray(2001, 'a') + R"("})") << 422
            << u"comment"_s;
        QTest::newRow("screen not a key")
            << QByteArray(R"({"selection": "a", "screen": "Мои начисления"})") << 422
            << u"screen"_s;
        QTest::newRow("over 64 KiB") << (R"({"selection": "a", "comment": ")"
                                         + QByteArray(HttpLimits::maxBodyBytes, 'a') + R"("})")
                                     << 413 << QString();
    }

    void badBodiesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const int before = rows();
        const PortalReply reply =
            m_portal.send("POST", typoReports, body, withKey(m_ivanov, "bad-typo-key"));
        QCOMPARE(reply.status, status);
        if (!field.isEmpty())
            QCOMPARE(reply.errorField(), field);
        QCOMPARE(rows(), before);
        QCOMPARE(m_seed->count(u"idempotency_keys"_s, u"key = 'bad-typo-key'"_s), 0);
    }

    void retriedPostCreatesOneReport()
    {
        const int before = rows();
        const auto headers = withKey(m_ivanov, "typo-6f1c2b5e");
        const PortalReply first = m_portal.post(typoReports, report(u"Лебедка"_s), headers);
        QCOMPARE(first.status, 201);
        const PortalReply second = m_portal.post(typoReports, report(u"Лебедка"_s), headers);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json, first.json);
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(rows(), before + 1);

        const PortalReply conflict = m_portal.post(typoReports, report(u"Лебёдка"_s), headers);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), u"idempotency_conflict"_s);
        QCOMPARE(rows(), before + 1);

        const PortalReply petrov =
            m_portal.post(typoReports, report(u"Лебедка"_s), withKey(m_petrov, "typo-6f1c2b5e"));
        QCOMPARE(petrov.status, 201);
        QVERIFY(petrov.json != first.json);
        QCOMPARE(rows(), before + 2);
    }

    void badKeyIsRefused()
    {
        const int before = rows();
        const PortalReply reply =
            m_portal.post(typoReports, report(u"x"_s), withKey(m_ivanov, QByteArray(65, 'k')));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorField(), u"Idempotency-Key"_s);
        QCOMPARE(rows(), before);
    }
};

QTEST_GUILESS_MAIN(TestTypoRoutes)
#include "tst_typoroutes.moc"
