#include "ApiCallWaiter.h"
#include "ScriptedHttpsServer.h"
#include "SystemCertificateSandbox.h"
#include "TestCertificates.h"
#include "net/ApiTransport.h"
#include "net/SystemCaList.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// Trust with a CA file of its own (--ca) still takes in the system's CAs, though Qt now finds
// them on demand instead of the configuration naming them all (TlsTrust::sslConfiguration()).
// The process runs with a private /etc/ssl/certs (SystemCertificateSandbox) holding one CA made
// here, "the system's": a server it certifies must be trusted next to the file's CA, and a
// server of a third CA refused, without the system's list ever being read.
class tst_SystemCaTrust : public QObject
{
    Q_OBJECT

public:
    tst_SystemCaTrust(QString sandboxProblem, TestPem systemCa)
        : m_sandboxProblem(std::move(sandboxProblem))
        , m_systemCaPem(std::move(systemCa))
    { }

private slots:
    void initTestCase();
    void trusts_data();
    void trusts();
    void certificatesNamingTheListTrustTheSame();

private:
    std::optional<ApiResult> get(const TestIdentity& server, const TlsTrust& trust) const;

    QString m_sandboxProblem;
    TestPem m_systemCaPem;
    QTemporaryDir m_dir;
    TestIdentity m_systemCa;
    TestIdentity m_fileCa;
    TestIdentity m_strangerCa;
    QString m_caFile;
};

void tst_SystemCaTrust::initTestCase()
{
    if (!m_sandboxProblem.isEmpty())
        QSKIP(qPrintable(u"no private /etc/ssl/certs here: "_s + m_sandboxProblem));
    QVERIFY(m_dir.isValid());
    m_systemCa = TestCertificates::fromPem(m_systemCaPem);
    m_fileCa = TestCertificates::makeCa(u"Operator's own CA"_s);
    m_strangerCa = TestCertificates::makeCa(u"Nobody's CA"_s);
    QVERIFY(!m_systemCa.isNull() && !m_fileCa.isNull() && !m_strangerCa.isNull());
    QCOMPARE(QSslConfiguration::systemCaCertificates(),
             QList<QSslCertificate> {m_systemCa.certificate});
    m_caFile = m_dir.filePath(u"operator-ca.pem"_s);
    QFile file(m_caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_fileCa.certificate.toPem());
}

std::optional<ApiResult> tst_SystemCaTrust::get(const TestIdentity& server,
                                                const TlsTrust& trust) const
{
    ScriptedHttpsServer https(server);
    if (!https.listen())
        return std::nullopt;
    https.answerAlways(ScriptedHttpsServer::jsonAnswer(200, {{u"status"_s, u"ok"_s}}));
    ApiTransport transport(https.baseUrl(), trust);
    transport.setTimeout(10s);
    return ApiCallWaiter::wait(transport.send(ApiRequest::get(u"/health"_s)), 20000);
}

void tst_SystemCaTrust::trusts_data()
{
    QTest::addColumn<int>("issuer");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("a server of a system CA") << 0 << true;
    QTest::newRow("a server of the file's CA") << 1 << true;
    QTest::newRow("a server of neither") << 2 << false;
}

void tst_SystemCaTrust::trusts()
{
    QFETCH(int, issuer);
    QFETCH(bool, trusted);
    const TestIdentity& ca = issuer == 0 ? m_systemCa : issuer == 1 ? m_fileCa : m_strangerCa;
    const TestIdentity server = TestCertificates::makeServer(ca, TestCertificates::loopbackNames());
    QVERIFY(!server.isNull());

    const TlsTrust::LoadResult loaded = TlsTrust::load(m_caFile, QString());
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QVERIFY(!loaded.trust->needsSystemCaList());
    QVERIFY(!loaded.trust->sslConfiguration().caCertificates().contains(m_systemCa.certificate));

    const std::optional<ApiResult> result = get(server, *loaded.trust);
    QVERIFY(result.has_value());
    if (trusted) {
        QVERIFY2(result->isOk(),
                 qPrintable(result->error().describe() + u": "_s + result->error().detail));
    } else {
        QCOMPARE(result->error().kind, ApiError::Kind::TlsFailure);
        QCOMPARE(ApiError::tlsReasonName(result->error().tlsReason),
                 ApiError::tlsReasonName(ApiError::TlsReason::Untrusted));
    }
    // Found on demand: the list itself was never read.
    QVERIFY(!SystemCaList::isLoaded());
}

void tst_SystemCaTrust::certificatesNamingTheListTrustTheSame()
{
    // The other way (CAs given as certificates; the configuration names the system's list):
    // the same servers are trusted, which is what the on-demand way must match.
    TlsTrust named;
    named.addCaCertificates({m_fileCa.certificate});
    QVERIFY(named.needsSystemCaList());
    for (const TestIdentity* ca : {&m_systemCa, &m_fileCa, &m_strangerCa}) {
        const TestIdentity server =
            TestCertificates::makeServer(*ca, TestCertificates::loopbackNames());
        const std::optional<ApiResult> result = get(server, named);
        QVERIFY(result.has_value());
        QCOMPARE(result->isOk(), ca != &m_strangerCa);
    }
    QVERIFY(SystemCaList::isLoaded());
    QCOMPARE(SystemCaList::certificates(), QList<QSslCertificate> {m_systemCa.certificate});
}

int main(int argc, char** argv)
{
    // Before QCoreApplication and any other thread, and before Qt's TLS backend starts: it looks
    // for the system's hashed CA files once, when it starts, as on a real system where they are
    // there before the program.
    QString sandboxProblem = SystemCertificateSandbox::enter();
    const TestPem systemCa = TestCertificates::makeCaPem(u"Test system root CA"_s);
    if (sandboxProblem.isEmpty() && !SystemCertificateSandbox::addCertificate(systemCa.certificate))
        sandboxProblem = u"cannot write to the private /etc/ssl/certs"_s;
    QCoreApplication application(argc, argv);
    tst_SystemCaTrust test(sandboxProblem, systemCa);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_systemcatrust.moc"
