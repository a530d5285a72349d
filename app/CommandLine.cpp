#include "CommandLine.h"

#include "SyncExitCode.h"
#include "net/ApiTransport.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

bool CommandLine::asksForSync(int argc, const char* const* argv)
{
    return hasOption(argc, argv, {"--sync"});
}

bool CommandLine::needsNoWindow(int argc, const char* const* argv)
{
    return hasOption(argc, argv, {"--sync", "--help", "-h", "--help-all", "--version", "-v"});
}

bool CommandLine::asksForExport(int argc, const char* const* argv)
{
    return hasOption(argc, argv, {"--export-receipt"});
}

bool CommandLine::hasOption(int argc, const char* const* argv,
                            std::initializer_list<const char*> names)
{
    for (int i = 1; i < argc; ++i) {
        // After "--" come positional arguments only.
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        for (const char* name : names) {
            if (std::strcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

CommandLine::CommandLine()
    : m_help({u"h"_s, u"help"_s}, tr("Show this help and exit."))
    , m_version({u"v"_s, u"version"_s}, tr("Show the version and exit."))
    , m_sync(u"sync"_s,
             tr("Sign in, bring the saved data up to date and exit, with no window: see the exit "
                "codes above. Needs --server and --user."))
    , m_screenshots(u"screenshots"_s,
                    tr("Sign in, render each screen of the window to a PNG file in DIR and exit "
                       "(works with no display: QT_QPA_PLATFORM=offscreen). Needs --server; "
                       "signs in as the demo data's user demo unless --user is given."),
                    tr("DIR"))
    , m_server(u"server"_s,
               tr("The operator's server, an https URL. The window remembers it for the next "
                  "start."),
               tr("URL"))
    , m_ca(u"ca"_s,
           tr("Also trust the CA certificates in this PEM file, e.g. the development CA of "
              "kabinet-portal --dev-tls. The window remembers it with the server."),
           tr("FILE"))
    , m_user(u"user"_s, tr("The login to sign in with (with --sync or --screenshots)."),
             tr("LOGIN"))
    , m_passwordStdin(
          u"password-stdin"_s,
          tr("Read the password from the first line of standard input (with --sync or "
             "--screenshots); on a terminal it is asked for without echo. Without this option "
             "--sync uses the session remembered by an earlier --remember (or by the window's "
             "\"Remember\" box)."))
    , m_remember(u"remember"_s,
                 tr("Remember the session in the system keychain, so that later runs need no "
                    "password. Signing in with --password-stdin but without --remember forgets a "
                    "session remembered before."))
    , m_exportReceipt(u"export-receipt"_s,
                      tr("Write the receipt of a closed period of this account of the remembered "
                         "user to a PDF file and exit, with no window, from the saved data alone "
                         "(no network): see the exit codes above. Needs --period and --out."),
                      tr("ACCOUNT"))
    , m_period(u"period"_s, tr("The closed period of the document (with --export-receipt)."),
               tr("YYYY-MM"))
    , m_out(u"out"_s, tr("The file to write (with --export-receipt)."), tr("FILE"))
{
    m_parser.setApplicationDescription(description());
    m_parser.addOption(m_help);
    m_parser.addOption(m_version);
    m_parser.addOption(m_sync);
    m_parser.addOption(m_screenshots);
    m_parser.addOption(m_server);
    m_parser.addOption(m_ca);
    m_parser.addOption(m_user);
    m_parser.addOption(m_passwordStdin);
    m_parser.addOption(m_remember);
    m_parser.addOption(m_exportReceipt);
    m_parser.addOption(m_period);
    m_parser.addOption(m_out);
}

QString CommandLine::description()
{
    return tr("Personal cabinet of a capital-repair contributions payer.") + u"\n\n"_s
        + tr("kabinet --sync --server URL [--ca FILE] --user LOGIN [--password-stdin] "
             "[--remember]\n"
             "updates the same saved data the window shows and prints one line:\n"
             "  synced accounts=N periods=N payments=N bytes=N seconds=S\n"
             "(what this sync brought: account cards, charge periods, payments, bytes received,\n"
             "and its duration). Exit codes of --sync:\n"
             "  0  done\n"
             "  1  another failure\n"
             "  2  wrong command line, or no password on standard input\n"
             "  3  the server refused the sign-in (wrong login or password, account not\n"
             "     activated, captcha required)\n"
             "  4  a password is needed: no remembered session, or it has ended\n"
             "  5  offline: the server cannot be reached\n"
             "  6  the server's certificate is not trusted, or the --ca file cannot be used\n"
             "  7  the server failed, is busy or sent an answer Kabinet cannot read\n"
             "  8  the saved data cannot be unlocked, opened or written (nothing is deleted)")
        + u"\n\n"_s
        + tr("kabinet --export-receipt ACCOUNT --period YYYY-MM --out FILE.pdf\n"
             "writes the receipt of a closed period of an account of the user the window\n"
             "remembers, from the saved data alone, and prints the file's path. Exit codes:\n"
             "  0  done\n"
             "  1  another failure\n"
             "  2  wrong command line\n"
             "  4  no user is remembered, or the key of the saved data is not in the keychain\n"
             "  8  the saved data cannot be unlocked, opened or read\n"
             "  9  no such account, the period is not closed, or the saved data lack the payee\n"
             " 10  the output file cannot be written");
}

void CommandLine::process(const QCoreApplication& application)
{
    const auto fail = [](const QString& message) {
        std::fprintf(stderr, "kabinet: %s\n", qPrintable(message));
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Try '%1 --help' for more information.")
                                    .arg(QCoreApplication::arguments().value(0, u"kabinet"_s))));
        std::exit(int(SyncExitCode::Usage));
    };
    if (!parse(application.arguments()))
        fail(errorText());
    if (helpRequested())
        m_parser.showHelp(0);
    if (versionRequested())
        m_parser.showVersion();
    if (const QString problem = usageError(); !problem.isEmpty())
        fail(problem);
}

bool CommandLine::parse(const QStringList& arguments)
{
    return m_parser.parse(arguments);
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(m_help);
}

bool CommandLine::versionRequested() const
{
    return m_parser.isSet(m_version);
}

bool CommandLine::sync() const
{
    return m_parser.isSet(m_sync);
}

QString CommandLine::screenshotsDirectory() const
{
    return m_parser.value(m_screenshots);
}

QUrl CommandLine::server() const
{
    return QUrl(m_parser.value(m_server).trimmed(), QUrl::StrictMode);
}

QString CommandLine::caFile() const
{
    return m_parser.value(m_ca);
}

QString CommandLine::user() const
{
    if (!m_parser.isSet(m_user) && m_parser.isSet(m_screenshots))
        return u"demo"_s;
    return m_parser.value(m_user).trimmed();
}

bool CommandLine::passwordFromStdin() const
{
    return m_parser.isSet(m_passwordStdin);
}

bool CommandLine::remember() const
{
    return m_parser.isSet(m_remember);
}

QString CommandLine::exportReceiptAccount() const
{
    return m_parser.value(m_exportReceipt).trimmed();
}

Period CommandLine::period() const
{
    return Period::fromIsoString(m_parser.value(m_period).trimmed());
}

QString CommandLine::outFile() const
{
    return m_parser.value(m_out);
}

QString CommandLine::usageError() const
{
    if (!m_parser.positionalArguments().isEmpty())
        return tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst());
    const bool screenshots = m_parser.isSet(m_screenshots);
    const bool exportReceipt = m_parser.isSet(m_exportReceipt);
    if (sync() && screenshots)
        return tr("--sync and --screenshots cannot go together.");
    if (exportReceipt && (sync() || screenshots))
        return tr("--export-receipt goes with neither --sync nor --screenshots.");
    if (!exportReceipt) {
        for (const QCommandLineOption* option : {&m_period, &m_out}) {
            if (m_parser.isSet(*option))
                return tr("--%1 goes with --export-receipt only.")
                    .arg(option->names().constFirst());
        }
    } else {
        // The export opens the remembered user's data: a server or login of its own would be
        // another user's.
        for (const QCommandLineOption* option : {&m_server, &m_ca}) {
            if (m_parser.isSet(*option))
                return tr("--%1 does not go with --export-receipt: it uses the remembered user's "
                          "saved data.")
                    .arg(option->names().constFirst());
        }
        if (exportReceiptAccount().isEmpty())
            return tr("--export-receipt needs the account number: --export-receipt ACCOUNT.");
        if (!m_parser.isSet(m_period))
            return tr("--export-receipt needs the period: --period YYYY-MM.");
        if (!period().isValid())
            return tr("The period must be written YYYY-MM, e.g. 2024-09: %1")
                .arg(m_parser.value(m_period));
        if (outFile().trimmed().isEmpty())
            return tr("--export-receipt needs the file to write: --out FILE.pdf.");
    }
    if (!sync() && m_parser.isSet(m_remember))
        return tr("--remember goes with --sync only.");
    if (!sync() && !screenshots) {
        for (const QCommandLineOption* option : {&m_user, &m_passwordStdin}) {
            if (m_parser.isSet(*option))
                return tr("--%1 goes with --sync or --screenshots only.")
                    .arg(option->names().constFirst());
        }
    }
    const bool hasServer = !m_parser.value(m_server).trimmed().isEmpty();
    if (sync() && !hasServer)
        return tr("--sync needs the server: --server URL.");
    if (screenshots && !hasServer)
        return tr("--screenshots needs the server: --server URL.");
    if (screenshots && screenshotsDirectory().trimmed().isEmpty())
        return tr("--screenshots needs a folder: --screenshots DIR.");
    if (m_parser.isSet(m_server) && !ApiTransport::isUsableBaseUrl(server()))
        return tr("The server must be an https URL with a host, e.g. https://portal.example.ru: "
                  "%1")
            .arg(m_parser.value(m_server));
    if (sync() && user().isEmpty())
        return tr("--sync needs the login: --user LOGIN.");
    return {};
}
