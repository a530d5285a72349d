#include "cache/SqlCipherDriver.h"
#include "login/LoginPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kabinet"));
    QApplication::setOrganizationName(QStringLiteral("Kabinet"));
    QApplication::setApplicationVersion(QStringLiteral(KABINET_VERSION));
    QApplication::setApplicationDisplayName(QObject::tr("Kabinet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kabinet.svg")));
    QApplication::setDesktopFileName(QStringLiteral("ru.kabinet.Kabinet"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Personal cabinet of a capital-repair contributions payer."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // The cache's own SQLCipher driver, registered before anything could ask Qt for a database.
    SqlCipherDriver::registerDriver();

    LoginPage window;
    window.setWindowTitle(QObject::tr("Kabinet — sign in"));
    window.resize(420, 260);
    window.show();
    return QApplication::exec();
}
