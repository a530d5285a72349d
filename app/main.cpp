#include "AppSettings.h"
#include "AppTranslator.h"
#include "CommandLine.h"
#include "DesktopApp.h"
#include "HeadlessSync.h"
#include "KioskMode.h"
#include "KioskPin.h"
#include "KioskSettings.h"
#include "ReceiptExport.h"
#include "ScreenshotRenderer.h"
#include "SingleInstance.h"
#include "StatementFileExport.h"
#include "StdinPasswordReader.h"
#include "SyncExitCode.h"
#include "cache/CacheLocation.h"
#include "cache/SqlCipherDriver.h"
#include "io/FileIoPool.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QThreadPool>

#include <cstdio>

namespace {

// The window and --sync must agree on these: they name the folder of the caches.
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Kabinet"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kabinet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KABINET_VERSION));
}

// The language: --lang, else KABINET_LANGUAGE, else the one chosen in the settings (the window
// only), else the system's.
void installTranslator(AppTranslator& translator, const QString& fromCommandLine,
                       const QString& chosen, AppTranslator::Language whenUnset)
{
    if (!translator.install(AppTranslator::select(fromCommandLine, chosen, whenUnset)))
        std::fprintf(stderr, "kabinet: %s\n", qPrintable(translator.errorText()));
}

// kabinet --kiosk-pin-hash: the line for PinHash= in the kiosk's settings file.
int printKioskPinHash()
{
    StdinPasswordReader reader;
    QObject::connect(&reader, &StdinPasswordReader::finished, &reader,
                     [](bool ok, const QString& pin) {
                         if (!ok || pin.isEmpty()) {
                             std::fprintf(stderr, "kabinet: %s\n",
                                          qPrintable(QObject::tr("No PIN on standard input.")));
                             QCoreApplication::exit(int(SyncExitCode::Usage));
                             return;
                         }
                         std::printf("%s\n", qPrintable(KioskPin::hash(pin)));
                         QCoreApplication::exit(0);
                     });
    reader.start(QObject::tr("Kiosk PIN: "));
    return QCoreApplication::exec();
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
    installTranslator(translator, CommandLine::languageArgument(argc, argv), {},
                      AppTranslator::Language::English);
    CommandLine commandLine;
    commandLine.process(app);
    if (commandLine.kioskPinHash())
        return printKioskPinHash();
    // A script wants the summary or the error, not the progress; QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(QStringLiteral("kabinet.*.debug=false\nkabinet.*.info=false"));
    SqlCipherDriver::registerDriver();
    HeadlessSync sync({commandLine.server(), commandLine.caFile(), commandLine.user(),
                       commandLine.passwordFromStdin(), commandLine.remember()});
    return sync.run();
}

// kabinet --export-receipt … and --export-statement …: painting a PDF needs a QGuiApplication
// (fonts) and a statement's charts a QApplication (Qt Charts draws through QGraphicsScene), but
// never a window, so they run on the offscreen platform, with no display (cron, ssh). Russian
// unless asked otherwise, as the window: the document is the homeowner's.
int runExport(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setIdentity();
    AppTranslator translator;
    installTranslator(translator, CommandLine::languageArgument(argc, argv),
                      AppSettings().language(), AppTranslator::Language::Russian);
    CommandLine commandLine;
    commandLine.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("kabinet.*.debug=false\nkabinet.*.info=false"));
    SqlCipherDriver::registerDriver();
    if (!commandLine.exportStatementAccount().isEmpty()) {
        StatementFileExport statement({commandLine.exportStatementAccount(), commandLine.from(),
                                       commandLine.to(), commandLine.outFile()});
        return statement.run();
    }
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

// kabinet --kiosk (or Enabled=true in the kiosk's settings file): see docs/kiosk.md.
int runKiosk(const CommandLine& commandLine)
{
    const KioskSettings settings = KioskSettings::load(KioskSettings::path());
    if (!KioskPin::isWellFormed(settings.pinHash))
        std::fprintf(stderr, "kabinet: %s\n",
                     qPrintable(QObject::tr("No PinHash in %1: the kiosk cannot be left with the "
                                            "exit key combination.")
                                    .arg(KioskSettings::path())));
    DesktopApp::Options options(commandLine.server(), commandLine.caFile());
    if (options.server.isEmpty()) {
        options.server = settings.server;
        options.caFile = settings.caFile;
    }
    options.kiosk = true;
    DesktopApp desktop;
    KioskMode kiosk(settings, desktop);
    if (!desktop.start(options)) {
        QMessageBox::critical(nullptr, QObject::tr("Kabinet"), desktop.errorText());
        return 1;
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (CommandLine::asksForExport(argc, argv))
        return runExport(argc, argv);
    if (CommandLine::needsNoWindow(argc, argv))
        return runWithoutWindow(argc, argv);

    // Some of it must be known before the QApplication exists.
    const bool kiosk =
        CommandLine::asksForKiosk(argc, argv) || KioskSettings::load(KioskSettings::path()).enabled;
    if (kiosk)
        KioskMode::prepareEnvironment();

    QApplication app(argc, argv);
    setIdentity();
    // The window is for the homeowner in front of it: Russian unless the desktop asks for another
    // language, also on a kiosk with no locale set. --screenshots renders it the same way.
    AppTranslator translator;
    installTranslator(translator, CommandLine::languageArgument(argc, argv),
                      AppSettings().language(), AppTranslator::Language::Russian);
    QApplication::setApplicationDisplayName(QObject::tr("Kabinet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kabinet.svg")));
    QApplication::setDesktopFileName(QStringLiteral("ru.kabinet.Kabinet"));

    CommandLine commandLine;
    commandLine.process(app);

    // The cache's own SQLCipher driver, registered before anything could ask Qt for a database.
    SqlCipherDriver::registerDriver();

    if (!commandLine.screenshotsDirectory().isEmpty())
        return renderScreenshots(commandLine);
    if (kiosk)
        return runKiosk(commandLine);

    // One window per user: a second start brings the first one forward and exits.
    SingleInstance instance(CacheLocation::defaultRoot());
    if (commandLine.opensWindow()) {
        switch (instance.claim()) {
        case SingleInstance::Role::Second:
            return 0;
        case SingleInstance::Role::Alone:
            std::fprintf(stderr, "kabinet: starting without the single-instance check: %s\n",
                         qPrintable(instance.errorText()));
            break;
        case SingleInstance::Role::First:
            break;
        }
    }

    DesktopApp desktop;
    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop,
                     &DesktopApp::bringForward);
    if (!desktop.start({commandLine.server(), commandLine.caFile()})) {
        QMessageBox::critical(nullptr, QObject::tr("Kabinet"), desktop.errorText());
        return 1;
    }
    const int exitCode = QApplication::exec();
    // A PDF still being saved gets a moment to finish (FileIoPool is otherwise never waited for);
    // a share that does not answer does not hold the exit up any longer.
    FileIoPool::instance()->waitForDone(5000);
    return exitCode;
}
