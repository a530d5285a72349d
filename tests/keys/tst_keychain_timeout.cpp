// A Secret Service that never answers: a stand-in registered by this very test on a private
// session bus without activation (see CMakeLists.txt). Calls must give up after the timeout, and
// the QtKeychain jobs left behind must be able to finish later without touching anything freed.

#include "keys/DataKey.h"
#include "keys/Keychain.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString secretService = u"org.freedesktop.secrets"_s;

// Swallows every call, until release() answers them all (and all later ones) with an error.
class SilentSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString&) const override { return {}; }

    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        QMutexLocker locker(&m_mutex);
        ++m_received;
        if (m_released) {
            connection.send(refusal(message));
        } else {
            m_held.append(message);
        }
        return true;
    }

    int received() const
    {
        QMutexLocker locker(&m_mutex);
        return m_received;
    }

    void release()
    {
        QMutexLocker locker(&m_mutex);
        m_released = true;
        for (const QDBusMessage& message : std::as_const(m_held)) {
            QDBusConnection::sessionBus().send(refusal(message));
        }
        m_held.clear();
    }

private:
    static QDBusMessage refusal(const QDBusMessage& message)
    {
        return message.createErrorReply(u"org.freedesktop.DBus.Error.Failed"_s,
                                        u"test service refuses"_s);
    }

    mutable QMutex m_mutex;
    QList<QDBusMessage> m_held;
    int m_received = 0;
    bool m_released = false;
};

} // namespace

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blockingCallTimesOut();
    void asynchronousCallTimesOut();
    void blockingCallFromWorkerThreadTimesOut();
    void keychainDestroyedWhileWaiting();
    void abandonedJobsFinishLaterHarmlessly();
    void cleanupTestCase();

private:
    SilentSecretService m_service;
    QByteArray m_secret = DataKey::generate().bytes();
    std::unique_ptr<Keychain> m_asyncKeychain;
    std::unique_ptr<QSignalSpy> m_asyncReads;
};

void TestKeychainTimeout::initTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "no session bus: run under dbus-run-session (ctest does)");
    QVERIFY2(!bus.interface()->isServiceRegistered(secretService).value(),
             "a real Secret Service is running on this bus");
    QVERIFY(bus.registerVirtualObject(u"/"_s, &m_service, QDBusConnection::SubPath));
    QVERIFY(bus.registerService(secretService));
}

void TestKeychainTimeout::blockingCallTimesOut()
{
    const Keychain keychain;
    QElapsedTimer timer;
    timer.start();
    const auto read = keychain.readBlocking(u"cache-key:silent"_s, 300ms);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(read.status, Keychain::Status::Unavailable);
    QVERIFY(read.timedOut);
    QVERIFY(read.data.isEmpty());
    QVERIFY2(elapsed >= 280 && elapsed < 3000, QByteArray::number(elapsed).constData());
    // It really was waiting for the (silent) Secret Service.
    QTRY_VERIFY(m_service.received() > 0);
}

void TestKeychainTimeout::asynchronousCallTimesOut()
{
    m_asyncKeychain = std::make_unique<Keychain>();
    m_asyncKeychain->setTimeout(300ms);
    m_asyncReads = std::make_unique<QSignalSpy>(m_asyncKeychain.get(), &Keychain::readFinished);
    QSignalSpy written(m_asyncKeychain.get(), &Keychain::writeFinished);
    QElapsedTimer timer;
    timer.start();

    m_asyncKeychain->read(u"cache-key:silent-async"_s);
    m_asyncKeychain->write(u"cache-key:silent-async"_s, m_secret);
    QTRY_VERIFY_WITH_TIMEOUT(m_asyncReads->size() == 1 && written.size() == 1, 3000);
    QVERIFY(timer.elapsed() >= 280);
    const auto read = m_asyncReads->at(0).at(0).value<Keychain::ReadResult>();
    QCOMPARE(read.status, Keychain::Status::Unavailable);
    QVERIFY(read.timedOut);
    QCOMPARE(read.key, u"cache-key:silent-async"_s);
    const auto write = written.at(0).at(0).value<Keychain::Result>();
    QCOMPARE(write.status, Keychain::Status::Unavailable);
    QVERIFY(write.timedOut);
}

void TestKeychainTimeout::blockingCallFromWorkerThreadTimesOut()
{
    const Keychain keychain;
    Keychain::ReadResult read;
    qint64 elapsed = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QElapsedTimer timer;
        timer.start();
        read = keychain.readBlocking(u"cache-key:silent-worker"_s, 300ms);
        elapsed = timer.elapsed();
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 5000);
    QCOMPARE(read.status, Keychain::Status::Unavailable);
    QVERIFY(read.timedOut);
    QVERIFY2(elapsed >= 280 && elapsed < 3000, QByteArray::number(elapsed).constData());
}

void TestKeychainTimeout::keychainDestroyedWhileWaiting()
{
    auto keychain = std::make_unique<Keychain>();
    keychain->setTimeout(60s);
    keychain->write(u"cache-key:orphan"_s, m_secret);
    keychain->read(u"cache-key:orphan"_s);
    QTest::qWait(50);
    keychain.reset();
}

void TestKeychainTimeout::abandonedJobsFinishLaterHarmlessly()
{
    // Every job so far is still waiting for the service; now it answers them all. Their late
    // results must go nowhere: not to the keychains that gave up, nor to the one that is gone.
    m_service.release();

    // QtKeychain runs one job at a time, so this one only starts once all the abandoned ones have
    // finished; answered at once, it must not time out.
    const Keychain keychain;
    QElapsedTimer timer;
    timer.start();
    const auto read = keychain.readBlocking(u"cache-key:after-release"_s, 10s);
    QCOMPARE(read.status, Keychain::Status::Unavailable);
    QVERIFY2(!read.timedOut, qPrintable(read.errorText));
    QVERIFY(timer.elapsed() < 5000);

    QTest::qWait(200);
    QCOMPARE(m_asyncReads->size(), 1);
}

void TestKeychainTimeout::cleanupTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterService(secretService);
    bus.unregisterObject(u"/"_s, QDBusConnection::UnregisterTree);
}

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychain_timeout.moc"
