#include "AppTranslator.h"
#include "CommandLine.h"
#include "DesktopApp.h"
#include "HeadlessSync.h"
#include "ReceiptExport.h"
#include "ScreenshotRenderer.h"
#include "cache/SqlCipherDriver.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>

#include <cstdio>

namespace {

// The window and --sync must agree on these: they name the folder of the caches.
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Kabinet"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kabinet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KABINET_VERSION));
}

void installTranslator(AppTranslator& translator, AppTranslator::Language whenUnset)
{
    if (!translator.install(AppTranslator::forSystem(whenUnset)))
        std::fprintf(stderr, "kabinet: %s\n", qPrintable(translator.errorText()));
}

// kabinet --sync, --help and --version: no QApplication, so that they run with no display (cron,
// CI, ssh). CommandLine::process() prints help or the version and exits before any sync.
int runWithoutWindow(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    // Scripts and cron jobs run with the C locale, which by convention means untranslated
    // messages; a Russian locale (or KABINET_LANGUAGE=ru) gets Russian ones.
    AppTranslator translator;
    installTranslator(translator, AppTranslator::Language::English);
    CommandLine commandLine;
    commandLine.process(app);
    // A script wants the summary or the error, not the progress; QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(QStringLiteral("kabinet.*.debug=false\nkabinet.*.info=false"));
    SqlCipherDriver::registerDriver();
    HeadlessSync sync({commandLine.server(), commandLine.caFile(), commandLine.user(),
                       commandLine.passwordFromStdin(), commandLine.remember()});
    return sync.run();
}

// kabinet --export-receipt …: painting a PDF needs a QGuiApplication (fonts), but never a window,
// so it runs on the offscreen platform, with no display (cron, ssh). Russian unless the locale
// asks for another language, as the window: the document is the homeowner's.
int runExport(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setIdentity();
    AppTranslator translator;
    installTranslator(translator, AppTranslator::Language::Russian);
    CommandLine commandLine;
    commandLine.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("kabinet.*.debug=false\nkabinet.*.info=false"));
    SqlCipherDriver::registerDriver();
    ReceiptExport receipt(
        {commandLine.exportReceiptAccount(), commandLine.period(), commandLine.outFile()});
    return receipt.run();
}

// kabinet --screenshots DIR: the real window against the real server, grabbed screen by screen;
// prints the files written, or the reason it could not, and exits.
int renderScreenshots(const CommandLine& commandLine)
{
    // The demo data's password unless one comes on standard input.
    ScreenshotRenderer renderer(
        {commandLine.server(), commandLine.caFile(), commandLine.screenshotsDirectory(),
         commandLine.user(),
         commandLine.passwordFromStdin() ? QString() : QStringLiteral("kapremont"),
         commandLine.passwordFromStdin()});
    QObject::connect(&renderer, &ScreenshotRenderer::finished, &renderer, [&renderer](bool ok) {
        if (ok) {
            for (const QString& path : renderer.writtenFiles())
                std::printf("%s\n", qPrintable(path));
        } else {
            std::fprintf(stderr, "kabinet: %s\n", qPrintable(renderer.errorText()));
        }
        std::fflush(stdout);
        QCoreApplication::exit(ok ? 0 : 1);
    });
    renderer.start();
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (CommandLine::asksForExport(argc, argv))
        return runExport(argc, argv);
    if (CommandLine::needsNoWindow(argc, argv))
        return runWithoutWindow(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    // The window is for the homeowner in front of it: Russian unless the desktop asks for another
    // language, also on a kiosk with no locale set. --screenshots renders it the same way.
    AppTranslator translator;
    installTranslator(translator, AppTranslator::Language::Russian);
    QApplication::setApplicationDisplayName(QObject::tr("Kabinet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kabinet.svg")));
    QApplication::setDesktopFileName(QStringLiteral("ru.kabinet.Kabinet"));

    CommandLine commandLine;
    commandLine.process(app);

    // The cache's own SQLCipher driver, registered before anything could ask Qt for a database.
    SqlCipherDriver::registerDriver();

    if (!commandLine.screenshotsDirectory().isEmpty())
        return renderScreenshots(commandLine);

    DesktopApp desktop;
    if (!desktop.start({commandLine.server(), commandLine.caFile()})) {
        QMessageBox::critical(nullptr, QObject::tr("Kabinet"), desktop.errorText());
        return 1;
    }
    return QApplication::exec();
}
