#pragma once

#include "protocol/Period.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <initializer_list>

// The options of the kabinet command line, for the window and for `--sync` alike, so that
// `kabinet --help` lists them all (with the exit codes of --sync).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Whether argv asks for a headless sync. Looked at before any QCoreApplication exists, so that
    // --sync never needs a display (a QApplication would).
    static bool asksForSync(int argc, const char* const* argv);
    // --sync, or only printing (--help, --version): work that must not need a display either.
    static bool needsNoWindow(int argc, const char* const* argv);
    // The value of --lang in argv ("--lang ru", "--lang=en"), before any parsing: the translator
    // is installed before the options are, so that --help speaks the asked language. Empty when
    // not given; not checked (usageError() does that).
    static QString languageArgument(int argc, const char* const* argv);
    // --kiosk, looked at before the QApplication exists (KioskMode::prepareEnvironment()).
    static bool asksForKiosk(int argc, const char* const* argv);
    // Whether argv asks for a document export (--export-receipt, --export-statement): painting
    // without a window, which needs a QGuiApplication (on the offscreen platform) but no display.
    static bool asksForExport(int argc, const char* const* argv);

    CommandLine();

    // Parses the application's arguments. --help and --version print and exit with 0; an unknown
    // option or a missing value prints the error and exits with SyncExitCode::Usage.
    void process(const QCoreApplication& application);
    // Parses arguments (the program name first); false with errorText() on a parse error. For
    // tests: no printing, no exit.
    bool parse(const QStringList& arguments);
    QString errorText() const { return m_parser.errorText(); }
    bool helpRequested() const;
    bool versionRequested() const;

    bool sync() const;
    // --screenshots DIR: render the screens to PNG files in DIR and exit; empty when not asked.
    QString screenshotsDirectory() const;
    QUrl server() const;
    QString caFile() const;
    // For --screenshots without --user: the demo data's user, demo (password kapremont).
    QString user() const;
    bool passwordFromStdin() const;
    bool remember() const;
    // --lang: "ru" or "en"; empty when not given.
    QString language() const;
    // Whether this run is the window a user works in, the one that takes part in the single
    // instance (SingleInstance); --screenshots, --sync, --help, --version and the exports are
    // not.
    bool opensWindow() const;
    // --kiosk: the window as a public kiosk (docs/kiosk.md).
    bool kiosk() const;
    // --kiosk-pin-hash: print the hash of the PIN read from standard input and exit.
    bool kioskPinHash() const;
    // --export-receipt ACCOUNT: the account number; empty when not asked.
    QString exportReceiptAccount() const;
    // --period YYYY-MM; invalid when not given or malformed.
    Period period() const;
    // --export-statement ACCOUNT (or "all"): the account number; empty when not asked.
    QString exportStatementAccount() const;
    // --from and --to YYYY-MM; invalid when not given or malformed.
    Period from() const;
    Period to() const;
    // --out FILE.
    QString outFile() const;

    // What makes the options unusable: a server that is not an https URL; for --sync a missing
    // --server or --user; for --screenshots a missing --server; for --export-receipt a missing or
    // malformed --period or a missing --out; an option given without the mode that takes it; two
    // modes at once. Empty when usable.
    QString usageError() const;

    // The text of --help.
    QString helpText() const { return m_parser.helpText(); }

private:
    // usageError()'s part for --export-receipt and --export-statement.
    QString exportUsageError() const;
    static bool hasOption(int argc, const char* const* argv,
                          std::initializer_list<const char*> names);
    static QString description();

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_sync;
    QCommandLineOption m_screenshots;
    QCommandLineOption m_server;
    QCommandLineOption m_ca;
    QCommandLineOption m_user;
    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_remember;
    QCommandLineOption m_language;
    QCommandLineOption m_kiosk;
    QCommandLineOption m_kioskPinHash;
    QCommandLineOption m_exportReceipt;
    QCommandLineOption m_period;
    QCommandLineOption m_exportStatement;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_out;
};
