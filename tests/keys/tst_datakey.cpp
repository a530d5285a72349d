#include "keys/DataKey.h"

#include <QSet>
#include <QTest>

#include <type_traits>

class TestDataKey : public QObject
{
    Q_OBJECT

private slots:
    void generatedKeyHas32Bytes();
    void generatedKeysDiffer();
    void hexIs64LowercaseDigitsOfTheBytes();
    void fromBytesRoundTrip();
    void fromBytesRejectsWrongSizes_data();
    void fromBytesRejectsWrongSizes();
    void defaultKeyIsInvalid();
    void copyAndMoveKeepOrClearTheKey();
};

void TestDataKey::generatedKeyHas32Bytes()
{
    const DataKey key = DataKey::generate();
    QVERIFY(key.isValid());
    QCOMPARE(key.bytes().size(), 32);
    QCOMPARE(DataKey::size, 32);
}

void TestDataKey::generatedKeysDiffer()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        seen.insert(DataKey::generate().bytes());
    }
    QCOMPARE(seen.size(), 100);
    QVERIFY(!(DataKey::generate() == DataKey::generate()));
}

void TestDataKey::hexIs64LowercaseDigitsOfTheBytes()
{
    for (int i = 0; i < 20; ++i) {
        const DataKey key = DataKey::generate();
        const QByteArray hex = key.toHex();
        QCOMPARE(hex.size(), 64);
        for (const char c : hex) {
            QVERIFY2((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'), hex.constData());
        }
        QCOMPARE(QByteArray::fromHex(hex), key.bytes());
    }
    const auto known = DataKey::fromBytes(
        QByteArray::fromHex("00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
    QVERIFY(known);
    QCOMPARE(known->toHex(),
             QByteArray("00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
}

void TestDataKey::fromBytesRoundTrip()
{
    QByteArray bytes(32, '\0');
    for (int i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(255 - 7 * i);
    }
    const auto key = DataKey::fromBytes(bytes);
    QVERIFY(key.has_value());
    QVERIFY(key->isValid());
    QCOMPARE(key->bytes(), bytes);

    const DataKey generated = DataKey::generate();
    const auto copy = DataKey::fromBytes(generated.bytes());
    QVERIFY(copy);
    QVERIFY(*copy == generated);
}

void TestDataKey::fromBytesRejectsWrongSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("16") << 16;
    QTest::newRow("31") << 31;
    QTest::newRow("33") << 33;
    QTest::newRow("64 (hex length)") << 64;
}

void TestDataKey::fromBytesRejectsWrongSizes()
{
    QFETCH(int, size);
    QVERIFY(!DataKey::fromBytes(QByteArray(size, 'k')).has_value());
}

void TestDataKey::defaultKeyIsInvalid()
{
    const DataKey key;
    QVERIFY(!key.isValid());
    QVERIFY(key.bytes().isEmpty());
    QVERIFY(key.toHex().isEmpty());
    QVERIFY(!(key == DataKey::generate()));
}

void TestDataKey::copyAndMoveKeepOrClearTheKey()
{
    const DataKey original = DataKey::generate();
    DataKey copy = original;
    QVERIFY(copy == original);

    DataKey moved = std::move(copy);
    QVERIFY(moved == original);
    // A moved-from key is wiped, not left holding a second copy of the secret.
    QVERIFY(!copy.isValid()); // NOLINT(bugprone-use-after-move)
    QVERIFY(copy.bytes().isEmpty());

    DataKey target = DataKey::generate();
    target = original;
    QVERIFY(target == original);
    target = DataKey();
    QVERIFY(!target.isValid());

    static_assert(std::is_nothrow_move_constructible_v<DataKey>);
}

QTEST_GUILESS_MAIN(TestDataKey)
#include "tst_datakey.moc"
