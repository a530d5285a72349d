#include "TestFiles.h"
#include "tls/DevCertificateAuthority.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDevCertificateAuthority : public QObject
{
    Q_OBJECT

private:
    static QSslCertificate certificate(const QString& path)
    {
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(TestFiles::readFile(path), QSsl::Pem);
        return certificates.value(0);
    }

    static QSslCertificateExtension extension(const QSslCertificate& cert, const QString& name)
    {
        const QList<QSslCertificateExtension> extensions = cert.extensions();
        for (const QSslCertificateExtension& extension : extensions) {
            if (extension.name() == name)
                return extension;
        }
        return {};
    }

    static QFileDevice::Permissions ownerOnly()
    {
        return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    }

    static QFileDevice::Permissions permissions(const QString& path)
    {
        // Qt reports the user bits as well as the owner bits; compare the ones that matter.
        return QFile::permissions(path)
            & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
               | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
               | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    }

private slots:
    void createsCaAndServerCertificate()
    {
        QTemporaryDir dir;
        DevCertificateAuthority authority(dir.filePath(u"tls"_s));
        QVERIFY2(authority.ensure(), qPrintable(authority.errorString()));
        QVERIFY(authority.createdCa());
        QVERIFY(authority.createdServerCertificate());

        for (const QString& path : {authority.caCertificatePath(), authority.caKeyPath(),
                                    authority.serverCertificatePath(), authority.serverKeyPath()})
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(permissions(authority.caKeyPath()), ownerOnly());
        QCOMPARE(permissions(authority.serverKeyPath()), ownerOnly());
        QCOMPARE(permissions(authority.directory()), ownerOnly() | QFileDevice::ExeOwner);
        QVERIFY(TestFiles::readFile(authority.caKeyPath()).contains("PRIVATE KEY"));
        QVERIFY(QDir(authority.directory()).entryList({u"*.new"_s}, QDir::Files).isEmpty());
    }

    void caIsACa()
    {
        QTemporaryDir dir;
        DevCertificateAuthority authority(dir.path());
        QVERIFY(authority.ensure());
        const QSslCertificate ca = certificate(authority.caCertificatePath());
        QVERIFY(!ca.isNull());
        QVERIFY(ca.isSelfSigned());
        QCOMPARE(ca.issuerDisplayName(), ca.subjectDisplayName());

        const QSslCertificateExtension basic = extension(ca, u"basicConstraints"_s);
        QVERIFY(basic.isCritical());
        QCOMPARE(basic.value().toMap().value(u"ca"_s).toBool(), true);
        const QSslCertificateExtension usage = extension(ca, u"keyUsage"_s);
        QVERIFY(usage.isCritical());
        QVERIFY(usage.value().toStringList().contains(u"Certificate Sign"_s));
        QVERIFY(ca.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
    }

    void serverCertificateIsForLocalhost()
    {
        QTemporaryDir dir;
        DevCertificateAuthority authority(dir.path());
        QVERIFY(authority.ensure());
        const QSslCertificate ca = certificate(authority.caCertificatePath());
        const QSslCertificate server = certificate(authority.serverCertificatePath());
        QVERIFY(!server.isSelfSigned());
        QCOMPARE(server.issuerDisplayName(), ca.subjectDisplayName());

        const auto names = server.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
        const QStringList addresses = names.values(QSsl::IpAddressEntry);
        QVERIFY(addresses.contains(u"127.0.0.1"_s));
        QVERIFY(std::any_of(addresses.cbegin(), addresses.cend(), [](const QString& address) {
            return QHostAddress(address) == QHostAddress(QHostAddress::LocalHostIPv6);
        }));

        QCOMPARE(extension(server, u"basicConstraints"_s).value().toMap().value(u"ca"_s).toBool(),
                 false);
        QVERIFY(extension(server, u"extendedKeyUsage"_s)
                    .value()
                    .toStringList()
                    .contains(u"TLS Web Server Authentication"_s));
        const QDateTime expiry = server.expiryDate();
        QVERIFY(expiry > QDateTime::currentDateTimeUtc().addDays(700));
        QVERIFY(expiry < QDateTime::currentDateTimeUtc().addDays(740));
        QVERIFY(server.effectiveDate() <= QDateTime::currentDateTimeUtc());
    }

    void chainVerifiesWithTheCaTrusted()
    {
        QTemporaryDir dir;
        DevCertificateAuthority authority(dir.path());
        QVERIFY(authority.ensure());
        const QSslCertificate ca = certificate(authority.caCertificatePath());
        const QSslCertificate server = certificate(authority.serverCertificatePath());

        // Not trusted by default...
        QVERIFY(!QSslCertificate::verify({server}, u"localhost"_s).isEmpty());
        // ...but valid for localhost and 127.0.0.1 once the CA is.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificate(ca);
        QSslConfiguration::setDefaultConfiguration(trusting);
        const QList<QSslError> forLocalhost = QSslCertificate::verify({server}, u"localhost"_s);
        const QList<QSslError> forAddress = QSslCertificate::verify({server}, u"127.0.0.1"_s);
        const QList<QSslError> forOther = QSslCertificate::verify({server}, u"example.org"_s);
        QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY2(forLocalhost.isEmpty(), qPrintable(forLocalhost.value(0).errorString()));
        QVERIFY2(forAddress.isEmpty(), qPrintable(forAddress.value(0).errorString()));
        QVERIFY(!forOther.isEmpty());
    }

    void reusedOnTheNextStart()
    {
        QTemporaryDir dir;
        DevCertificateAuthority first(dir.path());
        QVERIFY(first.ensure());
        const QByteArray ca = TestFiles::readFile(first.caCertificatePath());
        const QByteArray caKey = TestFiles::readFile(first.caKeyPath());
        const QByteArray server = TestFiles::readFile(first.serverCertificatePath());
        const QByteArray serverKey = TestFiles::readFile(first.serverKeyPath());

        DevCertificateAuthority second(dir.path());
        QVERIFY(second.ensure());
        QVERIFY(!second.createdCa());
        QVERIFY(!second.createdServerCertificate());
        QCOMPARE(TestFiles::readFile(second.caCertificatePath()), ca);
        QCOMPARE(TestFiles::readFile(second.caKeyPath()), caKey);
        QCOMPARE(TestFiles::readFile(second.serverCertificatePath()), server);
        QCOMPARE(TestFiles::readFile(second.serverKeyPath()), serverKey);
    }

    void eachDirectoryHasItsOwnCa()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        DevCertificateAuthority first(one.path());
        DevCertificateAuthority second(two.path());
        QVERIFY(first.ensure());
        QVERIFY(second.ensure());
        const QSslCertificate a = certificate(first.caCertificatePath());
        const QSslCertificate b = certificate(second.caCertificatePath());
        QVERIFY(a.digest(QCryptographicHash::Sha256) != b.digest(QCryptographicHash::Sha256));
        QVERIFY(a.serialNumber() != b.serialNumber());
        QVERIFY(a.subjectDisplayName() != b.subjectDisplayName());
    }

    void foreignServerCertificateIsReplaced()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        DevCertificateAuthority first(one.path());
        DevCertificateAuthority second(two.path());
        QVERIFY(first.ensure());
        QVERIFY(second.ensure());
        // A server certificate of another CA (say, copied over by mistake) is issued anew.
        QVERIFY(QFile::remove(second.serverCertificatePath()));
        QVERIFY(QFile::remove(second.serverKeyPath()));
        QVERIFY(QFile::copy(first.serverCertificatePath(), second.serverCertificatePath()));
        QVERIFY(QFile::copy(first.serverKeyPath(), second.serverKeyPath()));

        DevCertificateAuthority again(two.path());
        QVERIFY2(again.ensure(), qPrintable(again.errorString()));
        QVERIFY(!again.createdCa());
        QVERIFY(again.createdServerCertificate());
        QCOMPARE(certificate(again.serverCertificatePath()).issuerDisplayName(),
                 certificate(again.caCertificatePath()).subjectDisplayName());
        QCOMPARE(permissions(again.serverKeyPath()), ownerOnly());
    }

    void missingServerKeyIsReissued()
    {
        QTemporaryDir dir;
        DevCertificateAuthority first(dir.path());
        QVERIFY(first.ensure());
        const QByteArray server = TestFiles::readFile(first.serverCertificatePath());
        QVERIFY(QFile::remove(first.serverKeyPath()));
        DevCertificateAuthority second(dir.path());
        QVERIFY(second.ensure());
        QVERIFY(second.createdServerCertificate());
        QVERIFY(TestFiles::readFile(second.serverCertificatePath()) != server);
    }

    void damagedCaIsNotReplaced()
    {
        QTemporaryDir dir;
        DevCertificateAuthority first(dir.path());
        QVERIFY(first.ensure());
        QVERIFY(QFile::remove(first.caKeyPath()));
        const QByteArray ca = TestFiles::readFile(first.caCertificatePath());

        DevCertificateAuthority second(dir.path());
        QVERIFY(!second.ensure());
        QVERIFY(second.errorString().contains(dir.path()));
        QCOMPARE(TestFiles::readFile(second.caCertificatePath()), ca);
        QVERIFY(!QFileInfo::exists(second.caKeyPath()));
    }

    void unwritableDirectoryFails()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"tls"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DevCertificateAuthority authority(blocker.fileName());
        QVERIFY(!authority.ensure());
        QVERIFY(!authority.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDevCertificateAuthority)
#include "tst_devcertificateauthority.moc"
