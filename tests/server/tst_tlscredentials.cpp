#include "TestFiles.h"
#include "tls/DevCertificateAuthority.h"
#include "tls/TlsCredentials.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTlsCredentials : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_otherDir;
    DevCertificateAuthority m_authority {m_dir.filePath(u"tls"_s)};
    DevCertificateAuthority m_other {m_otherDir.filePath(u"tls"_s)};

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_authority.ensure());
        QVERIFY(m_other.ensure());
    }

    void loadsTheDevelopmentCertificate()
    {
        TlsCredentials credentials;
        QVERIFY2(credentials.load(m_authority.serverCertificatePath(), m_authority.serverKeyPath()),
                 qPrintable(credentials.errorString()));
        QVERIFY(!credentials.certificate().isNull());
        QVERIFY(!credentials.privateKey().isNull());
        QCOMPARE(credentials.privateKey().algorithm(), QSsl::Ec);
        const QSslConfiguration configuration = credentials.serverConfiguration();
        QCOMPARE(configuration.localCertificate(), credentials.certificate());
        QCOMPARE(configuration.privateKey(), credentials.privateKey());
        QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);
        // Tickets no connection could redeem are not sent (see serverConfiguration()).
        QVERIFY(configuration.testSslOption(QSsl::SslOptionDisableSessionTickets));
    }

    void keepsTheChain()
    {
        const QString chain = write(u"chain.pem"_s,
                                    TestFiles::readFile(m_authority.serverCertificatePath())
                                        + TestFiles::readFile(m_authority.caCertificatePath()));
        TlsCredentials credentials;
        QVERIFY2(credentials.load(chain, m_authority.serverKeyPath()),
                 qPrintable(credentials.errorString()));
        QCOMPARE(credentials.chain().size(), 2);
        QCOMPARE(credentials.serverConfiguration().localCertificateChain().size(), 2);
    }

    void refusesAForeignKey()
    {
        TlsCredentials credentials;
        QVERIFY(!credentials.load(m_authority.serverCertificatePath(), m_other.serverKeyPath()));
        QVERIFY(credentials.errorString().contains(m_other.serverKeyPath()));
    }

    void refusesMissingFiles()
    {
        TlsCredentials credentials;
        const QString missing = m_dir.filePath(u"missing.pem"_s);
        QVERIFY(!credentials.load(missing, m_authority.serverKeyPath()));
        QVERIFY(credentials.errorString().contains(missing));
        QVERIFY(!credentials.load(m_authority.serverCertificatePath(), missing));
        QVERIFY(credentials.errorString().contains(missing));
    }

    void refusesWhatIsNotPem()
    {
        const QString junk = write(u"junk.pem"_s, "not a certificate");
        TlsCredentials credentials;
        QVERIFY(!credentials.load(junk, m_authority.serverKeyPath()));
        QVERIFY(credentials.errorString().contains(junk));
        // A certificate where the key should be.
        QVERIFY(!credentials.load(m_authority.serverCertificatePath(),
                                  m_authority.serverCertificatePath()));
    }
};

QTEST_GUILESS_MAIN(TestTlsCredentials)
#include "tst_tlscredentials.moc"
