// kabinet-bench-card: Kabinet's window started the way app/main.cpp starts it, for a user whose
// session and cache key are remembered (see CardStartRun). Prints one JSON line with the time of
// the account card's first paint (BenchClock) and the peak memory, and exits: 0 when measured,
// 2 when the start went another way than expected, 3 on a timeout.
//
//     kabinet-bench-card --remember LOGIN --server URL --ca FILE
//
// only writes the settings a sign-in with «Запомнить?» leaves behind (the server, its CA and the
// remembered login), for a cache and a keychain that `kabinet --sync --remember` has filled.
//
//     kabinet-bench-card --empty-window
//
// shows the main window alone, empty, in the same process (see EmptyWindowRun).
#include "AppSettings.h"
#include "AppTranslator.h"
#include "BenchClock.h"
#include "CardStartRun.h"
#include "DesktopApp.h"
#include "EmptyWindowRun.h"
#include "cache/SqlCipherDriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

// As app/main.cpp: the settings, the caches and the keychain entries follow these names.
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Kabinet"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kabinet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KABINET_VERSION));
}

int remember(const QCommandLineParser& parser)
{
    const QUrl server(parser.value(QStringLiteral("server")));
    const QString caFile = parser.value(QStringLiteral("ca"));
    if (!server.isValid() || caFile.isEmpty()) {
        std::fprintf(stderr, "kabinet-bench-card: --remember needs --server and --ca\n");
        return 2;
    }
    AppSettings settings;
    settings.setServer(server, caFile);
    settings.setRememberedLogin(parser.value(QStringLiteral("remember")));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // The phases of the start (see CardStartRun::markStart()): dynamic loading ends here.
    const qint64 mainNs = BenchClock::nowNs();
    QApplication app(argc, argv);
    const qint64 appNs = BenchClock::nowNs();
    setIdentity();

    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("remember"), QStringLiteral("Write the settings of a remembered LOGIN."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("server"), QStringLiteral("The server, with --remember."),
         QStringLiteral("URL")},
        {QStringLiteral("ca"), QStringLiteral("Its CA file, with --remember."),
         QStringLiteral("FILE")},
        {QStringLiteral("empty-window"),
         QStringLiteral("Show the main window alone, with no cache, keychain or server.")},
    });
    parser.process(app);
    if (parser.isSet(QStringLiteral("remember")))
        return remember(parser);

    // What app/main.cpp does before the window, so that the start costs what Kabinet's costs.
    AppTranslator translator;
    if (!translator.install(AppTranslator::forSystem(AppTranslator::Language::Russian)))
        std::fprintf(stderr, "kabinet-bench-card: %s\n", qPrintable(translator.errorText()));
    QApplication::setApplicationDisplayName(QObject::tr("Kabinet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kabinet.svg")));
    QApplication::setDesktopFileName(QStringLiteral("ru.kabinet.Kabinet"));
    SqlCipherDriver::registerDriver();

    if (parser.isSet(QStringLiteral("empty-window"))) {
        EmptyWindowRun empty(mainNs, appNs, BenchClock::nowNs());
        QObject::connect(&empty, &EmptyWindowRun::finished, &app, [&empty] {
            std::printf("%s\n", qPrintable(empty.report()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        empty.start();
        QTimer::singleShot(30000, &app, [] {
            std::fprintf(stderr, "kabinet-bench-card: the empty window was never painted\n");
            QCoreApplication::exit(3);
        });
        return QApplication::exec();
    }

    DesktopApp desktop;
    CardStartRun run(desktop);
    run.markStart(mainNs, appNs, BenchClock::nowNs());
    QObject::connect(
        &run, &CardStartRun::finished, &app,
        [&run](int exitCode) {
            if (exitCode == 0)
                std::printf("%s\n", qPrintable(run.report()));
            else
                std::fprintf(stderr, "kabinet-bench-card: %s\n", qPrintable(run.errorText()));
            std::fflush(stdout);
            QCoreApplication::exit(exitCode);
        },
        Qt::QueuedConnection);
    run.watch();
    // The server and its CA from the settings, as a start without arguments.
    if (!desktop.start({})) {
        std::fprintf(stderr, "kabinet-bench-card: %s\n", qPrintable(desktop.errorText()));
        return 2;
    }
    QTimer::singleShot(60000, &app, [] {
        std::fprintf(stderr, "kabinet-bench-card: no card painted and settled within 60 s\n");
        QCoreApplication::exit(3);
    });
    return QApplication::exec();
}
