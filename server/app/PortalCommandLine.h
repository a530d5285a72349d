#pragma once

#include "app/PortalOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

// The command line of kabinet-portal. parse() never exits the process: it says what to do
// (run, show help or version, fail) so that main() decides and tests can check every case.
class PortalCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(PortalCommandLine)

public:
    enum class Action
    {
        Run,
        ShowHelp,
        ShowVersion,
        Fail
    };

    enum class Error
    {
        None,
        InvalidOption, // unknown option or missing value; the parser's text is the detail
        UnexpectedArgument, // a positional argument
        BadListen, // --listen is not HOST:PORT with an IP address (or localhost)
        BadDemoScale, // --demo-scale is not a positive integer
        CertWithoutKey, // --tls-cert without --tls-key
        KeyWithoutCert, // --tls-key without --tls-cert
        TlsConflict, // --dev-tls together with --tls-cert/--tls-key
        NoTls, // neither --dev-tls nor --tls-cert/--tls-key: HTTPS is mandatory
        BadTestCaptchaAnswer, // --test-captcha-answer is not 1 to 16 Latin letters and digits
        BadSyncPageSize, // --sync-page-size is not an integer from 1 to 1 000 000
    };

    PortalCommandLine();

    // arguments include the program name first, as QCoreApplication::arguments() does.
    Action parse(const QStringList& arguments);

    const PortalOptions& options() const { return m_options; }
    Error error() const { return m_error; }
    // A sentence for people about error(), e.g. for stderr.
    QString errorText() const { return errorText(m_error, m_errorDetail); }
    QString helpText() const { return m_parser.helpText(); }
    static QString versionText();

    static QString errorText(Error error, const QString& detail);
    // Where the data lives without --data: the per-user data location of kabinet-portal.
    static QString defaultDataDir();
    // "127.0.0.1:8443", "[::1]:0", "localhost:8443" into options; false when malformed.
    static bool parseListen(const QString& text, PortalOptions& options);

private:
    Action fail(Error error, const QString& detail = {});
    Action checkTlsOptions();

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_listenOption;
    QCommandLineOption m_dataOption;
    QCommandLineOption m_tlsCertOption;
    QCommandLineOption m_tlsKeyOption;
    QCommandLineOption m_devTlsOption;
    QCommandLineOption m_demoOption;
    QCommandLineOption m_demoScaleOption;
    QCommandLineOption m_clockFileOption;
    QCommandLineOption m_testCaptchaAnswerOption;
    QCommandLineOption m_syncPageSizeOption;

    PortalOptions m_options;
    Error m_error = Error::None;
    QString m_errorDetail;
};
