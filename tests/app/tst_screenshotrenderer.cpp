#include "PortalProcess.h"
#include "ScreenshotRenderer.h"
#include "cache/SqlCipherDriver.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// ScreenshotRenderer in this process against the real kabinet-portal with the demo data: every
// screen is written, each a real image, and a refused sign-in ends it with the server's reason.
class tst_ScreenshotRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersEveryScreen();
    void aWrongPasswordEndsWithTheReason();

private:
    PortalProcess m_portal;
};

void tst_ScreenshotRenderer::initTestCase()
{
    QCoreApplication::setOrganizationName(u"KabinetTests"_s);
    QCoreApplication::setApplicationName(u"tst_screenshotrenderer"_s);
    SqlCipherDriver::registerDriver();
    QVERIFY2(m_portal.start({u"--demo"_s}), qPrintable(m_portal.errorString()));
}

void tst_ScreenshotRenderer::rendersEveryScreen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // To look at them: KABINET_TEST_SCREENSHOTS=/some/folder keeps the files there.
    const QString out = qEnvironmentVariable("KABINET_TEST_SCREENSHOTS", dir.path());
    ScreenshotRenderer renderer(
        {m_portal.baseUrl(), m_portal.caPath(), out, u"demo"_s, u"kapremont"_s});
    QSignalSpy finished(&renderer, &ScreenshotRenderer::finished);
    renderer.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(renderer.errorText()));
    QCOMPARE(renderer.writtenFiles().size(), 16);
    for (const QString& path : renderer.writtenFiles()) {
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QVERIFY2(image.width() >= 300 && image.height() >= 200, qPrintable(path));
    }
}

void tst_ScreenshotRenderer::aWrongPasswordEndsWithTheReason()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScreenshotRenderer renderer(
        {m_portal.baseUrl(), m_portal.caPath(), dir.path(), u"demo"_s, u"not the password"_s});
    QSignalSpy finished(&renderer, &ScreenshotRenderer::finished);
    renderer.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(renderer.errorText().startsWith(u"Signing in failed"_s),
             qPrintable(renderer.errorText()));
    // The sign-in screens were written before the sign-in; no cabinet screen was.
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(u"login.png"_s)));
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(u"home.png"_s)));
}

QTEST_MAIN(tst_ScreenshotRenderer)
#include "tst_screenshotrenderer.moc"
