#include "CommandLine.h"
#include "DesktopApp.h"
#include "HeadlessSync.h"
#include "cache/SqlCipherDriver.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>

namespace {

// The window and --sync must agree on these: they name the folder of the caches.
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Kabinet"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kabinet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KABINET_VERSION));
}

// kabinet --sync, --help and --version: no QApplication, so that they run with no display (cron,
// CI, ssh). CommandLine::process() prints help or the version and exits before any sync.
int runWithoutWindow(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    CommandLine commandLine;
    commandLine.process(app);
    // A script wants the summary or the error, not the progress; QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(QStringLiteral("kabinet.*.debug=false\nkabinet.*.info=false"));
    SqlCipherDriver::registerDriver();
    HeadlessSync sync({commandLine.server(), commandLine.caFile(), commandLine.user(),
                       commandLine.passwordFromStdin(), commandLine.remember()});
    return sync.run();
}

} // namespace

int main(int argc, char* argv[])
{
    if (CommandLine::needsNoWindow(argc, argv))
        return runWithoutWindow(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QObject::tr("Kabinet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kabinet.svg")));
    QApplication::setDesktopFileName(QStringLiteral("ru.kabinet.Kabinet"));

    CommandLine commandLine;
    commandLine.process(app);

    // The cache's own SQLCipher driver, registered before anything could ask Qt for a database.
    SqlCipherDriver::registerDriver();

    DesktopApp desktop;
    if (!desktop.start({commandLine.server(), commandLine.caFile()})) {
        QMessageBox::critical(nullptr, QObject::tr("Kabinet"), desktop.errorText());
        return 1;
    }
    return QApplication::exec();
}
