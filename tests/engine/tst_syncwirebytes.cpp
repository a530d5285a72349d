#include "EngineCache.h"
#include "PortalLogin.h"
#include "PortalProcess.h"
#include "WireCountingRelay.h"
#include "engine/SyncEngine.h"
#include "engine/TransportPageSource.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// What a background sync with nothing new costs on the wire against the real kabinet-portal
// (issue 9: under 2 KB), counted by a relay between the client and the server: on a new
// connection, TLS handshake included, as a background sync gets it once the server has closed
// the last idle connection. Bytes do not depend on the machine's load, so they can be asserted.
class TestSyncWireBytes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingNewOnANewConnectionIsUnderTwoKilobytes();

private:
    std::optional<SyncSummary> sync(SyncEngine& engine);

    PortalProcess m_portal;
    QString m_token;
    std::unique_ptr<EngineCache> m_cache;
};

void TestSyncWireBytes::initTestCase()
{
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
    std::unique_ptr<ApiTransport> transport = PortalLogin::transportFor(m_portal);
    m_token = PortalLogin::demoToken(*transport);
    QVERIFY(!m_token.isEmpty());
    m_cache = std::make_unique<EngineCache>();
    QVERIFY(m_cache->open());
    // The first, full sync, so that the one measured has nothing new.
    TransportPageSource source(*transport);
    source.setAccessToken(m_token);
    SyncEngine engine(source, m_cache->path(), m_cache->key());
    engine.setInterval(0s);
    const std::optional<SyncSummary> summary = sync(engine);
    QVERIFY(summary);
    QVERIFY(summary->rows > 0);
}

void TestSyncWireBytes::cleanupTestCase()
{
    m_cache.reset();
}

std::optional<SyncSummary> TestSyncWireBytes::sync(SyncEngine& engine)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    if (!engine.refresh())
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return !engine.isSyncing(); }, 60000) || finished.isEmpty()) {
        qWarning().noquote() << "the sync did not finish:" << engine.status().error.describe();
        return std::nullopt;
    }
    return finished.at(0).at(0).value<SyncSummary>();
}

void TestSyncWireBytes::nothingNewOnANewConnectionIsUnderTwoKilobytes()
{
    WireCountingRelay relay(quint16(m_portal.baseUrl().port()));
    QVERIFY(relay.listen());
    QUrl proxied = m_portal.baseUrl();
    proxied.setPort(relay.port());
    // As the application trusts the portal: its CA from a file (--ca, or the settings).
    const TlsTrust::LoadResult trust = TlsTrust::load(m_portal.caPath(), QString());
    QVERIFY2(trust.ok(), qPrintable(trust.message));
    ApiTransport transport(proxied, *trust.trust);
    TransportPageSource source(transport);
    source.setAccessToken(m_token);
    QSignalSpy answers(&source, &SyncPageSource::finished);
    SyncEngine engine(source, m_cache->path(), m_cache->key());
    engine.setInterval(0s);

    const std::optional<SyncSummary> summary = sync(engine);
    QVERIFY(summary);
    QVERIFY(summary->isEmpty());
    QCOMPARE(answers.size(), 1);
    // The relay may still hold the last bytes of the answer for a moment.
    QTest::qWait(100);
    QCOMPARE(relay.connections(), 1);
    const qint64 up = relay.bytesToServer();
    const qint64 down = relay.bytesToClient();
    qInfo("nothing new on a new connection: %lld bytes up, %lld down, %lld in all", up, down,
          up + down);

    // The ClientHello is sent as it is, not padded to 512 bytes (TlsClientPolicy): a handshake
    // record (22) of fewer than 256 bytes.
    const QByteArray hello = relay.firstClientRecord();
    QVERIFY(!hello.isEmpty());
    QCOMPARE(int(quint8(hello.at(0))), 22);
    qInfo("its ClientHello: %lld bytes (a record of %lld)", qint64(hello.size() - 5),
          qint64(hello.size()));
    QVERIFY2(hello.size() - 5 < 256, qPrintable(QString::number(hello.size())));

    QVERIFY2(up + down < 2048, qPrintable(QString::number(up + down)));
}

QTEST_GUILESS_MAIN(TestSyncWireBytes)
#include "tst_syncwirebytes.moc"
