#include "TestCertificates.h"
#include "net/TlsTrust.h"

#include <QFile>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_TlsTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void systemOnlyByDefault();
    void loadsCaFileAndPin();
    void aCaFileLeavesTheSystemCasToBeFoundOnDemand();
    void extraCasAddToTheSystemCas();
    void certificatesAddedToALoadedTrustNameTheSystemCas();
    void reportsCaFileErrors();
    void reportsPinErrors();
    void acceptsOnlyThePinnedKey();

private:
    QTemporaryDir m_dir;
    TestIdentity m_ca;
    QString m_caPath;
};

void tst_TlsTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ca = TestCertificates::makeCa(u"Trust CA"_s);
    QVERIFY(!m_ca.isNull());
    m_caPath = m_dir.filePath(u"ca.pem"_s);
    QFile file(m_caPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_ca.certificate.toPem());
}

void tst_TlsTrust::systemOnlyByDefault()
{
    const TlsTrust::LoadResult result = TlsTrust::load(QString(), QString());
    QVERIFY(result.ok());
    QVERIFY(result.message.isEmpty());
    QVERIFY(result.trust->extraCaCertificates().isEmpty());
    QVERIFY(!result.trust->pin());

    const QSslConfiguration configuration = result.trust->sslConfiguration();
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);
    QVERIFY(!configuration.caCertificates().contains(m_ca.certificate));
}

void tst_TlsTrust::loadsCaFileAndPin()
{
    const TestIdentity server =
        TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames());
    const QString pin = PublicKeyPin::ofCertificate(server.certificate)->toString();
    const TlsTrust::LoadResult result = TlsTrust::load(m_caPath, pin);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.trust->extraCaCertificates(), QList<QSslCertificate> {m_ca.certificate});
    QVERIFY(result.trust->pin());
    QCOMPARE(result.trust->pin()->toString(), pin);
    QVERIFY(result.trust->sslConfiguration().caCertificates().contains(m_ca.certificate));
}

void tst_TlsTrust::aCaFileLeavesTheSystemCasToBeFoundOnDemand()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (system.isEmpty())
        QSKIP("this system has no CA certificates to keep");
    const TlsTrust::LoadResult result = TlsTrust::load(m_caPath, QString());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!result.trust->needsSystemCaList());
    // The configuration names the file's CA but not the system's list: Qt keeps finding the
    // system's CAs on demand (tst_systemcatrust checks that a server certified by one of them
    // is trusted), and no new TLS context copies the whole list.
    const QSslConfiguration configuration = result.trust->sslConfiguration();
    const QList<QSslCertificate> cas = configuration.caCertificates();
    QVERIFY(cas.contains(m_ca.certificate));
    QVERIFY(!cas.contains(system.constFirst()));
    QVERIFY(!cas.contains(system.constLast()));
    QVERIFY(cas.size() < system.size());
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);
}

void tst_TlsTrust::extraCasAddToTheSystemCas()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (system.isEmpty())
        QSKIP("this system has no CA certificates to keep");
    TlsTrust trust;
    trust.addCaCertificates({m_ca.certificate, m_ca.certificate, QSslCertificate()});
    // Duplicates and null certificates are dropped.
    QCOMPARE(trust.extraCaCertificates().size(), 1);
    const QList<QSslCertificate> cas = trust.sslConfiguration().caCertificates();
    QVERIFY(cas.contains(m_ca.certificate));
    QVERIFY(cas.contains(system.constFirst()));
    QVERIFY(cas.contains(system.constLast()));
}

void tst_TlsTrust::certificatesAddedToALoadedTrustNameTheSystemCas()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (system.isEmpty())
        QSKIP("this system has no CA certificates to keep");
    const TestIdentity other = TestCertificates::makeCa(u"Another CA"_s);
    QVERIFY(!other.isNull());
    TlsTrust trust = *TlsTrust::load(m_caPath, QString()).trust;
    // Adding what the file holds already changes nothing.
    trust.addCaCertificates({m_ca.certificate});
    QVERIFY(!trust.needsSystemCaList());
    // A certificate of its own cannot go through the file: back to naming the system's list.
    trust.addCaCertificates({other.certificate});
    QVERIFY(trust.needsSystemCaList());
    const QList<QSslCertificate> cas = trust.sslConfiguration().caCertificates();
    QVERIFY(cas.contains(m_ca.certificate));
    QVERIFY(cas.contains(other.certificate));
    QVERIFY(cas.contains(system.constFirst()));
    QVERIFY(cas.contains(system.constLast()));
}

void tst_TlsTrust::reportsCaFileErrors()
{
    const QString missing = m_dir.filePath(u"missing.pem"_s);
    const TlsTrust::LoadResult result = TlsTrust::load(missing, QString());
    QVERIFY(!result.ok());
    QCOMPARE(result.caError, CaCertificateFile::Error::NotFound);
    QCOMPARE(result.pinError, PublicKeyPin::ParseError::None);
    QVERIFY(result.message.contains(missing));
}

void tst_TlsTrust::reportsPinErrors()
{
    const TlsTrust::LoadResult result = TlsTrust::load(m_caPath, u"sha256/short"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.caError, CaCertificateFile::Error::None);
    QCOMPARE(result.pinError, PublicKeyPin::ParseError::WrongLength);
    QCOMPARE(result.message, PublicKeyPin::errorText(PublicKeyPin::ParseError::WrongLength));
}

void tst_TlsTrust::acceptsOnlyThePinnedKey()
{
    const TestIdentity pinned =
        TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames());
    const TestIdentity other =
        TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames());
    TlsTrust trust;
    QVERIFY(trust.acceptsPeer(other.certificate));
    trust.setPin(PublicKeyPin::ofCertificate(pinned.certificate));
    QVERIFY(trust.acceptsPeer(pinned.certificate));
    QVERIFY(!trust.acceptsPeer(other.certificate));
    QVERIFY(!trust.acceptsPeer(QSslCertificate()));
}

QTEST_GUILESS_MAIN(tst_TlsTrust)
#include "tst_tlstrust.moc"
