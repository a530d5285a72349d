#include "TestCertificates.h"
#include "net/CaCertificateFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_CaCertificateFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void loadsEveryCertificateOfTheFile();
    void missingFile();
    void directory();
    void keyInsteadOfCertificate();
    void derInsteadOfPem();
    void brokenCertificateBlock();
    void tooLarge();

private:
    QString write(const QString& name, const QByteArray& contents);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CaCertificateFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_CaCertificateFile::write(const QString& name, const QByteArray& contents)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return file.fileName();
}

void tst_CaCertificateFile::loadsEveryCertificateOfTheFile()
{
    const TestIdentity first = TestCertificates::makeCa(u"First CA"_s);
    const TestIdentity second = TestCertificates::makeCa(u"Second CA"_s);
    const QString path =
        write(u"bundle.pem"_s,
              "# a comment line\n" + first.certificate.toPem() + second.certificate.toPem());
    const CaCertificateFile::LoadResult result = CaCertificateFile::load(path);
    QVERIFY(result.ok());
    QCOMPARE(result.error, CaCertificateFile::Error::None);
    QCOMPARE(result.certificates, (QList<QSslCertificate> {first.certificate, second.certificate}));
}

void tst_CaCertificateFile::missingFile()
{
    const QString path = m_dir->filePath(u"absent.pem"_s);
    const CaCertificateFile::LoadResult result = CaCertificateFile::load(path);
    QCOMPARE(result.error, CaCertificateFile::Error::NotFound);
    QVERIFY(result.certificates.isEmpty());
    QVERIFY(CaCertificateFile::errorText(result.error, path).contains(path));
    QCOMPARE(CaCertificateFile::load(QString()).error, CaCertificateFile::Error::NotFound);
}

void tst_CaCertificateFile::directory()
{
    QCOMPARE(CaCertificateFile::load(m_dir->path()).error, CaCertificateFile::Error::ReadFailed);
}

void tst_CaCertificateFile::keyInsteadOfCertificate()
{
    const TestIdentity ca = TestCertificates::makeCa(u"Key CA"_s);
    const QString path = write(u"ca.key"_s, ca.keyPem);
    const CaCertificateFile::LoadResult result = CaCertificateFile::load(path);
    QCOMPARE(result.error, CaCertificateFile::Error::NoCertificate);
    QVERIFY(CaCertificateFile::errorText(result.error, path).contains(u"PEM"_s));
}

void tst_CaCertificateFile::derInsteadOfPem()
{
    const TestIdentity ca = TestCertificates::makeCa(u"DER CA"_s);
    QCOMPARE(CaCertificateFile::load(write(u"ca.der"_s, ca.certificate.toDer())).error,
             CaCertificateFile::Error::NoCertificate);
}

void tst_CaCertificateFile::brokenCertificateBlock()
{
    const TestIdentity ca = TestCertificates::makeCa(u"Good CA"_s);
    const QByteArray broken = "-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n"
                              "-----END CERTIFICATE-----\n";
    // One good certificate does not excuse a broken one beside it.
    const QString path = write(u"mixed.pem"_s, ca.certificate.toPem() + broken);
    QCOMPARE(CaCertificateFile::load(path).error, CaCertificateFile::Error::InvalidCertificate);
}

void tst_CaCertificateFile::tooLarge()
{
    const TestIdentity ca = TestCertificates::makeCa(u"Large CA"_s);
    QFile file(m_dir->filePath(u"huge.pem"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ca.certificate.toPem());
    QVERIFY(file.resize(CaCertificateFile::maximumSize + 1));
    file.close();
    QCOMPARE(CaCertificateFile::load(file.fileName()).error, CaCertificateFile::Error::TooLarge);
}

QTEST_GUILESS_MAIN(tst_CaCertificateFile)
#include "tst_cacertificatefile.moc"
