// kabinet-bench-sync: the sync figures (see SyncBench), in a QApplication like the window's, so
// that the stall probe measures the event loop of a GUI thread.
//
//     kabinet-bench-sync --server URL --ca FILE --user LOGIN --password PASSWORD --runs N
//                        --curl PATH --work DIR
#include "SyncBench.h"
#include "cache/SqlCipherDriver.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QString value = QStringLiteral("VALUE");
    parser.addOptions({
        {QStringLiteral("server"), QStringLiteral("The server's URL."), value},
        {QStringLiteral("ca"), QStringLiteral("Its CA file."), value},
        {QStringLiteral("user"), QStringLiteral("The login."), value},
        // The demo data's published password; a benchmark has no other.
        {QStringLiteral("password"), QStringLiteral("The password."), value},
        {QStringLiteral("runs"), QStringLiteral("Measured runs of each figure."), value},
        {QStringLiteral("curl"), QStringLiteral("The curl binary."), value},
        {QStringLiteral("work"), QStringLiteral("A directory for caches and downloads."), value},
    });
    parser.process(app);

    SyncBench::Options options;
    options.server = QUrl(parser.value(QStringLiteral("server")));
    options.caFile = parser.value(QStringLiteral("ca"));
    options.login = parser.value(QStringLiteral("user"));
    options.password = parser.value(QStringLiteral("password"));
    options.runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    options.curl = parser.value(QStringLiteral("curl"));
    options.workDir = parser.value(QStringLiteral("work"));
    if (!options.server.isValid() || options.caFile.isEmpty() || options.login.isEmpty()
        || options.curl.isEmpty() || options.workDir.isEmpty()) {
        std::fprintf(stderr,
                     "kabinet-bench-sync: --server, --ca, --user, --password, --curl and "
                     "--work are all needed\n");
        return 2;
    }
    SqlCipherDriver::registerDriver();
    SyncBench bench(options);
    return bench.run();
}
