#include "ChildRun.h"
#include "PdfTools.h"
#include "PortalProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

// `kabinet --export-receipt` as a script runs it: the real binary, for the user the window
// remembers, from the cache a `kabinet --sync --remember` filled from the real kabinet-portal,
// with the cache's key in a real Secret Service (the CTest wrapper starts gnome-keyring). The
// figures are checked against the server's own movement of funds.
class TestReceiptExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutARememberedUserItSaysSo();
    void writesTheReceiptOfTheRememberedUser();
    void writesStatementsOfTheRememberedUser();
    void worksWithTheServerStopped();
    void anUnknownAccountIsNotFound();
    void aStatementOfAnUnknownAccountIsNotFound();
    void anUnclosedPeriodIsNotFound();
    void anUnwritableFileIsAnOutputError();
    void wrongCommandLinesAreUsageErrors_data();
    void wrongCommandLinesAreUsageErrors();

private:
    using Run = ChildRun::Result;
    Run kabinet(const QStringList& arguments, const std::optional<QByteArray>& input = {});
    QStringList exportArguments(const QString& number, const QString& period,
                                const QString& out) const;
    QJsonObject serverObject(const QString& path);

    PortalProcess m_portal;
    QTemporaryDir m_dir;
    QString m_token;
};

void TestReceiptExport::initTestCase()
{
    // The child's settings and cache folder derive from these names.
    QCoreApplication::setOrganizationName(u"Kabinet"_s);
    QCoreApplication::setApplicationName(u"Kabinet"_s);
    QVERIFY(m_dir.isValid());
    // The demo's last closed period is then 2024-09.
    QVERIFY(m_portal.setClock(QDateTime(QDate(2024, 10, 15), QTime(10, 0), Qt::UTC)));
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
}

TestReceiptExport::Run TestReceiptExport::kabinet(const QStringList& arguments,
                                                  const std::optional<QByteArray>& input)
{
    // No display at all: the export must not need one.
    const QProcessEnvironment environment =
        ChildRun::environmentWith({{u"DISPLAY"_s, QString()},
                                   {u"WAYLAND_DISPLAY"_s, QString()},
                                   {u"QT_QPA_PLATFORM"_s, QString()},
                                   {u"KABINET_LANGUAGE"_s, u"en"_s}});
    return ChildRun::run(QStringLiteral(KABINET_BINARY), arguments, environment, input);
}

QStringList TestReceiptExport::exportArguments(const QString& number, const QString& period,
                                               const QString& out) const
{
    return {u"--export-receipt"_s, number, u"--period"_s, period, u"--out"_s, out};
}

QJsonObject TestReceiptExport::serverObject(const QString& path)
{
    if (m_token.isEmpty()) {
        const PortalReply login = m_portal.post(
            u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}, {u"password"_s, u"kapremont"_s}});
        m_token = login.json.value(u"accessToken"_s).toString();
    }
    return m_portal.get(path, PortalClient::bearer(m_token)).json;
}

void TestReceiptExport::withoutARememberedUserItSaysSo()
{
    const QString out = m_dir.filePath(u"nobody.pdf"_s);
    const Run run = kabinet(exportArguments(u"16616"_s, u"2024-09"_s, out));
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"No user is remembered"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestReceiptExport::writesTheReceiptOfTheRememberedUser()
{
    // `kabinet --sync --remember` leaves what a sign-in with «Запомнить?» in the window does: the
    // key in the keychain, the server and the login in the settings; the export needs no more.
    const Run sync =
        kabinet({u"--sync"_s, u"--server"_s, m_portal.baseUrl().toString(), u"--ca"_s,
                 m_portal.caPath(), u"--user"_s, u"demo"_s, u"--password-stdin"_s, u"--remember"_s},
                "kapremont");
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    // A later scheduled run resumes the remembered session without --remember: it must not
    // forget the user.
    const Run resumed = kabinet({u"--sync"_s, u"--server"_s, m_portal.baseUrl().toString(),
                                 u"--ca"_s, m_portal.caPath(), u"--user"_s, u"demo"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));

    const QString out = m_dir.filePath(u"receipt-16616.pdf"_s);
    const Run run = kabinet(exportArguments(u"16616"_s, u"2024-09"_s, out));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QDir::toNativeSeparators(out) + u'\n');
    QVERIFY(run.err.isEmpty());

    qint64 id = 0;
    for (const QJsonValue& item : serverObject(u"/api/v1/accounts"_s).value(u"items"_s).toArray()) {
        if (item.toObject().value(u"number"_s).toString() == u"16616"_s)
            id = item.toObject().value(u"id"_s).toInteger();
    }
    QVERIFY(id != 0);
    const QJsonObject movement =
        serverObject(u"/api/v1/accounts/%1/movement?from=2024-09&to=2024-09"_s.arg(id));
    const qint64 closing = qint64(movement.value(u"closingKopecks"_s).toDouble());
    // The manual's figure 6: a debt of 220,25 at the end of the last closed period.
    QCOMPARE(closing, 22025);
    const QString text = PdfTools::text(out);
    for (const QString& figure :
         {u"Лебедка Валентина Григорьевна"_s, u"16616"_s,
          PdfTools::rubles(qint64(movement.value(u"openingKopecks"_s).toDouble())),
          PdfTools::rubles(qint64(movement.value(u"chargedKopecks"_s).toDouble())),
          PdfTools::rubles(qint64(movement.value(u"paidKopecks"_s).toDouble())),
          PdfTools::rubles(closing)}) {
        QVERIFY2(text.contains(figure), qPrintable(figure + u" is missing in:\n"_s + text));
    }
    const QByteArray code =
        PdfTools::decodeQr(PdfTools::render(out, m_dir.filePath(u"receipt-16616"_s), 150));
    QVERIFY2(code.startsWith("ST00012|Name="), code.constData());
    QVERIFY2(code.contains("|Sum=22025|"), code.constData());
    QVERIFY2(
        code.contains(u"|LastName=Лебедка|FirstName=Валентина|MiddleName=Григорьевна|"_s.toUtf8()),
        code.constData());
    QVERIFY2(code.endsWith("|PaymPeriod=092024|TechCode=02"), code.constData());
}

void TestReceiptExport::writesStatementsOfTheRememberedUser()
{
    // As a spreadsheet reads it: -1234,56.
    const auto csvAmount = [](qint64 kopecks) -> QString {
        const qint64 magnitude = kopecks < 0 ? -kopecks : kopecks;
        return (kopecks < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u','
            + u"%1"_s.arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    };
    const QString csv = m_dir.filePath(u"statement-all.csv"_s);
    const Run all = kabinet({u"--export-statement"_s, u"all"_s, u"--from"_s, u"2024-01"_s,
                             u"--to"_s, u"2024-09"_s, u"--out"_s, csv});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(all.out, QDir::toNativeSeparators(csv) + u'\n');
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);

    qint64 closing16616 = 0;
    const QJsonArray accounts = serverObject(u"/api/v1/accounts"_s).value(u"items"_s).toArray();
    QCOMPARE(accounts.size(), 3);
    for (const QJsonValue& item : accounts) {
        const QString number = item.toObject().value(u"number"_s).toString();
        const QJsonObject movement =
            serverObject(u"/api/v1/accounts/%1/movement?from=2024-01&to=2024-09"_s.arg(
                item.toObject().value(u"id"_s).toInteger()));
        const qint64 closing = qint64(movement.value(u"closingKopecks"_s).toDouble());
        const qint64 paid = qint64(movement.value(u"paidKopecks"_s).toDouble());
        QVERIFY2(text.contains(number), qPrintable(number));
        for (const qint64 figure : {closing, paid}) {
            QVERIFY2(text.contains(u';' + csvAmount(figure)),
                     qPrintable(number + u": "_s + csvAmount(figure) + u" is missing"_s));
        }
        if (number == u"16616"_s)
            closing16616 = closing;
    }

    const QString pdf = m_dir.filePath(u"statement-16616.pdf"_s);
    const Run one = kabinet({u"--export-statement"_s, u"16616"_s, u"--from"_s, u"2024-01"_s,
                             u"--to"_s, u"2024-09"_s, u"--out"_s, pdf});
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    const QString pdfText = PdfTools::text(pdf);
    QVERIFY2(pdfText.contains(u"16616"_s), qPrintable(pdfText));
    QVERIFY2(pdfText.contains(PdfTools::rubles(closing16616)), qPrintable(pdfText));
    QVERIFY(!pdfText.contains(u"17103"_s));
}

void TestReceiptExport::worksWithTheServerStopped()
{
    // The export reads the saved data only: the rest of the tests run with the server gone.
    QVERIFY(m_portal.isRunning());
    QCOMPARE(m_portal.stop(), 0);
    const QString out = m_dir.filePath(u"offline.pdf"_s);
    const Run run = kabinet(exportArguments(u"17103"_s, u"2024-08"_s, out));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(PdfTools::text(out).contains(u"17103"_s));
}

void TestReceiptExport::anUnknownAccountIsNotFound()
{
    const QString out = m_dir.filePath(u"unknown.pdf"_s);
    // 16621 is an account of the demo directory the demo user has not linked.
    const Run run = kabinet(exportArguments(u"16621"_s, u"2024-09"_s, out));
    QCOMPARE(run.exitCode, 9);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"16621"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestReceiptExport::aStatementOfAnUnknownAccountIsNotFound()
{
    const QString out = m_dir.filePath(u"unknown.csv"_s);
    const Run run = kabinet({u"--export-statement"_s, u"16621"_s, u"--from"_s, u"2024-01"_s,
                             u"--to"_s, u"2024-09"_s, u"--out"_s, out});
    QCOMPARE(run.exitCode, 9);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"16621"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestReceiptExport::anUnclosedPeriodIsNotFound()
{
    const QString out = m_dir.filePath(u"unclosed.pdf"_s);
    for (const QString& period : {u"2024-10"_s, u"2001-01"_s}) {
        const Run run = kabinet(exportArguments(u"16616"_s, period, out));
        QCOMPARE(run.exitCode, 9);
        QVERIFY2(run.err.contains(u"not a closed period"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }
}

void TestReceiptExport::anUnwritableFileIsAnOutputError()
{
    const QString out = m_dir.filePath(u"no-such-folder/receipt.pdf"_s);
    const Run run = kabinet(exportArguments(u"16616"_s, u"2024-09"_s, out));
    QCOMPARE(run.exitCode, 10);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(out), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestReceiptExport::wrongCommandLinesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QDir::temp().filePath(u"kabinet-usage.pdf"_s);
    QTest::newRow("no period") << QStringList {u"--export-receipt"_s, u"16616"_s, u"--out"_s, out}
                               << u"--period"_s;
    QTest::newRow("malformed period")
        << exportArguments(u"16616"_s, u"09.2024"_s, out) << u"YYYY-MM"_s;
    QTest::newRow("no out") << QStringList {u"--export-receipt"_s, u"16616"_s, u"--period"_s,
                                            u"2024-09"_s}
                            << u"--out"_s;
    QTest::newRow("with sync") << (exportArguments(u"16616"_s, u"2024-09"_s, out) << u"--sync"_s)
                               << u"--sync"_s;
    QTest::newRow("with a user") << (exportArguments(u"16616"_s, u"2024-09"_s, out)
                                     << u"--user"_s << u"demo"_s)
                                 << u"--user"_s;
    const QStringList statement = {u"--export-statement"_s, u"16616"_s, u"--out"_s, out};
    QTest::newRow("statement without --to")
        << (QStringList(statement) << u"--from"_s << u"2024-01"_s) << u"--to"_s;
    QTest::newRow("statement backwards")
        << (QStringList(statement) << u"--from"_s << u"2024-09"_s << u"--to"_s << u"2024-01"_s)
        << u"--to comes before --from"_s;
    QTest::newRow("statement with --period")
        << (QStringList(statement) << u"--from"_s << u"2024-01"_s << u"--to"_s << u"2024-09"_s
                                   << u"--period"_s << u"2024-09"_s)
        << u"--period"_s;
    QTest::newRow("both exports") << (exportArguments(u"16616"_s, u"2024-09"_s, out)
                                      << u"--export-statement"_s << u"16616"_s)
                                  << u"cannot go together"_s;
}

void TestReceiptExport::wrongCommandLinesAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = kabinet(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestReceiptExport)
#include "tst_receiptexport.moc"
