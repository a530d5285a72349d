#include "keys/PasswordKeyWrap.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace {

// Most tests use the lowest accepted count, so that the suite stays fast; defaultIterations is
// exercised once.
constexpr quint32 fastIterations = PasswordKeyWrap::minimumIterations;

const QString password = u"correct horse battery staple"_s;

QByteArray withIterations(QByteArray blob, quint32 iterations)
{
    qToBigEndian(iterations, blob.data() + 6);
    return blob;
}

} // namespace

class TestPasswordKeyWrap : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void roundTripWithDefaultIterations();
    void nonAsciiPasswordIsUsedAsUtf8();
    void blobLayout();
    void wrapsDifferEachTime();
    void wrongPassword();
    void everySingleByteChangeIsDetected();
    void truncatedOrExtendedBlobIsCorrupt();
    void badMagicIsCorrupt();
    void versions();
    void iterationCountOutsideLimitsIsCorrupt_data();
    void iterationCountOutsideLimitsIsCorrupt();
    void wrapRefusesBadInput();
    void blobHidesKeyAndPassword();
    void errorTexts();
};

void TestPasswordKeyWrap::roundTrip()
{
    const DataKey key = DataKey::generate();
    const QByteArray blob = PasswordKeyWrap::wrap(key, password, fastIterations);
    QCOMPARE(blob.size(), PasswordKeyWrap::blobSize);

    const auto result = PasswordKeyWrap::unwrap(blob, password);
    QCOMPARE(result.error, PasswordKeyWrap::Error::None);
    QVERIFY(result.ok());
    QVERIFY(*result.key == key);
}

void TestPasswordKeyWrap::roundTripWithDefaultIterations()
{
    QVERIFY(PasswordKeyWrap::defaultIterations >= 600000);
    const DataKey key = DataKey::generate();
    const QByteArray blob = PasswordKeyWrap::wrap(key, password);
    QCOMPARE(qFromBigEndian<quint32>(blob.constData() + 6), PasswordKeyWrap::defaultIterations);

    const auto result = PasswordKeyWrap::unwrap(blob, password);
    QVERIFY(result.ok());
    QVERIFY(*result.key == key);
}

void TestPasswordKeyWrap::nonAsciiPasswordIsUsedAsUtf8()
{
    const DataKey key = DataKey::generate();
    const QString cyrillic = u"пароль-Ёжик"_s;
    const QByteArray blob = PasswordKeyWrap::wrap(key, cyrillic, fastIterations);
    QVERIFY(PasswordKeyWrap::unwrap(blob, cyrillic).ok());
    // Had the password been truncated to Latin-1 or 8-bit, these would share its bytes.
    QCOMPARE(PasswordKeyWrap::unwrap(blob, QString(cyrillic.size(), u'?')).error,
             PasswordKeyWrap::Error::WrongPassword);
    QCOMPARE(PasswordKeyWrap::unwrap(blob, QString::fromLatin1(cyrillic.toLatin1())).error,
             PasswordKeyWrap::Error::WrongPassword);
}

void TestPasswordKeyWrap::blobLayout()
{
    const QByteArray blob = PasswordKeyWrap::wrap(DataKey::generate(), password, 123456);
    QCOMPARE(blob.size(), 86);
    QCOMPARE(blob.left(4), QByteArray("KBKW"));
    QCOMPARE(static_cast<quint8>(blob[4]), PasswordKeyWrap::formatVersion);
    QCOMPARE(static_cast<quint8>(blob[5]), PasswordKeyWrap::kdfPbkdf2HmacSha256);
    QCOMPARE(qFromBigEndian<quint32>(blob.constData() + 6), 123456u);
}

void TestPasswordKeyWrap::wrapsDifferEachTime()
{
    const DataKey key = DataKey::generate();
    const QByteArray first = PasswordKeyWrap::wrap(key, password, fastIterations);
    const QByteArray second = PasswordKeyWrap::wrap(key, password, fastIterations);
    // Fresh salt and nonce every time.
    QVERIFY(first.mid(10, 16) != second.mid(10, 16));
    QVERIFY(first.mid(26, 12) != second.mid(26, 12));
    QVERIFY(first.mid(38) != second.mid(38));
    QVERIFY(*PasswordKeyWrap::unwrap(first, password).key == key);
    QVERIFY(*PasswordKeyWrap::unwrap(second, password).key == key);
}

void TestPasswordKeyWrap::wrongPassword()
{
    const QByteArray blob = PasswordKeyWrap::wrap(DataKey::generate(), password, fastIterations);
    for (const QString& wrong :
         {u"correct horse battery stapl"_s, u"Correct horse battery staple"_s, QString()}) {
        const auto result = PasswordKeyWrap::unwrap(blob, wrong);
        QCOMPARE(result.error, PasswordKeyWrap::Error::WrongPassword);
        QVERIFY(!result.key.has_value());
    }
}

void TestPasswordKeyWrap::everySingleByteChangeIsDetected()
{
    const DataKey key = DataKey::generate();
    const QByteArray blob = PasswordKeyWrap::wrap(key, password, fastIterations);
    QVERIFY(!blob.isEmpty());

    for (qsizetype i = 0; i < blob.size(); ++i) {
        // The whole byte everywhere; one bit, too, in the fields the parser reads itself (magic,
        // version, KDF, iterations). Neither moves a tampered iteration count far above the
        // test's count, so no case needs a slow key derivation.
        const QList<char> masks = i < 10 ? QList<char> {'\x01', '\xff'} : QList<char> {'\xff'};
        for (const char mask : masks) {
            QByteArray tampered = blob;
            tampered[i] = static_cast<char>(tampered[i] ^ mask);
            const auto result = PasswordKeyWrap::unwrap(tampered, password);
            const QByteArray where = "byte " + QByteArray::number(i) + " mask "
                + QByteArray::number(static_cast<unsigned char>(mask));
            QVERIFY2(!result.key.has_value(), where.constData());
            if (i == 4) {
                // 1 ^ 0x01 = 0 is no valid version; 1 ^ 0xff = 0xfe a future one.
                QVERIFY2(result.error == PasswordKeyWrap::Error::Corrupt
                             || result.error == PasswordKeyWrap::Error::UnsupportedVersion,
                         where.constData());
            } else {
                QVERIFY2(result.error == PasswordKeyWrap::Error::WrongPassword
                             || result.error == PasswordKeyWrap::Error::Corrupt,
                         where.constData());
            }
        }
    }
}

void TestPasswordKeyWrap::truncatedOrExtendedBlobIsCorrupt()
{
    const QByteArray blob = PasswordKeyWrap::wrap(DataKey::generate(), password, fastIterations);
    for (qsizetype length = 0; length < blob.size(); ++length) {
        const auto result = PasswordKeyWrap::unwrap(blob.left(length), password);
        QVERIFY(!result.key.has_value());
        QCOMPARE(result.error, PasswordKeyWrap::Error::Corrupt);
    }
    for (const QByteArray& extra : {QByteArray(1, '\0'), QByteArray(16, 'x'), blob}) {
        const auto result = PasswordKeyWrap::unwrap(QByteArray(blob + extra), password);
        QVERIFY(!result.key.has_value());
        QCOMPARE(result.error, PasswordKeyWrap::Error::Corrupt);
    }
}

void TestPasswordKeyWrap::badMagicIsCorrupt()
{
    QByteArray blob = PasswordKeyWrap::wrap(DataKey::generate(), password, fastIterations);
    blob.replace(0, 4, "KBKX");
    QCOMPARE(PasswordKeyWrap::unwrap(blob, password).error, PasswordKeyWrap::Error::Corrupt);
    QCOMPARE(PasswordKeyWrap::unwrap(QByteArray(86, '\0'), password).error,
             PasswordKeyWrap::Error::Corrupt);
}

void TestPasswordKeyWrap::versions()
{
    const QByteArray blob = PasswordKeyWrap::wrap(DataKey::generate(), password, fastIterations);

    QByteArray zero = blob;
    zero[4] = '\0';
    QCOMPARE(PasswordKeyWrap::unwrap(zero, password).error, PasswordKeyWrap::Error::Corrupt);

    // A newer format may differ in size too; it must still be reported as newer, not as damage.
    QByteArray future = blob;
    future[4] = static_cast<char>(PasswordKeyWrap::formatVersion + 1);
    QCOMPARE(PasswordKeyWrap::unwrap(future, password).error,
             PasswordKeyWrap::Error::UnsupportedVersion);
    QCOMPARE(PasswordKeyWrap::unwrap(QByteArray(future + QByteArray(40, 'z')), password).error,
             PasswordKeyWrap::Error::UnsupportedVersion);

    QByteArray otherKdf = blob;
    otherKdf[5] = '\x02';
    QCOMPARE(PasswordKeyWrap::unwrap(otherKdf, password).error, PasswordKeyWrap::Error::Corrupt);
}

void TestPasswordKeyWrap::iterationCountOutsideLimitsIsCorrupt_data()
{
    QTest::addColumn<quint32>("iterations");
    QTest::newRow("0") << 0u;
    QTest::newRow("1") << 1u;
    QTest::newRow("1000") << 1000u;
    QTest::newRow("floor - 1") << PasswordKeyWrap::minimumIterations - 1;
    QTest::newRow("ceiling + 1") << PasswordKeyWrap::maximumIterations + 1;
    QTest::newRow("0xffffffff") << 0xffffffffu;
}

void TestPasswordKeyWrap::iterationCountOutsideLimitsIsCorrupt()
{
    QFETCH(quint32, iterations);
    QVERIFY(PasswordKeyWrap::minimumIterations >= 100000);
    QVERIFY(PasswordKeyWrap::maximumIterations <= 10000000);

    const QByteArray blob = PasswordKeyWrap::wrap(DataKey::generate(), password, fastIterations);
    QElapsedTimer timer;
    timer.start();
    const auto result = PasswordKeyWrap::unwrap(withIterations(blob, iterations), password);
    QCOMPARE(result.error, PasswordKeyWrap::Error::Corrupt);
    QVERIFY(!result.key.has_value());
    // Refused before any key derivation, so a crafted count cannot make us spin.
    QVERIFY2(timer.elapsed() < 20, QByteArray::number(timer.elapsed()).constData());
}

void TestPasswordKeyWrap::wrapRefusesBadInput()
{
    QVERIFY(PasswordKeyWrap::wrap(DataKey(), password, fastIterations).isEmpty());
    QVERIFY(
        PasswordKeyWrap::wrap(DataKey::generate(), password, PasswordKeyWrap::minimumIterations - 1)
            .isEmpty());
    QVERIFY(
        PasswordKeyWrap::wrap(DataKey::generate(), password, PasswordKeyWrap::maximumIterations + 1)
            .isEmpty());
}

void TestPasswordKeyWrap::blobHidesKeyAndPassword()
{
    for (int i = 0; i < 10; ++i) {
        const DataKey key = DataKey::generate();
        const QByteArray blob = PasswordKeyWrap::wrap(key, password, fastIterations);
        QVERIFY(!blob.contains(key.bytes()));
        QVERIFY(!blob.contains(key.bytes().left(8)));
        QVERIFY(!blob.contains(key.toHex()));
        QVERIFY(!blob.contains(password.toUtf8()));
        QVERIFY(!blob.contains(QByteArray("horse")));
        QVERIFY(!blob.contains(password.toUtf8().toHex()));
    }
}

void TestPasswordKeyWrap::errorTexts()
{
    using Error = PasswordKeyWrap::Error;
    QSet<QString> texts;
    for (const Error error : {Error::None, Error::WrongPassword, Error::Corrupt,
                              Error::UnsupportedVersion, Error::CryptoFailure}) {
        const QString text = PasswordKeyWrap::errorText(error);
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 5);
}

QTEST_GUILESS_MAIN(TestPasswordKeyWrap)
#include "tst_passwordkeywrap.moc"
