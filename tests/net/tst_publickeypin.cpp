#include "TestCertificates.h"
#include "net/PublicKeyPin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_PublicKeyPin : public QObject
{
    Q_OBJECT

private slots:
    void parsesPrefixedAndBareBase64();
    void refusesWhatIsNoSha256Pin_data();
    void refusesWhatIsNoSha256Pin();
    void matchesTheOpenSslRecipe();
    void matchesOnlyTheSameKey();
    void nullCertificateHasNoPin();
};

void tst_PublicKeyPin::parsesPrefixedAndBareBase64()
{
    const QByteArray digest = QByteArray(32, '\x5a');
    const QString base64 = QString::fromLatin1(digest.toBase64());

    PublicKeyPin::ParseError error = PublicKeyPin::ParseError::Empty;
    const std::optional<PublicKeyPin> prefixed = PublicKeyPin::parse(u"sha256/"_s + base64, &error);
    QVERIFY(prefixed);
    QCOMPARE(error, PublicKeyPin::ParseError::None);
    QCOMPARE(prefixed->digest(), digest);
    QCOMPARE(prefixed->toString(), u"sha256/"_s + base64);

    const std::optional<PublicKeyPin> bare = PublicKeyPin::parse(u"  "_s + base64 + u"\n"_s);
    QVERIFY(bare);
    QCOMPARE(*bare, *prefixed);
    // What toString() writes, parse() reads back.
    QCOMPARE(PublicKeyPin::parse(prefixed->toString()), prefixed);
}

void tst_PublicKeyPin::refusesWhatIsNoSha256Pin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PublicKeyPin::ParseError>("expected");
    const QString sha1 = QString::fromLatin1(QByteArray(20, '\x01').toBase64());
    QTest::newRow("empty") << QString() << PublicKeyPin::ParseError::Empty;
    QTest::newRow("blank") << u"   "_s << PublicKeyPin::ParseError::Empty;
    QTest::newRow("not base64") << u"sha256/not a pin!"_s << PublicKeyPin::ParseError::NotBase64;
    QTest::newRow("hex") << u"sha256/"_s + QString::fromLatin1(QByteArray(32, '\x01').toHex())
                         << PublicKeyPin::ParseError::WrongLength;
    QTest::newRow("20 bytes") << u"sha256/"_s + sha1 << PublicKeyPin::ParseError::WrongLength;
    QTest::newRow("sha1 pin") << u"sha1/"_s + sha1
                              << PublicKeyPin::ParseError::UnsupportedAlgorithm;
    QTest::newRow("sha384 pin") << u"sha384/"_s
            + QString::fromLatin1(QByteArray(48, 'x').toBase64())
                                << PublicKeyPin::ParseError::UnsupportedAlgorithm;
}

void tst_PublicKeyPin::refusesWhatIsNoSha256Pin()
{
    QFETCH(QString, text);
    QFETCH(PublicKeyPin::ParseError, expected);
    PublicKeyPin::ParseError error = PublicKeyPin::ParseError::None;
    QVERIFY(!PublicKeyPin::parse(text, &error));
    QCOMPARE(error, expected);
    QVERIFY(!PublicKeyPin::errorText(error).isEmpty());
}

void tst_PublicKeyPin::matchesTheOpenSslRecipe()
{
    // The pin users compute with the well-known command line; an independent implementation.
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("no openssl command to compare with");
    const TestIdentity server = TestCertificates::makeSelfSigned(TestCertificates::loopbackNames());
    QVERIFY(!server.isNull());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile pem(dir.filePath(u"server.pem"_s));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(server.certificate.toPem());
    pem.close();

    QProcess shell;
    shell.start(u"sh"_s,
                {u"-c"_s,
                 u"\"$1\" x509 -in \"$2\" -pubkey -noout | \"$1\" pkey -pubin -outform der"
                 " | \"$1\" dgst -sha256 -binary | base64"_s,
                 u"sh"_s, openssl, pem.fileName()});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 0);
    const QString expected =
        u"sha256/"_s + QString::fromLatin1(shell.readAllStandardOutput().trimmed());

    const std::optional<PublicKeyPin> pin = PublicKeyPin::ofCertificate(server.certificate);
    QVERIFY(pin);
    QCOMPARE(pin->toString(), expected);
    QVERIFY(pin->matches(server.certificate));
}

void tst_PublicKeyPin::matchesOnlyTheSameKey()
{
    const TestIdentity ca = TestCertificates::makeCa(u"Pin CA"_s);
    const TestIdentity first = TestCertificates::makeServer(ca, TestCertificates::loopbackNames());
    const TestIdentity second = TestCertificates::makeServer(ca, TestCertificates::loopbackNames());
    QVERIFY(!first.isNull() && !second.isNull());

    const std::optional<PublicKeyPin> pin = PublicKeyPin::ofCertificate(first.certificate);
    QVERIFY(pin);
    QCOMPARE(pin->digest().size(), PublicKeyPin::digestSize);
    QVERIFY(pin->matches(first.certificate));
    QVERIFY(!pin->matches(second.certificate));
    QVERIFY(!pin->matches(ca.certificate));
    // Not Qt's (MD5) certificate digest, nor a digest of the whole certificate.
    QVERIFY(pin->digest() != first.certificate.digest(QCryptographicHash::Sha256));
}

void tst_PublicKeyPin::nullCertificateHasNoPin()
{
    QVERIFY(!PublicKeyPin::ofCertificate(QSslCertificate()));
    QVERIFY(PublicKeyPin::subjectPublicKeyInfoSha256(QSslCertificate()).isEmpty());
    const std::optional<PublicKeyPin> pin =
        PublicKeyPin::parse(QString::fromLatin1(QByteArray(32, '\0').toBase64()));
    QVERIFY(pin);
    QVERIFY(!pin->matches(QSslCertificate()));
}

QTEST_GUILESS_MAIN(tst_PublicKeyPin)
#include "tst_publickeypin.moc"
