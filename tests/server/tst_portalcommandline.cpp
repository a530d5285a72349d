#include "app/PortalCommandLine.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Action = PortalCommandLine::Action;
using Error = PortalCommandLine::Error;

class TestPortalCommandLine : public QObject
{
    Q_OBJECT

private:
    static QStringList args(const QStringList& rest)
    {
        return QStringList {u"kabinet-portal"_s} + rest;
    }

private slots:
    void defaultsWithDevTls()
    {
        PortalCommandLine commandLine;
        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s})), Action::Run);
        const PortalOptions& options = commandLine.options();
        QCOMPARE(options.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(options.listenPort, quint16(8443));
        QCOMPARE(options.listenHost, u"127.0.0.1"_s);
        QVERIFY(options.devTls);
        QVERIFY(!options.demo);
        QCOMPARE(options.demoScale, 0);
        QCOMPARE(options.dataDir, PortalCommandLine::defaultDataDir());
        // The test runner gives each test its own XDG data home.
        QVERIFY(options.dataDir.startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
        QVERIFY(options.dataDir.endsWith(u"/kabinet-portal"_s));
        QVERIFY(options.clockFile.isEmpty());
    }

    void listenAndData()
    {
        PortalCommandLine commandLine;
        QCOMPARE(commandLine.parse(args(
                     {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, u"rel/dir"_s, u"--dev-tls"_s})),
                 Action::Run);
        QCOMPARE(commandLine.options().listenPort, quint16(0));
        QCOMPARE(commandLine.options().dataDir, QDir::current().absoluteFilePath(u"rel/dir"_s));
    }

    void listenForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << u"127.0.0.1:8443"_s << true << u"127.0.0.1"_s << 8443;
        QTest::newRow("any") << u"0.0.0.0:443"_s << true << u"0.0.0.0"_s << 443;
        QTest::newRow("port 0") << u"127.0.0.1:0"_s << true << u"127.0.0.1"_s << 0;
        QTest::newRow("max port") << u"127.0.0.1:65535"_s << true << u"127.0.0.1"_s << 65535;
        QTest::newRow("localhost") << u"localhost:9000"_s << true << u"127.0.0.1"_s << 9000;
        QTest::newRow("ipv6") << u"[::1]:8443"_s << true << u"::1"_s << 8443;
        QTest::newRow("no port") << u"127.0.0.1"_s << false << QString() << 0;
        QTest::newRow("empty port") << u"127.0.0.1:"_s << false << QString() << 0;
        QTest::newRow("no host") << u":8443"_s << false << QString() << 0;
        QTest::newRow("port too big") << u"127.0.0.1:65536"_s << false << QString() << 0;
        QTest::newRow("negative port") << u"127.0.0.1:-1"_s << false << QString() << 0;
        QTest::newRow("port with sign") << u"127.0.0.1:+80"_s << false << QString() << 0;
        QTest::newRow("host name") << u"example.org:443"_s << false << QString() << 0;
        QTest::newRow("bare ipv6") << u"::1:8443"_s << false << QString() << 0;
        QTest::newRow("word") << u"nonsense"_s << false << QString() << 0;
    }

    void listenForms()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, address);
        QFETCH(int, port);
        PortalCommandLine commandLine;
        const Action action = commandLine.parse(args({u"--listen"_s, text, u"--dev-tls"_s}));
        QCOMPARE(action == Action::Run, valid);
        if (valid) {
            QCOMPARE(commandLine.options().listenAddress, QHostAddress(address));
            QCOMPARE(int(commandLine.options().listenPort), port);
        } else {
            QCOMPARE(commandLine.error(), Error::BadListen);
            QVERIFY(commandLine.errorText().contains(text));
        }
    }

    void tlsOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("error");
        QTest::newRow("dev") << QStringList {u"--dev-tls"_s} << int(Error::None);
        QTest::newRow("files") << QStringList {u"--tls-cert"_s, u"c.pem"_s, u"--tls-key"_s,
                                               u"k.pem"_s}
                               << int(Error::None);
        QTest::newRow("none") << QStringList {} << int(Error::NoTls);
        QTest::newRow("cert only")
            << QStringList {u"--tls-cert"_s, u"c.pem"_s} << int(Error::CertWithoutKey);
        QTest::newRow("key only") << QStringList {u"--tls-key"_s, u"k.pem"_s}
                                  << int(Error::KeyWithoutCert);
        QTest::newRow("both") << QStringList {u"--dev-tls"_s, u"--tls-cert"_s, u"c.pem"_s,
                                              u"--tls-key"_s, u"k.pem"_s}
                              << int(Error::TlsConflict);
        QTest::newRow("dev and key")
            << QStringList {u"--dev-tls"_s, u"--tls-key"_s, u"k.pem"_s} << int(Error::TlsConflict);
    }

    void tlsOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, error);
        PortalCommandLine commandLine;
        const Action action = commandLine.parse(args(arguments));
        QCOMPARE(int(commandLine.error()), error);
        QCOMPARE(action, error == int(Error::None) ? Action::Run : Action::Fail);
        if (action == Action::Fail)
            QVERIFY(!commandLine.errorText().isEmpty());
    }

    void tlsFilesAreAbsolute()
    {
        PortalCommandLine commandLine;
        QCOMPARE(
            commandLine.parse(args({u"--tls-cert"_s, u"c.pem"_s, u"--tls-key"_s, u"/etc/k.pem"_s})),
            Action::Run);
        QCOMPARE(commandLine.options().tlsCertFile, QDir::current().absoluteFilePath(u"c.pem"_s));
        QCOMPARE(commandLine.options().tlsKeyFile, u"/etc/k.pem"_s);
        QVERIFY(!commandLine.options().devTls);
    }

    void demoOptions()
    {
        PortalCommandLine commandLine;
        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--demo"_s})), Action::Run);
        QVERIFY(commandLine.options().demo);
        QCOMPARE(commandLine.options().demoScale, 0);

        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--demo-scale"_s, u"250"_s})),
                 Action::Run);
        QVERIFY(commandLine.options().demo);
        QCOMPARE(commandLine.options().demoScale, 250);

        for (const QString& bad : {u"0"_s, u"-3"_s, u"many"_s}) {
            QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--demo-scale"_s, bad})),
                     Action::Fail);
            QCOMPARE(commandLine.error(), Error::BadDemoScale);
        }
    }

    void clockFile()
    {
        PortalCommandLine commandLine;
        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--clock-file"_s, u"now.txt"_s})),
                 Action::Run);
        QCOMPARE(commandLine.options().clockFile, QDir::current().absoluteFilePath(u"now.txt"_s));
    }

    void testCaptchaAnswer()
    {
        PortalCommandLine commandLine;
        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s})), Action::Run);
        QVERIFY(commandLine.options().testCaptchaAnswer.isEmpty());
        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--test-captcha-answer"_s, u"K7P2X"_s})),
                 Action::Run);
        QCOMPARE(commandLine.options().testCaptchaAnswer, u"K7P2X"_s);
        for (const QString& bad : {u""_s, u"two words"_s, u"ЖУК"_s, u"A234567890123456Z"_s}) {
            QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--test-captcha-answer"_s, bad})),
                     Action::Fail);
            QCOMPARE(commandLine.error(), Error::BadTestCaptchaAnswer);
        }
    }

    void syncPageSize()
    {
        PortalCommandLine commandLine;
        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s})), Action::Run);
        QCOMPARE(commandLine.options().syncPageSize, 0);
        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--sync-page-size"_s, u"7"_s})),
                 Action::Run);
        QCOMPARE(commandLine.options().syncPageSize, 7);
        for (const QString& bad : {u"0"_s, u"-1"_s, u"1000001"_s, u"few"_s}) {
            QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--sync-page-size"_s, bad})),
                     Action::Fail);
            QCOMPARE(commandLine.error(), Error::BadSyncPageSize);
        }
    }

    void helpAndVersion()
    {
        PortalCommandLine commandLine;
        QCOMPARE(commandLine.parse(args({u"--help"_s})), Action::ShowHelp);
        QCOMPARE(commandLine.parse(args({u"-h"_s})), Action::ShowHelp);
        QCOMPARE(commandLine.parse(args({u"--version"_s})), Action::ShowVersion);
        // Help and version win over other problems, as people ask for them to fix those.
        QCOMPARE(commandLine.parse(args({u"--listen"_s, u"bad"_s, u"--help"_s})), Action::ShowHelp);
        for (const QString& option :
             {u"--listen"_s, u"--data"_s, u"--tls-cert"_s, u"--tls-key"_s, u"--dev-tls"_s,
              u"--demo"_s, u"--demo-scale"_s, u"--version"_s})
            QVERIFY2(commandLine.helpText().contains(option), qPrintable(option));
        QCOMPARE(PortalCommandLine::versionText(),
                 u"kabinet-portal "_s + QStringLiteral(KABINET_VERSION));
    }

    void unknownOptionAndArguments()
    {
        PortalCommandLine commandLine;
        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--frobnicate"_s})), Action::Fail);
        QCOMPARE(commandLine.error(), Error::InvalidOption);
        QVERIFY(commandLine.errorText().contains(u"frobnicate"_s));

        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"--listen"_s})), Action::Fail);
        QCOMPARE(commandLine.error(), Error::InvalidOption);

        QCOMPARE(commandLine.parse(args({u"--dev-tls"_s, u"extra"_s})), Action::Fail);
        QCOMPARE(commandLine.error(), Error::UnexpectedArgument);
        QVERIFY(commandLine.errorText().contains(u"extra"_s));
    }

    void everyErrorHasText()
    {
        for (const Error error :
             {Error::InvalidOption, Error::UnexpectedArgument, Error::BadListen,
              Error::BadDemoScale, Error::CertWithoutKey, Error::KeyWithoutCert, Error::TlsConflict,
              Error::NoTls, Error::BadTestCaptchaAnswer, Error::BadSyncPageSize})
            QVERIFY(!PortalCommandLine::errorText(error, u"x"_s).isEmpty());
        QVERIFY(PortalCommandLine::errorText(Error::None, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortalCommandLine)
#include "tst_portalcommandline.moc"
