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
    return hasOption(
        argc, argv,
        {"--sync", "--help", "-h", "--help-all", "--version", "-v", "--kiosk-pin-hash"});
}

bool CommandLine::asksForKiosk(int argc, const char* const* argv)
{
    return hasOption(argc, argv, {"--kiosk"});
}

QString CommandLine::languageArgument(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]).trimmed();
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7).trimmed();
    }
    return {};
}

bool CommandLine::asksForExport(int argc, const char* const* argv)
{
    return hasOption(argc, argv, {"--export-receipt", "--export-statement"});
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
    , m_language(u"lang"_s,
                 tr("The language of the window and the messages: ru (Russian) or en (English), "
                    "instead of the system's or the one chosen in the settings."),
                 u"ru|en"_s)
    , m_kiosk(u"kiosk"_s,
              tr("Run as a public kiosk: full screen, nothing kept after sign-out, sign-out when "
                 "idle; see docs/kiosk.md. Also with Enabled=true in the kiosk's settings file "
                 "(/etc/xdg/kabinet/kiosk.conf, or the file named by KABINET_KIOSK_CONFIG)."))
    , m_kioskPinHash(u"kiosk-pin-hash"_s,
                     tr("Read a PIN from standard input and print its salted hash for PinHash= in "
                        "the kiosk's settings file, then exit."))
    , m_exportReceipt(u"export-receipt"_s,
                      tr("Write the receipt of a closed period of this account of the remembered "
                         "user to a PDF file and exit, with no window, from the saved data alone "
                         "(no network): see the exit codes above. Needs --period and --out."),
                      tr("ACCOUNT"))
    , m_period(u"period"_s, tr("The closed period of the document (with --export-receipt)."),
               tr("YYYY-MM"))
    , m_exportStatement(
          u"export-statement"_s,
          tr("Write the statement of this account of the remembered user (or of all of them: "
             "all) over the periods --from … --to to a PDF or CSV file (by the suffix of --out) "
             "and exit, with no window, from the saved data alone (no network): see the exit "
             "codes above."),
          tr("ACCOUNT"))
    , m_from(u"from"_s, tr("The first period of the statement (with --export-statement)."),
             tr("YYYY-MM"))
    , m_to(u"to"_s, tr("The last period of the statement (with --export-statement)."),
           tr("YYYY-MM"))
    , m_out(u"out"_s, tr("The file to write (with --export-receipt or --export-statement)."),
            tr("FILE"))
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
    m_parser.addOption(m_language);
    m_parser.addOption(m_kiosk);
    m_parser.addOption(m_kioskPinHash);
    m_parser.addOption(m_exportReceipt);
    m_parser.addOption(m_period);
    m_parser.addOption(m_exportStatement);
    m_parser.addOption(m_from);
    m_parser.addOption(m_to);
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

QString CommandLine::language() const
{
    return m_parser.value(m_language).trimmed();
}

bool CommandLine::opensWindow() const
{
    return !sync() && !helpRequested() && !versionRequested() && !m_parser.isSet(m_screenshots)
        && !m_parser.isSet(m_exportReceipt) && !m_parser.isSet(m_exportStatement);
}

bool CommandLine::kiosk() const
{
    return m_parser.isSet(m_kiosk);
}

bool CommandLine::kioskPinHash() const
{
    return m_parser.isSet(m_kioskPinHash);
}

QString CommandLine::exportReceiptAccount() const
{
    return m_parser.value(m_exportReceipt).trimmed();
}

Period CommandLine::period() const
{
    return Period::fromIsoString(m_parser.value(m_period).trimmed());
}

QString CommandLine::exportStatementAccount() const
{
    return m_parser.value(m_exportStatement).trimmed();
}

Period CommandLine::from() const
{
    return Period::fromIsoString(m_parser.value(m_from).trimmed());
}

Period CommandLine::to() const
{
    return Period::fromIsoString(m_parser.value(m_to).trimmed());
}

QString CommandLine::outFile() const
{
    return m_parser.value(m_out);
}

QString CommandLine::exportUsageError() const
{
    const bool receipt = m_parser.isSet(m_exportReceipt);
    const bool statement = m_parser.isSet(m_exportStatement);
    const bool screenshots = m_parser.isSet(m_screenshots);
    const QString mode = receipt ? u"--export-receipt"_s : u"--export-statement"_s;
    if ((receipt || statement) && (sync() || screenshots || kiosk()))
        return tr("%1 goes with neither --sync, --screenshots nor --kiosk.").arg(mode);
    if (receipt && statement)
        return tr("--export-receipt and --export-statement cannot go together.");
    // Each mode's own options, and --out for either.
    const QList<QPair<const QCommandLineOption*, bool>> owned = {{&m_period, receipt},
                                                                 {&m_from, statement},
                                                                 {&m_to, statement},
                                                                 {&m_out, receipt || statement}};
    for (const auto& [option, allowed] : owned) {
        if (m_parser.isSet(*option) && !allowed)
            return tr("--%1 does not go with this mode.").arg(option->names().constFirst());
    }
    if (!receipt && !statement)
        return {};
    // The export opens the remembered user's data: a server or login of its own would be another
    // user's.
    for (const QCommandLineOption* option : {&m_server, &m_ca}) {
        if (m_parser.isSet(*option))
            return tr("--%1 does not go with %2: it uses the remembered user's saved data.")
                .arg(option->names().constFirst(), mode);
    }
    const QString account = receipt ? exportReceiptAccount() : exportStatementAccount();
    if (account.isEmpty())
        return tr("%1 needs the account number: %1 ACCOUNT.").arg(mode);
    const auto periodError = [this](const QCommandLineOption& option) -> QString {
        if (!m_parser.isSet(option))
            return tr("%1 needs --%2 YYYY-MM.")
                .arg(m_parser.isSet(m_exportReceipt) ? u"--export-receipt"_s
                                                     : u"--export-statement"_s,
                     option.names().constFirst());
        if (!Period::fromIsoString(m_parser.value(option).trimmed()).isValid())
            return tr("The period must be written YYYY-MM, e.g. 2024-09: %1")
                .arg(m_parser.value(option));
        return {};
    };
    for (const QCommandLineOption* option : receipt
             ? QList<const QCommandLineOption*> {&m_period}
             : QList<const QCommandLineOption*> {&m_from, &m_to}) {
        const QString error = periodError(*option);
        if (!error.isEmpty())
            return error;
    }
    if (statement && to() < from())
        return tr("--to comes before --from: %1 … %2.")
            .arg(m_parser.value(m_from), m_parser.value(m_to));
    if (outFile().trimmed().isEmpty())
        return tr("%1 needs the file to write: --out FILE.").arg(mode);
    return {};
}

QString CommandLine::usageError() const
{
    if (!m_parser.positionalArguments().isEmpty())
        return tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst());
    const bool screenshots = m_parser.isSet(m_screenshots);
    if (sync() && screenshots)
        return tr("--sync and --screenshots cannot go together.");
    if (kiosk() && (sync() || screenshots || kioskPinHash()))
        return tr("--kiosk goes with neither --sync, --screenshots nor --kiosk-pin-hash.");
    if (kioskPinHash() && (sync() || screenshots))
        return tr("--kiosk-pin-hash goes alone.");
    const QString exportError = exportUsageError();
    if (!exportError.isEmpty())
        return exportError;
    if (!sync() && m_parser.isSet(m_remember))
        return tr("--remember goes with --sync only.");
    if (!sync() && !screenshots) {
        for (const QCommandLineOption* option : {&m_user, &m_passwordStdin}) {
            if (m_parser.isSet(*option))
                return tr("--%1 goes with --sync or --screenshots only.")
                    .arg(option->names().constFirst());
        }
    }
    if (m_parser.isSet(m_language) && language() != u"ru"_s && language() != u"en"_s)
        return tr("--lang takes ru or en, not \"%1\".").arg(m_parser.value(m_language));
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
