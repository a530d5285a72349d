#pragma once

#include "app/PortalOptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class Clock;
class PortalContext;
class PortalDatabase;
class PortalServer;
class QSslConfiguration;
class UnixSignalWatcher;

// What main() does once QCoreApplication exists: reads the command line, prepares the data
// directory, TLS, the database and the route modules, listens, prints the start-up lines and
// runs until SIGTERM/SIGINT.
//
// stdout carries exactly the lines scripts and tests read, flushed at once:
//     listening on https://127.0.0.1:PORT
//     ca: /path/to/DATA/tls/ca.pem            (with --dev-tls only)
// Everything else, the request log included, goes to stderr.
class PortalApplication
{
    Q_DECLARE_TR_FUNCTIONS(PortalApplication)

public:
    PortalApplication();
    ~PortalApplication();

    // The process's exit code: 0 after a clean stop or --help/--version, 1 when the server
    // cannot start, 2 for a command line error.
    int run(const QStringList& arguments);

private:
    bool prepareDataDirectory();
    bool prepareClock();
    bool prepareTls(QSslConfiguration& configuration);
    bool prepareDatabase();
    int fail(const QString& message, int exitCode = 1);

    PortalOptions m_options;
    QString m_caPath;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<PortalDatabase> m_database;
    std::unique_ptr<PortalContext> m_context;
    std::unique_ptr<PortalServer> m_server;
    std::unique_ptr<UnixSignalWatcher> m_signals;
};
