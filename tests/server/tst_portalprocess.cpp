// The real kabinet-portal binary over real HTTPS on loopback, through PortalProcess.
#include "PortalProcess.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPortalProcess : public QObject
{
    Q_OBJECT

private:
    static QByteArray caFingerprint(const QString& path)
    {
        return QSslCertificate::fromPath(path).value(0).digest(QCryptographicHash::Sha256);
    }

private slots:
    void healthOverHttps()
    {
        PortalProcess portal;
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        QVERIFY(portal.port() != 0);
        QCOMPARE(portal.caPath(), portal.dataDir() + u"/tls/ca.pem"_s);

        const PortalReply reply = portal.get(u"/api/v1/health"_s);
        QVERIFY2(reply.status == 200, qPrintable(reply.errorString));
        QCOMPARE(reply.json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(reply.json.value(u"version"_s).toString(), QStringLiteral(KABINET_VERSION));
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(QFile::exists(portal.dataDir() + u"/portal.db"_s));
    }

    void untrustedCaIsRefused()
    {
        PortalProcess portal;
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        // The same request from a client that trusts only the system's CAs.
        PortalClient stranger(portal.baseUrl(), {});
        const PortalReply reply = stranger.get(u"/api/v1/health"_s);
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.networkError, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(reply.body.isEmpty());
        // The trusting client still gets through.
        QCOMPARE(portal.get(u"/api/v1/health"_s).status, 200);
    }

    void developmentCaIsReusedAndNamesLocalhost()
    {
        QTemporaryDir data;
        QByteArray firstCa;
        QByteArray firstServerCertificate;
        QByteArray firstFingerprint;
        {
            PortalProcess portal(data.path());
            QVERIFY2(portal.start(), qPrintable(portal.errorString()));
            firstCa = TestFiles::readFile(portal.caPath());
            firstServerCertificate = TestFiles::readFile(data.filePath(u"tls/server.pem"_s));
            firstFingerprint = caFingerprint(portal.caPath());
            QCOMPARE(portal.caCertificate().digest(QCryptographicHash::Sha256), firstFingerprint);

            const PortalReply reply = portal.get(u"/api/v1/health"_s);
            QCOMPARE(reply.status, 200);
            const auto names = reply.peerCertificate.subjectAlternativeNames();
            QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
            QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
            QCOMPARE(names.values(QSsl::IpAddressEntry).size(), 2);
            QCOMPARE(reply.peerCertificate.issuerDisplayName(),
                     portal.caCertificate().subjectDisplayName());
            QCOMPARE(portal.stop(), 0);
        }
        for (const QString& key : {u"tls/ca.key"_s, u"tls/server.key"_s})
            QCOMPARE(QFile::permissions(data.filePath(key))
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                            | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        {
            PortalProcess again(data.path());
            QVERIFY2(again.start(), qPrintable(again.errorString()));
            QCOMPARE(again.caPath(), data.filePath(u"tls/ca.pem"_s));
            QCOMPARE(TestFiles::readFile(again.caPath()), firstCa);
            QCOMPARE(caFingerprint(again.caPath()), firstFingerprint);
            QCOMPARE(TestFiles::readFile(data.filePath(u"tls/server.pem"_s)),
                     firstServerCertificate);
            QCOMPARE(again.get(u"/api/v1/health"_s).status, 200);
        }
    }

    void givenCertificateFiles()
    {
        // A development CA's files stand in for an operator's real certificate.
        QTemporaryDir first;
        {
            PortalProcess portal(first.path());
            QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        }
        QTemporaryDir data;
        QProcess process;
        process.start(PortalProcess::binaryPath(),
                      {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path(), u"--tls-cert"_s,
                       first.filePath(u"tls/server.pem"_s), u"--tls-key"_s,
                       first.filePath(u"tls/server.key"_s)});
        QVERIFY(process.waitForStarted());
        QByteArray output;
        QVERIFY(QTest::qWaitFor(
            [&] {
                output += process.readAllStandardOutput();
                return output.contains('\n') || process.state() == QProcess::NotRunning;
            },
            20000));
        const QRegularExpression firstLine(u"^listening on https://127\\.0\\.0\\.1:(\\d+)\n$"_s);
        const QRegularExpressionMatch match = firstLine.match(QString::fromUtf8(output));
        QVERIFY2(match.hasMatch(), output.constData());
        // No CA line without --dev-tls, and no development CA made.
        QVERIFY(!QFile::exists(data.filePath(u"tls/ca.pem"_s)));

        PortalClient client(QUrl(u"https://127.0.0.1:"_s + match.captured(1)),
                            QSslCertificate::fromPath(first.filePath(u"tls/ca.pem"_s)));
        QCOMPARE(client.get(u"/api/v1/health"_s).status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!process.readAllStandardOutput().contains("ca:"));
    }

    void unknownApiPathIsJson404()
    {
        PortalProcess portal;
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        const PortalReply reply = portal.get(u"/api/v1/no-such-thing"_s);
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.isJson);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        QVERIFY(reply.json.contains(u"field"_s));
        QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    }

    void wrongMethodIs405()
    {
        PortalProcess portal;
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        for (const QByteArray& method :
             {QByteArray("POST"), QByteArray("DELETE"), QByteArray("PUT")}) {
            const PortalReply reply = portal.send(method, u"/api/v1/health"_s, QByteArray("{}"));
            QCOMPARE(reply.status, 405);
            QCOMPARE(reply.errorCode(), u"method_not_allowed"_s);
            QCOMPARE(reply.header("Allow"), QByteArray("GET"));
        }
    }

    void oversizeBodyIs413()
    {
        PortalProcess portal;
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        const QByteArray body = "{\"pad\":\"" + QByteArray(100 * 1024, 'x') + "\"}";
        const PortalReply reply = portal.send("POST", u"/api/v1/health"_s, body);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), u"too_large"_s);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(portal.waitForStandardError("POST /api/v1/health 413"));
        QCOMPARE(portal.get(u"/api/v1/health"_s).status, 200);
    }

    void versionAndHelp()
    {
        const PortalProcess::Run version = PortalProcess::run({u"--version"_s});
        QVERIFY(version.finished);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.standardOutput.trimmed(), QByteArray("kabinet-portal " KABINET_VERSION));

        const PortalProcess::Run help = PortalProcess::run({u"--help"_s});
        QVERIFY(help.finished);
        QCOMPARE(help.exitCode, 0);
        for (const char* option : {"--listen", "--data", "--tls-cert", "--tls-key", "--dev-tls",
                                   "--demo", "--demo-scale", "--version", "--help"})
            QVERIFY2(help.standardOutput.contains(option), option);
    }

    void badListenIsAnError()
    {
        QTemporaryDir data;
        for (const QString& listen : {u"nonsense"_s, u"127.0.0.1:99999"_s, u"127.0.0.1"_s}) {
            const PortalProcess::Run run = PortalProcess::run(
                {u"--listen"_s, listen, u"--dev-tls"_s, u"--data"_s, data.path()});
            QVERIFY(run.finished);
            QVERIFY(run.exitCode != 0);
            QVERIFY(run.standardOutput.isEmpty());
            QVERIFY2(run.standardError.contains("--listen"), run.standardError.constData());
            QVERIFY(run.standardError.contains(listen.toUtf8()));
        }
        // Nothing was created for a server that never started.
        QVERIFY(!QFile::exists(data.filePath(u"tls"_s)));
    }

    void httpsIsMandatory()
    {
        QTemporaryDir data;
        const PortalProcess::Run plain =
            PortalProcess::run({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path()});
        QVERIFY(plain.finished);
        QVERIFY(plain.exitCode != 0);
        QVERIFY(!plain.standardOutput.contains("listening"));
        QVERIFY2(plain.standardError.contains("--dev-tls")
                     && plain.standardError.contains("--tls-cert"),
                 plain.standardError.constData());

        const PortalProcess::Run both =
            PortalProcess::run({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path(),
                                u"--dev-tls"_s, u"--tls-cert"_s, data.filePath(u"c.pem"_s),
                                u"--tls-key"_s, data.filePath(u"k.pem"_s)});
        QVERIFY(both.exitCode != 0);
        QVERIFY(!both.standardError.isEmpty());

        const QString missing = data.filePath(u"missing.pem"_s);
        const PortalProcess::Run absent =
            PortalProcess::run({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path(),
                                u"--tls-cert"_s, missing, u"--tls-key"_s, missing});
        QVERIFY(absent.finished);
        QVERIFY(absent.exitCode != 0);
        QVERIFY(!absent.standardOutput.contains("listening"));
        QVERIFY2(absent.standardError.contains(missing.toUtf8()), absent.standardError.constData());
    }

    void requestLogWithoutQuery()
    {
        PortalProcess portal;
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        QCOMPARE(portal.get(u"/api/v1/health?token=SECRET123"_s).status, 200);
        QCOMPARE(portal.get(u"/api/v1/missing?code=SECRET456"_s).status, 404);
        QVERIFY(portal.waitForStandardError("GET /api/v1/missing 404"));
        const QString log = QString::fromUtf8(portal.standardError());
        QVERIFY2(QRegularExpression(u"GET /api/v1/health 200 \\d+ ms"_s).match(log).hasMatch(),
                 qPrintable(log));
        QVERIFY(QRegularExpression(u"GET /api/v1/missing 404 \\d+ ms"_s).match(log).hasMatch());
        QVERIFY(!log.contains(u"SECRET123"_s));
        QVERIFY(!log.contains(u"SECRET456"_s));
        QVERIFY(!log.contains(u"token="_s));
        QVERIFY(!TestFiles::readFile(portal.dataDir() + u"/portal.db"_s).contains("SECRET"));
    }

    void plaintextGetsNoHttpAnswer()
    {
        PortalProcess portal;
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, portal.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        QByteArray received;
        QDeadlineTimer deadline(8000);
        while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
            socket.waitForReadyRead(200);
            received += socket.readAll();
        }
        received += socket.readAll();
        QVERIFY2(!received.contains("HTTP/"), received.constData());
        QVERIFY(!received.contains("\"status\""));
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        // And the server survives it.
        QCOMPARE(portal.get(u"/api/v1/health"_s).status, 200);
    }

    void neverLoadsTheClientsSqlCipher()
    {
        PortalProcess portal;
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        QCOMPARE(portal.get(u"/api/v1/health"_s).status, 200);
        const QByteArray maps =
            TestFiles::readFile(u"/proc/%1/maps"_s.arg(QString::number(portal.processId())));
        QVERIFY(!maps.isEmpty());
        QVERIFY(maps.contains("libqsqlite"));
        QVERIFY(!maps.contains("sqlcipher"));
    }

    void clockFileIsUsed()
    {
        PortalProcess portal;
        QVERIFY(portal.setClock(QDateTime(QDate(2014, 9, 25), QTime(10, 15), Qt::UTC)));
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        QVERIFY(portal.waitForStandardError("time is read from"));
        QVERIFY(portal.setClock(QDateTime(QDate(2014, 9, 25), QTime(10, 31), Qt::UTC)));
        QCOMPARE(portal.get(u"/api/v1/health"_s).status, 200);
    }

    void stopsCleanly()
    {
        PortalProcess portal;
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        QVERIFY(portal.isRunning());
        QCOMPARE(portal.stop(), 0);
        QVERIFY(!portal.isRunning());
        QVERIFY(portal.standardError().contains("stopping on signal"));
        // And restarts on its data.
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        QCOMPARE(portal.get(u"/api/v1/health"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestPortalProcess)
#include "tst_portalprocess.moc"
