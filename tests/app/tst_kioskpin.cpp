#include "KioskPin.h"
#include "KioskSettings.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// The kiosk's PIN hash and settings file (docs/kiosk.md): the hash is salted and checks the
// right PIN only, the documented Python one-liner's output and `kabinet --kiosk-pin-hash`'s are
// accepted, and the settings file gives its values or the defaults.
class tst_KioskPin : public QObject
{
    Q_OBJECT

private slots:
    void theRightPinMatchesAWrongOneDoesNot();
    void eachHashHasItsOwnSalt();
    void theDocumentedOneLinersHashIsAccepted();
    void kabinetPrintsAHashOfThePinOnStandardInput();
    void malformedHashesLetNobodyOut_data();
    void malformedHashesLetNobodyOut();
    void settingsFileGivesItsValues();
    void missingSettingsGiveTheDefaults();
    void theEnvironmentNamesAnotherSettingsFile();
};

void tst_KioskPin::theRightPinMatchesAWrongOneDoesNot()
{
    const QString stored = KioskPin::hash(u"2468"_s, 1000);
    QVERIFY(stored.startsWith(u"pbkdf2-sha256:1000:"_s));
    QVERIFY(KioskPin::isWellFormed(stored));
    QVERIFY(KioskPin::matches(u"2468"_s, stored));
    QVERIFY(!KioskPin::matches(u"2469"_s, stored));
    QVERIFY(!KioskPin::matches(u"246"_s, stored));
    QVERIFY(!KioskPin::matches(QString(), stored));
    // The PIN is not in the stored text.
    QVERIFY(!stored.contains(u"2468"_s));
}

void tst_KioskPin::eachHashHasItsOwnSalt()
{
    const QString first = KioskPin::hash(u"2468"_s, 1000);
    const QString second = KioskPin::hash(u"2468"_s, 1000);
    QVERIFY(first != second);
    QCOMPARE(first.split(u':').at(2).size(), 32);
    QVERIFY(KioskPin::matches(u"2468"_s, second));
}

void tst_KioskPin::theDocumentedOneLinersHashIsAccepted()
{
    // python3 -c 'import hashlib;print(hashlib.pbkdf2_hmac("sha256",b"2468",
    //     bytes.fromhex("00112233445566778899aabbccddeeff"),1000).hex())'
    const QString stored = u"pbkdf2-sha256:1000:00112233445566778899aabbccddeeff:"
                           "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66"_s;
    QVERIFY(KioskPin::matches(u"2468"_s, stored));
    QVERIFY(!KioskPin::matches(u"1357"_s, stored));
}

void tst_KioskPin::kabinetPrintsAHashOfThePinOnStandardInput()
{
    QProcess kabinet;
    kabinet.start(QStringLiteral(KABINET_BINARY), {u"--kiosk-pin-hash"_s});
    QVERIFY(kabinet.waitForStarted());
    kabinet.write("2468\n");
    kabinet.closeWriteChannel();
    QVERIFY(kabinet.waitForFinished(30000));
    QCOMPARE(kabinet.exitCode(), 0);
    const QString printed = QString::fromUtf8(kabinet.readAllStandardOutput()).trimmed();
    QVERIFY2(printed.startsWith(u"pbkdf2-sha256:200000:"_s), qPrintable(printed));
    QVERIFY(KioskPin::matches(u"2468"_s, printed));
    QVERIFY(!KioskPin::matches(u"2469"_s, printed));

    // No PIN at all is a usage error.
    QProcess empty;
    empty.start(QStringLiteral(KABINET_BINARY), {u"--kiosk-pin-hash"_s});
    QVERIFY(empty.waitForStarted());
    empty.closeWriteChannel();
    QVERIFY(empty.waitForFinished(30000));
    QCOMPARE(empty.exitCode(), 2);
    QCOMPARE(empty.readAllStandardOutput(), QByteArray());
}

void tst_KioskPin::malformedHashesLetNobodyOut_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain PIN") << u"2468"_s;
    QTest::newRow("other scheme")
        << u"sha256:1000:00112233445566778899aabbccddeeff:"
           "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66"_s;
    QTest::newRow("no iterations")
        << u"pbkdf2-sha256:0:00112233445566778899aabbccddeeff:"
           "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66"_s;
    QTest::newRow("short hash") << u"pbkdf2-sha256:1000:00112233445566778899aabbccddeeff:23ad"_s;
}

void tst_KioskPin::malformedHashesLetNobodyOut()
{
    QFETCH(QString, stored);
    QVERIFY(!KioskPin::isWellFormed(stored));
    QVERIFY(!KioskPin::matches(u"2468"_s, stored));
    QVERIFY(!KioskPin::matches(stored, stored));
}

void tst_KioskPin::settingsFileGivesItsValues()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"kiosk.conf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[Kiosk]\n"
               "Enabled=true\n"
               "Server=https://lk.example.ru\n"
               "CaFile=/etc/ssl/operator.pem\n"
               "PinHash=pbkdf2-sha256:1000:00:11\n"
               "ExitShortcut=Ctrl+Alt+End\n"
               "IdleTimeout=1.5\n"
               "IdleCountdown=20\n"
               "FontSize=20\n");
    file.close();
    const KioskSettings settings = KioskSettings::load(path);
    QVERIFY(settings.fileFound);
    QVERIFY(settings.enabled);
    QCOMPARE(settings.server, QUrl(u"https://lk.example.ru"_s));
    QCOMPARE(settings.caFile, u"/etc/ssl/operator.pem"_s);
    QCOMPARE(settings.pinHash, u"pbkdf2-sha256:1000:00:11"_s);
    QCOMPARE(settings.exitShortcut, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_End));
    QCOMPARE(settings.idleTimeout, 1500ms);
    QCOMPARE(settings.countdown, 20000ms);
    QCOMPARE(settings.fontPointSize, 20);
}

void tst_KioskPin::missingSettingsGiveTheDefaults()
{
    const KioskSettings settings = KioskSettings::load(u"/nonexistent/kiosk.conf"_s);
    QVERIFY(!settings.fileFound);
    QVERIFY(!settings.enabled);
    QVERIFY(settings.pinHash.isEmpty());
    QCOMPARE(settings.exitShortcut, QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Q));
    QCOMPARE(settings.idleTimeout, 180000ms);
    QCOMPARE(settings.countdown, 30000ms);
}

void tst_KioskPin::theEnvironmentNamesAnotherSettingsFile()
{
    qunsetenv("KABINET_KIOSK_CONFIG");
    QCOMPARE(KioskSettings::path(), u"/etc/xdg/kabinet/kiosk.conf"_s);
    qputenv("KABINET_KIOSK_CONFIG", "/tmp/elsewhere.conf");
    QCOMPARE(KioskSettings::path(), u"/tmp/elsewhere.conf"_s);
    qunsetenv("KABINET_KIOSK_CONFIG");
}

QTEST_GUILESS_MAIN(tst_KioskPin)
#include "tst_kioskpin.moc"
