// No keychain at all: the session bus address points at a socket that does not exist. Every
// operation must report Unavailable promptly, and the secret must not land anywhere on disk.

#include "SecretScan.h"
#include "keys/DataKey.h"
#include "keys/Keychain.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestKeychainNone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void statusForKeychainError_data();
    void statusForKeychainError();
    void statusTexts();
    void blockingCallsReportUnavailable();
    void asynchronousCallsReportUnavailable();
    void destroyingWithRequestsInFlightIsSafe();
    void scanFindsWhatIsThere();
    void secretIsNowhereOnDisk();

private:
    QTemporaryDir m_noBusDir;
    QByteArray m_secret = DataKey::generate().bytes();
};

void TestKeychainNone::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_keychain_none"_s);
    QVERIFY(m_noBusDir.isValid());
    // Set here rather than by ctest, so the test means the same however it is started. No D-Bus
    // call has been made yet, so nothing has connected to another bus before.
    const QByteArray address = "unix:path=" + QFile::encodeName(m_noBusDir.path()) + "/no-bus";
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    // Without an X display, nothing can autolaunch a bus either.
    qunsetenv("DISPLAY");
    QVERIFY(!QFileInfo::exists(m_noBusDir.filePath(u"no-bus"_s)));
    QVERIFY(QDir::homePath() != QDir::rootPath());
}

void TestKeychainNone::defaults()
{
    const Keychain keychain;
    QCOMPARE(keychain.service(), u"Kabinet"_s);
    QCOMPARE(Keychain::defaultService(), u"Kabinet"_s);
    QCOMPARE(keychain.timeout(), 5000ms);
    QCOMPARE(Keychain::defaultTimeout, 5000ms);

    Keychain custom(u"Other"_s);
    QCOMPARE(custom.service(), u"Other"_s);
    custom.setTimeout(1234ms);
    QCOMPARE(custom.timeout(), 1234ms);
}

void TestKeychainNone::statusForKeychainError_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<Keychain::Status>("status");
    QTest::newRow("NoError") << int(QKeychain::NoError) << Keychain::Status::Ok;
    QTest::newRow("EntryNotFound") << int(QKeychain::EntryNotFound) << Keychain::Status::NotFound;
    QTest::newRow("CouldNotDeleteEntry")
        << int(QKeychain::CouldNotDeleteEntry) << Keychain::Status::Failed;
    QTest::newRow("AccessDeniedByUser")
        << int(QKeychain::AccessDeniedByUser) << Keychain::Status::Denied;
    QTest::newRow("AccessDenied") << int(QKeychain::AccessDenied) << Keychain::Status::Unavailable;
    QTest::newRow("NoBackendAvailable")
        << int(QKeychain::NoBackendAvailable) << Keychain::Status::Unavailable;
    QTest::newRow("NotImplemented")
        << int(QKeychain::NotImplemented) << Keychain::Status::Unavailable;
    QTest::newRow("OtherError") << int(QKeychain::OtherError) << Keychain::Status::Unavailable;
    QTest::newRow("unknown code") << 99 << Keychain::Status::Failed;
}

void TestKeychainNone::statusForKeychainError()
{
    QFETCH(int, error);
    QFETCH(Keychain::Status, status);
    QCOMPARE(Keychain::statusForKeychainError(error), status);
}

void TestKeychainNone::statusTexts()
{
    using Status = Keychain::Status;
    QSet<QString> texts;
    for (const Status status :
         {Status::Ok, Status::NotFound, Status::Unavailable, Status::Denied, Status::Failed}) {
        texts.insert(Keychain::statusText(status));
    }
    QCOMPARE(texts.size(), 5);
    QVERIFY(!texts.contains(QString()));
}

void TestKeychainNone::blockingCallsReportUnavailable()
{
    const Keychain keychain;
    const QString key = u"cache-key:none"_s;
    QElapsedTimer timer;

    timer.start();
    const auto written = keychain.writeBlocking(key, m_secret);
    QCOMPARE(written.status, Keychain::Status::Unavailable);
    QCOMPARE(written.key, key);
    // A missing bus is noticed at once, not by waiting for the timeout.
    QVERIFY(!written.timedOut);
    QVERIFY2(timer.elapsed() < 3000, QByteArray::number(timer.elapsed()).constData());
    QVERIFY(!written.errorText.isEmpty());
    QVERIFY(!written.errorText.toUtf8().contains(m_secret));

    timer.restart();
    const auto read = keychain.readBlocking(key);
    QCOMPARE(read.status, Keychain::Status::Unavailable);
    QVERIFY(read.data.isEmpty());
    QVERIFY(timer.elapsed() < 3000);

    timer.restart();
    QCOMPARE(keychain.removeBlocking(key).status, Keychain::Status::Unavailable);
    QVERIFY(timer.elapsed() < 3000);

    // An explicit, short timeout is honoured too.
    timer.restart();
    QCOMPARE(keychain.readBlocking(key, 500ms).status, Keychain::Status::Unavailable);
    QVERIFY(timer.elapsed() < 3000);
}

void TestKeychainNone::asynchronousCallsReportUnavailable()
{
    Keychain keychain;
    QSignalSpy written(&keychain, &Keychain::writeFinished);
    QSignalSpy read(&keychain, &Keychain::readFinished);
    QSignalSpy removed(&keychain, &Keychain::removeFinished);
    QElapsedTimer timer;
    timer.start();

    keychain.write(u"cache-key:async-none"_s, m_secret);
    keychain.read(u"cache-key:async-none"_s);
    keychain.remove(u"cache-key:async-none"_s);
    QCOMPARE(written.size() + read.size() + removed.size(), 0);

    QTRY_VERIFY_WITH_TIMEOUT(written.size() == 1 && read.size() == 1 && removed.size() == 1, 4000);
    QVERIFY(timer.elapsed() < 4000);
    const auto writeResult = written.at(0).at(0).value<Keychain::Result>();
    const auto readResult = read.at(0).at(0).value<Keychain::ReadResult>();
    const auto removeResult = removed.at(0).at(0).value<Keychain::Result>();
    QCOMPARE(writeResult.status, Keychain::Status::Unavailable);
    QCOMPARE(readResult.status, Keychain::Status::Unavailable);
    QCOMPARE(removeResult.status, Keychain::Status::Unavailable);
    QCOMPARE(readResult.key, u"cache-key:async-none"_s);
    QVERIFY(readResult.data.isEmpty());

    // The timeouts of finished requests must not report a second time.
    keychain.setTimeout(100ms);
    keychain.read(u"cache-key:async-none"_s);
    QTRY_COMPARE(read.size(), 2);
    QTest::qWait(300);
    QCOMPARE(read.size(), 2);
    QCOMPARE(written.size(), 1);
    QCOMPARE(removed.size(), 1);
}

void TestKeychainNone::destroyingWithRequestsInFlightIsSafe()
{
    for (int i = 0; i < 5; ++i) {
        auto* keychain = new Keychain;
        QSignalSpy read(keychain, &Keychain::readFinished);
        keychain->write(u"cache-key:gone"_s, m_secret);
        keychain->read(u"cache-key:gone"_s);
        delete keychain;
    }
    // The abandoned jobs still finish, in the background, and must touch nothing that is gone.
    // A later request only gets its turn once they have (QtKeychain runs one job at a time).
    const Keychain keychain;
    QCOMPARE(keychain.readBlocking(u"cache-key:after"_s, 3000ms).status,
             Keychain::Status::Unavailable);
    QTest::qWait(100);
}

void TestKeychainNone::scanFindsWhatIsThere()
{
    // The scan below must be able to fail: a file in HOME that does hold a secret is found, in
    // each encoding.
    const QByteArray marker = DataKey::generate().bytes();
    const QString path = QDir::home().filePath(u".config/scan-probe/probe.bin"_s);
    QVERIFY(QDir::home().mkpath(u".config/scan-probe"_s));
    for (const QByteArray& encoded : SecretScan::encodings(marker)) {
        QFile probe(path);
        QVERIFY(probe.open(QIODevice::WriteOnly | QIODevice::Truncate));
        probe.write("prefix" + encoded + "suffix");
        probe.close();
        QCOMPARE(SecretScan::filesContaining(QDir::homePath(), marker), QStringList {path});
    }
    QVERIFY(QDir(QFileInfo(path).path()).removeRecursively());
    QVERIFY(SecretScan::filesContaining(QDir::homePath(), marker).isEmpty());

    // And QSettings' own encoding of a binary value is seen through.
    QSettings(u"KabinetScanProbe"_s).setValue(u"data"_s, marker);
    QCOMPARE(SecretScan::settingsFilesContaining(u"KabinetScanProbe"_s, marker).size(), 1);
    const QString settingsPath = QSettings(u"KabinetScanProbe"_s).fileName();
    QVERIFY(QFile::remove(settingsPath));
}

void TestKeychainNone::secretIsNowhereOnDisk()
{
    const QStringList settings = SecretScan::settingsFilesContaining(u"Kabinet"_s, m_secret);
    QVERIFY2(settings.isEmpty(), qPrintable(settings.join(u", "_s)));
    for (const QString& path : SecretScan::settingsFiles(u"Kabinet"_s)) {
        QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    }
    const QStringList files = SecretScan::filesContaining(QDir::homePath(), m_secret);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestKeychainNone)
#include "tst_keychain_none.moc"
