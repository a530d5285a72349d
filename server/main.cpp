#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// A placeholder until the server issue: it answers --version and --help only.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kabinet-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KABINET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reference operator server for the Kabinet personal cabinet."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QTextStream(stderr) << "kabinet-portal " << QCoreApplication::applicationVersion()
                        << ": the API is not implemented yet.\n";
    return 1;
}
