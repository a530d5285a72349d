#include "ChildRun.h"
#include "PortalProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `kabinet --screenshots DIR`, the real binary against the real kabinet-portal with the demo
// data: one PNG per screen, each a real image of a window's size, and exit code 0.
class tst_Screenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesOnePngPerScreen();
    void aRefusedSignInFailsWithTheReason();

private:
    int run(const QStringList& arguments, QString* errors);

    PortalProcess m_portal;
};

void tst_Screenshots::initTestCase()
{
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
}

int tst_Screenshots::run(const QStringList& arguments, QString* errors)
{
    const ChildRun::Result result = ChildRun::run(
        QStringLiteral(KABINET_BINARY), arguments,
        ChildRun::environmentWith({{u"QT_QPA_PLATFORM"_s, u"offscreen"_s}}), std::nullopt, 90000);
    *errors = result.err;
    return result.exitCode;
}

void tst_Screenshots::writesOnePngPerScreen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(u"shots"_s);
    QString errors;
    const int code = run({u"--screenshots"_s, out, u"--server"_s, m_portal.baseUrl().toString(),
                          u"--ca"_s, m_portal.caPath()},
                         &errors);
    QVERIFY2(code == 0, qPrintable(u"exit %1: %2"_s.arg(code).arg(errors)));

    const QStringList expected = {
        u"login.png"_s,           u"registration.png"_s, u"password-reset.png"_s,
        u"activation-sent.png"_s, u"home.png"_s,         u"account-card.png"_s,
        u"link-account.png"_s,    u"profile.png"_s,      u"offline.png"_s,
        u"charges.png"_s,         u"payments.png"_s,     u"building.png"_s,
        u"organizations.png"_s,   u"news.png"_s,         u"appeals.png"_s,
        u"meter-readings.png"_s,
    };
    QStringList written = QDir(out).entryList({u"*.png"_s}, QDir::Files);
    QStringList sortedExpected = expected;
    written.sort();
    sortedExpected.sort();
    QCOMPARE(written, sortedExpected);
    for (const QString& name : expected) {
        const QImage image(QDir(out).filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY2(image.width() >= 300 && image.height() >= 200, qPrintable(name));
        // Not one flat colour: something was drawn.
        const QRgb corner = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7) {
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != corner;
        }
        QVERIFY2(varied, qPrintable(name));
    }
    // The cabinet screens differ from each other (the sections really changed).
    QVERIFY(QImage(QDir(out).filePath(u"home.png"_s))
            != QImage(QDir(out).filePath(u"account-card.png"_s)));
    QVERIFY(QImage(QDir(out).filePath(u"home.png"_s))
            != QImage(QDir(out).filePath(u"offline.png"_s)));
    // Every section is a screen of its own, not the same page grabbed again.
    QSet<QByteArray> distinct;
    for (const QString& name : expected) {
        QFile file(QDir(out).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        distinct.insert(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    QCOMPARE(distinct.size(), expected.size());
}

void tst_Screenshots::aRefusedSignInFailsWithTheReason()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The window speaks Russian unless told otherwise; the reason is looked for in English.
    const ChildRun::Result result =
        ChildRun::run(QStringLiteral(KABINET_BINARY),
                      {u"--screenshots"_s, dir.path(), u"--server"_s, m_portal.baseUrl().toString(),
                       u"--ca"_s, m_portal.caPath(), u"--user"_s, u"demo"_s, u"--password-stdin"_s},
                      ChildRun::environmentWith({{u"QT_QPA_PLATFORM"_s, u"offscreen"_s},
                                                 {u"KABINET_LANGUAGE"_s, u"en"_s}}),
                      QByteArray("wrong password"));
    QVERIFY2(result.exitCode > 0, qPrintable(result.err));
    const QString& errors = result.err;
    QVERIFY2(errors.contains(u"Signing in failed"_s), qPrintable(errors));
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
