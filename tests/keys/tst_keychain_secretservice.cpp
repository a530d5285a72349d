// Runs against a real Secret Service: gnome-keyring-daemon on a private session bus, started by
// with-gnome-keyring.sh (see CMakeLists.txt). It fails, never skips, when that service is missing.

#include "SecretScan.h"
#include "keys/DataKey.h"
#include "keys/Keychain.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using StringMap = QMap<QString, QString>;

namespace {

const QString secretService = u"org.freedesktop.secrets"_s;

// A key with every byte value that text-oriented storage tends to mangle.
QByteArray awkwardSecret()
{
    QByteArray secret = DataKey::generate().bytes();
    secret.append('\0').append("\n\r\t=%@\\\"").append('\xff').append('\x80').append('\0');
    return secret;
}

} // namespace

class TestKeychainSecretService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteRemove();
    void readMissingIsNotFound();
    void asynchronousApi();
    void keysAndServicesAreSeparate();
    void blockingFromWorkerThread();
    void answersWhileTheApplicationThreadIsBusy();
    void nothingWentToQSettingsOrHome();

private:
    // The Secret Service's own view: the items QtKeychain stored for key under service.
    int storedItemCount(const QString& service, const QString& key);
    void remember(const QByteArray& secret) { m_secrets.append(secret); }

    QList<QByteArray> m_secrets;
};

void TestKeychainSecretService::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_keychain_secretservice"_s);
    qDBusRegisterMetaType<StringMap>();

    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run through with-gnome-keyring.sh (ctest does)");
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    QVERIFY2(bus.interface()->isServiceRegistered(secretService).value(),
             "no Secret Service on the session bus: with-gnome-keyring.sh did not start one");
    QVERIFY(!QFileInfo::exists(QSettings().fileName()));
}

int TestKeychainSecretService::storedItemCount(const QString& service, const QString& key)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(secretService, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    // The attributes QtKeychain's libsecret backend gives every item.
    const StringMap attributes {{u"user"_s, key}, {u"server"_s, service}};
    call << QVariant::fromValue(attributes);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        qWarning("SearchItems failed: %ls", qUtf16Printable(reply.errorMessage()));
        return -1;
    }
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    return int(unlocked.size() + locked.size());
}

void TestKeychainSecretService::writeReadOverwriteRemove()
{
    Keychain keychain;
    QCOMPARE(keychain.service(), u"Kabinet"_s);
    const QString key = u"cache-key:round-trip"_s;
    const QByteArray first = awkwardSecret();
    const QByteArray second = DataKey::generate().bytes();
    remember(first);
    remember(second);
    QCOMPARE(storedItemCount(keychain.service(), key), 0);

    const auto written = keychain.writeBlocking(key, first);
    QVERIFY2(written.ok(), qPrintable(written.errorText));
    QCOMPARE(written.key, key);
    QVERIFY(!written.timedOut);
    QCOMPARE(storedItemCount(keychain.service(), key), 1);

    const auto read = keychain.readBlocking(key);
    QCOMPARE(read.status, Keychain::Status::Ok);
    QCOMPARE(read.data, first);

    const auto overwritten = keychain.writeBlocking(key, second);
    QVERIFY2(overwritten.ok(), qPrintable(overwritten.errorText));
    QCOMPARE(storedItemCount(keychain.service(), key), 1);
    QCOMPARE(keychain.readBlocking(key).data, second);

    const auto removed = keychain.removeBlocking(key);
    QVERIFY2(removed.ok(), qPrintable(removed.errorText));
    QCOMPARE(storedItemCount(keychain.service(), key), 0);

    const auto afterRemove = keychain.readBlocking(key);
    QCOMPARE(afterRemove.status, Keychain::Status::NotFound);
    QVERIFY(afterRemove.data.isEmpty());
    QVERIFY(!afterRemove.timedOut);
}

void TestKeychainSecretService::readMissingIsNotFound()
{
    Keychain keychain;
    QElapsedTimer timer;
    timer.start();
    const auto read = keychain.readBlocking(u"cache-key:never-written"_s);
    QCOMPARE(read.status, Keychain::Status::NotFound);
    QVERIFY(!read.timedOut);
    QVERIFY(timer.elapsed() < 4000);
}

void TestKeychainSecretService::asynchronousApi()
{
    Keychain keychain;
    const QString key = u"cache-key:async"_s;
    const QByteArray secret = awkwardSecret();
    remember(secret);
    QSignalSpy written(&keychain, &Keychain::writeFinished);
    QSignalSpy read(&keychain, &Keychain::readFinished);
    QSignalSpy removed(&keychain, &Keychain::removeFinished);

    keychain.write(key, secret);
    QCOMPARE(written.size(), 0); // never synchronously
    QVERIFY(written.wait(10000));
    const auto writeResult = written.at(0).at(0).value<Keychain::Result>();
    QVERIFY2(writeResult.ok(), qPrintable(writeResult.errorText));
    QCOMPARE(writeResult.key, key);

    keychain.read(key);
    QVERIFY(read.wait(10000));
    const auto readResult = read.at(0).at(0).value<Keychain::ReadResult>();
    QCOMPARE(readResult.status, Keychain::Status::Ok);
    QCOMPARE(readResult.data, secret);

    keychain.remove(key);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.at(0).at(0).value<Keychain::Result>().status, Keychain::Status::Ok);

    keychain.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(1).at(0).value<Keychain::ReadResult>().status, Keychain::Status::NotFound);

    // Each request reports exactly once, and the timers of finished requests stay quiet.
    QTest::qWait(200);
    QCOMPARE(written.size(), 1);
    QCOMPARE(read.size(), 2);
    QCOMPARE(removed.size(), 1);
}

void TestKeychainSecretService::keysAndServicesAreSeparate()
{
    Keychain kabinet;
    Keychain other(u"KabinetOtherService"_s);
    const QByteArray a = DataKey::generate().bytes();
    const QByteArray b = DataKey::generate().bytes();
    remember(a);
    remember(b);

    QVERIFY(kabinet.writeBlocking(u"cache-key:a"_s, a).ok());
    QVERIFY(kabinet.writeBlocking(u"cache-key:b"_s, b).ok());
    QCOMPARE(kabinet.readBlocking(u"cache-key:a"_s).data, a);
    QCOMPARE(kabinet.readBlocking(u"cache-key:b"_s).data, b);
    QCOMPARE(other.readBlocking(u"cache-key:a"_s).status, Keychain::Status::NotFound);

    QVERIFY(kabinet.removeBlocking(u"cache-key:a"_s).ok());
    QCOMPARE(kabinet.readBlocking(u"cache-key:a"_s).status, Keychain::Status::NotFound);
    QCOMPARE(kabinet.readBlocking(u"cache-key:b"_s).data, b);
    QVERIFY(kabinet.removeBlocking(u"cache-key:b"_s).ok());
}

void TestKeychainSecretService::blockingFromWorkerThread()
{
    const Keychain keychain;
    const QString key = u"cache-key:worker"_s;
    const QByteArray secret = DataKey::generate().bytes();
    remember(secret);

    Keychain::Result written;
    Keychain::ReadResult read;
    Keychain::Result removed;
    Keychain::ReadResult readAfterRemove;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        written = keychain.writeBlocking(key, secret);
        read = keychain.readBlocking(key);
        removed = keychain.removeBlocking(key);
        readAfterRemove = keychain.readBlocking(key);
    }));
    worker->start();
    // The application thread keeps its event loop running, as it does in the real program.
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 20000);

    QVERIFY2(written.ok(), qPrintable(written.errorText));
    QCOMPARE(read.status, Keychain::Status::Ok);
    QCOMPARE(read.data, secret);
    QVERIFY(removed.ok());
    QCOMPARE(readAfterRemove.status, Keychain::Status::NotFound);
}

void TestKeychainSecretService::answersWhileTheApplicationThreadIsBusy()
{
    // QtKeychain works in a thread of its own: a remembered start builds its window on the
    // application thread while the key is read, and the read does not wait for that.
    const Keychain keychain;
    const QString key = u"cache-key:busy"_s;
    const QByteArray secret = DataKey::generate().bytes();
    remember(secret);
    QVERIFY(keychain.writeBlocking(key, secret).ok());

    Keychain::ReadResult read;
    std::unique_ptr<QThread> worker(
        QThread::create([&] { read = keychain.readBlocking(key, 10s); }));
    worker->start();
    // No event loop here until the worker is done (it was once the keychain's thread).
    QVERIFY(worker->wait(QDeadlineTimer(20s)));
    QVERIFY2(read.ok(), qPrintable(read.errorText));
    QVERIFY(!read.timedOut);
    QCOMPARE(read.data, secret);
    QVERIFY(keychain.removeBlocking(key).ok());
}

void TestKeychainSecretService::nothingWentToQSettingsOrHome()
{
    QVERIFY(m_secrets.size() >= 5);
    const QString home = QDir::homePath();
    for (const QByteArray& secret : std::as_const(m_secrets)) {
        const QStringList settings = SecretScan::settingsFilesContaining(u"Kabinet"_s, secret);
        QVERIFY2(settings.isEmpty(), qPrintable(settings.join(u", "_s)));
        // with-gnome-keyring.sh keeps the keyring's own files outside the test's HOME.
        const QStringList files = SecretScan::filesContaining(home, secret);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestKeychainSecretService)
#include "tst_keychain_secretservice.moc"
