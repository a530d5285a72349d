// OutboxPayload: the envelope of an outbox item's request body and target, as the cache keeps it.

#include "outbox/OutboxPayload.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_OutboxPayload : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void keepsTheBodyAsItIs();
    void refusesWhatIsNotAnEnvelope_data();
    void refusesWhatIsNotAnEnvelope();
};

void tst_OutboxPayload::roundTrips_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<std::optional<qint64>>("meterId");
    QTest::addColumn<std::optional<qint64>>("appealLocalId");

    QTest::newRow("typo report") << QJsonObject {{u"selection"_s, u"начсиления"_s}}
                                 << std::optional<qint64>() << std::optional<qint64>();
    QTest::newRow("meter reading")
        << QJsonObject {{u"date"_s, u"2024-10-01"_s}, {u"valueThousandths"_s, 12345}}
        << std::optional<qint64>(11) << std::optional<qint64>();
    QTest::newRow("appeal") << QJsonObject {{u"accountId"_s, QJsonValue()},
                                            {u"topic"_s, u"Тема"_s},
                                            {u"text"_s, u"Текст"_s}}
                            << std::optional<qint64>() << std::optional<qint64>(5);
    QTest::newRow("large ids") << QJsonObject() << std::optional<qint64>(9007199254740991LL)
                               << std::optional<qint64>(1);
}

void tst_OutboxPayload::roundTrips()
{
    QFETCH(QJsonObject, body);
    QFETCH(std::optional<qint64>, meterId);
    QFETCH(std::optional<qint64>, appealLocalId);
    const OutboxPayload payload {body, meterId, appealLocalId};
    const std::optional<OutboxPayload> read = OutboxPayload::fromBytes(payload.toBytes());
    QVERIFY(read);
    QVERIFY(*read == payload);
}

void tst_OutboxPayload::keepsTheBodyAsItIs()
{
    const OutboxPayload payload {QJsonObject {{u"topic"_s, u"  с пробелами  "_s}}, 3, {}};
    QCOMPARE(payload.toBytes(), QByteArray(R"({"body":{"topic":"  с пробелами  "},"meterId":3})"));
}

void tst_OutboxPayload::refusesWhatIsNotAnEnvelope_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("{body");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("a bare request body") << QByteArray(R"({"topic":"x","text":"y"})");
    QTest::newRow("body not an object") << QByteArray(R"({"body":"x"})");
    QTest::newRow("meter id text") << QByteArray(R"({"body":{},"meterId":"11"})");
    QTest::newRow("meter id fraction") << QByteArray(R"({"body":{},"meterId":1.5})");
    QTest::newRow("meter id zero") << QByteArray(R"({"body":{},"meterId":0})");
    QTest::newRow("appeal id negative") << QByteArray(R"({"body":{},"appealLocalId":-2})");
}

void tst_OutboxPayload::refusesWhatIsNotAnEnvelope()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!OutboxPayload::fromBytes(bytes));
}

QTEST_GUILESS_MAIN(tst_OutboxPayload)
#include "tst_outboxpayload.moc"
